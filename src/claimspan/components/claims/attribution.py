"""Attribution: who a clause's assertion comes from, the cue that says so, and what pronouns refer to.

Patterns (GUIDELINES R29), tried in this order on a clause:
1. a cue verb heading the clause with a complement: "X says/claimed/hopes (that) ...",
   "X held Y responsible for ..." (a cue whose table entry `requires` a dependent);
2. a cue verb beside the clause: "..., he said" (parataxis) or "X issued a statement saying ...";
3. a preposition cue: "According to X, ...", "in the view of X";
4. a reporting noun with a that-clause: "... by the finding that ..." (source: its possessor or the
   subject of the verb it depends on).
A clause with none of them may continue an earlier source (context.DocContext.continued_source).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span, Token

from ...tables import CueEntry
from .clauses import SUBJECT_DEPS
from .token_attrs import token_attrs

COMPLEMENT_DEPS = frozenset({"ccomp"})
PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp", "conj"})
NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})
ARTICLES = frozenset({"the", "a", "an"})
EXPLETIVES = frozenset({"it", "there"})
FIRST_PERSON = frozenset({"i", "we"})
WH_WORDS = frozenset({"when", "whether", "if", "how", "why", "what", "who", "where", "which"})
# Cue verbs whose to-infinitive is the reported content ("expected to focus", "vowed to retaliate").
INFINITIVE_CUES = frozenset({"expect", "hope", "promise", "pledge", "vow", "threaten", "claim"})
OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp", "acomp", "attr"})


@dataclass(frozen=True)
class CueTable:
    """The attribution cues of pipeline/cues.jsonl, by kind."""

    verbs: dict[str, frozenset[Optional[str]]]
    nouns: frozenset[str]
    preps: tuple[str, ...]

    @classmethod
    def from_entries(cls, entries: Iterable[CueEntry]) -> "CueTable":
        verbs: dict[str, set[Optional[str]]] = {}
        nouns, preps = set(), []
        for entry in entries:
            if entry.kind == "verb":
                verbs.setdefault(entry.cue.lower(), set()).add(entry.requires)
            elif entry.kind == "noun":
                nouns.add(entry.cue.lower())
            else:
                preps.append(entry.cue.lower())
        return cls({lemma: frozenset(needs) for lemma, needs in verbs.items()}, frozenset(nouns), tuple(preps))

    def verb_needs(self, token: Token) -> Optional[frozenset[Optional[str]]]:
        """The table entry of a verb, found by its lemma or, when the lemmatizer errs ("hopes" -> "hop"),
        by its form without the inflection."""
        for form in _base_forms(token):
            if form in self.verbs:
                return self.verbs[form]
        return None

    def is_cue_verb(self, token: Token) -> bool:
        """A cue verb with what makes it report something: a clausal complement or its required word."""
        needs = self.verb_needs(token)
        if needs is None or token.pos_ not in ("VERB", "AUX"):
            return False
        if None in needs and _content(token) is not None:
            return True
        # the required word is a dependent of the verb or of its object ("held the militia responsible"),
        # not a word deeper down ("called in to engage ... on their positions")
        words = {word.lower_ for child in token.children for word in (child, *(child.children if child.dep_ in OBJECT_DEPS else ()))}
        return token.dep_ != "prt" and not any(child.dep_ == "prt" for child in token.children) and any(need in words for need in needs if need)


def _base_forms(token: Token) -> Iterator[str]:
    yield token.lemma_.lower()
    lower = token.lower_
    yield lower
    for suffix in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            yield lower[: -len(suffix)]


@dataclass(frozen=True)
class Attribution:
    """A found attribution: the cue, the source phrase, and the head verb of the reported content."""

    cue: Span
    source: Optional[Span]
    content: Optional[Token]


def subject_of(verb: Token) -> Optional[Token]:
    """The verb's subject, or the subject it shares with the verb it is coordinated with."""
    seen = 0
    while seen < 8:
        # the parser sometimes makes a stray article a second subject ("that the “TTP benefited")
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS and child.lower_ not in ARTICLES]
        if subjects:
            # of two subjects, the one next to the verb ("As well as new routes, Mannion stated ...")
            before = [subject for subject in subjects if subject.i < verb.i]
            return before[-1] if before else subjects[0]
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
        seen += 1
    return None


def phrase(token: Token, *, drop: frozenset[str] = frozenset()) -> Span:
    """The phrase a token heads, without the dependents in `drop` on its right and edge punctuation."""
    doc = token.doc
    start = token.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in drop:
            break
        end = child.right_edge.i + 1
    while end > start + 1 and (_dangling(doc[end - 1]) or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct and doc[start].text not in ("“", '"', "``", "(") or doc[start].is_space):
        start += 1
    return doc[start:end]


def _dangling(token: Token) -> bool:
    """A phrase-final token that only joins to what was cut off: a comma, "and", the "as well" of "as well as"."""
    if token.is_punct:
        # a PTB closing quote the tokenizer split in two ("a `` senior official' '")
        doc = token.doc
        split_close = token.text == "'" and any(0 <= index < len(doc) and doc[index].text == "'" and doc[index].idx in (token.idx - 1, token.idx + 1) for index in (token.i - 1, token.i + 1))
        return token.text not in ("”", '"', "''", ")") and not split_close
    return token.dep_ == "cc" or (token.dep_ == "advmod" and token.head.dep_ == "cc")


def _source_of(verb: Token) -> Optional[Span]:
    subject = subject_of(verb)
    # "It was reported that ...", "Air support was called in": a passive subject or an expletive names
    # no source (the agent does: "was reported by the agency"); "It found that ..." does
    if subject is not None and subject.dep_ not in ("expl", "nsubjpass", "csubjpass"):
        return _with_companions(phrase(subject), verb)
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return phrase(objects[0])
    if subject is None:
        # "“...,” said analyst John Roe commenting on ...": the parser gives the inverted subject to the
        # participle after it; the noun phrase right after the cue is still the speaker
        for child in verb.rights:
            inverted = [grand for grand in child.children if grand.dep_ == "nsubj" and grand.left_edge.i == verb.i + 1 and grand.pos_ in ("PROPN", "NOUN")]
            if child.tag_ == "VBG" and inverted:
                return phrase(inverted[0])
    return None


# "X, along with Y, said": the comitative phrase between a subject and its verb names co-speakers.
COMITATIVES = frozenset({"along", "together"})


def _with_companions(source: Span, verb: Token) -> Span:
    """The source with a comitative phrase the parser hung on the verb rather than on the subject (GUIDELINES R29)."""
    doc, end = source.doc, source.end
    for child in verb.lefts:
        if child.i >= end and child.lower_ in COMITATIVES and child.dep_ in ("prep", "advmod") and all(token.is_punct for token in doc[end : child.i]):
            end = child.right_edge.i + 1
    while end > source.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[source.start : end]


def _participle_source(participle: Token, head: Token) -> Optional[Span]:
    """Who a participle cue reports: its own subject ("with the spokesman saying ..."), the object of
    "quoted X as saying", else the subject of the clause's verb ("X issued a statement saying ...")."""
    own = [child for child in participle.children if child.dep_ == "nsubj" and child.i < participle.i]
    if own:
        return phrase(own[0])
    if participle.dep_ == "pcomp" and participle.head.lower_ == "as":
        objects = [child for child in head.children if child.dep_ == "dobj" and child.i < participle.i]
        if objects:
            return phrase(objects[0])
    return _source_of(head)


def _content(verb: Token) -> Optional[Token]:
    """The head of the reported clause: a clausal complement headed by a verb (not a misparsed noun)."""
    for child in verb.children:
        if child.dep_ in COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "xcomp" and verb.lemma_ in INFINITIVE_CUES and child.pos_ == "VERB":
            # "he expected to focus on four brands", "they vowed to retaliate"
            return child
    # "stated the principle that ...", "stressed his view that ...": an object with a that-clause
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            for clause in child.children:
                if clause.dep_ in NOUN_COMPLEMENT_DEPS and clause.pos_ in ("VERB", "AUX") and any(grand.dep_ == "mark" and grand.lower_ == "that" for grand in clause.children):
                    return clause
    return None


def find_attribution(clause: Span, head: Token, cues: CueTable, prep_matches: list[tuple[int, int]]) -> Optional[Attribution]:
    """The attribution of a clause, or None for the writer's own voice."""
    doc = clause.doc
    if cues.is_cue_verb(head):
        source = _source_of(head)
        if source is not None and not _first_person(source):
            return Attribution(cue=doc[head.i : head.i + 1], source=source, content=_content(head))
    for child in head.children:
        if child.i < clause.start or child.i >= clause.end:
            continue
        if child.dep_ == "parataxis" and cues.verb_needs(child) is not None:
            source = _source_of(child)
            if source is not None and not _first_person(source):
                return Attribution(cue=doc[child.i : child.i + 1], source=source, content=head)

    attrs = token_attrs(doc)
    for index in range(clause.start, clause.end):
        if attrs.tag[index] != "VBG":
            continue
        token = doc[index]
        # "X issued a statement saying ...", "..., calling it ...": a participle cue on the clause's verb or its object
        # "justified the choice by saying, “...”": the participle is the object of a preposition on the verb
        by_phrase = token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head == head
        if token.tag_ == "VBG" and (token.dep_ in PARTICIPLE_DEPS and head in (token.head, token.head.head) or by_phrase) and cues.is_cue_verb(token):
            source = _participle_source(token, head)
            if source is not None:
                return Attribution(cue=doc[token.i : token.i + 1], source=source, content=_content(token))
    for child in head.children:
        # "went on to say that ...", "called say the plan is ...", "met the press to announce that ...":
        # a cue verb as the clause verb's complement or purpose,
        # unless it reports a question ("declined to predict when ...")
        infinitive = child.dep_ == "advcl" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        if (child.dep_ in ("xcomp", "oprd") or infinitive) and cues.is_cue_verb(child) and not _is_question_content(_content(child)):
            source = _source_of(head)
            if source is not None and not _first_person(source):
                return Attribution(cue=doc[child.i : child.i + 1], source=source, content=_content(child))
    for start, end in prep_matches:
        if clause.start <= start and end <= clause.end:
            source = _prep_object(doc, end)
            if source is not None:
                return Attribution(cue=doc[start:end], source=source, content=head)
    for index in range(clause.start, clause.end):
        if attrs.pos[index] != "NOUN":
            continue
        token = doc[index]
        if token.lemma_.lower() in cues.nouns:
            complements = [child for child in token.children if child.dep_ in NOUN_COMPLEMENT_DEPS and _has_that(child)]
            if complements and token.dep_ == "dobj" and cues.verb_needs(token.head) is not None and _source_of(token.head) is not None:
                # "He stressed his view that ...": the verb is the cue and its subject the source
                return Attribution(cue=doc[token.head.i : token.head.i + 1], source=_source_of(token.head), content=complements[0])
            if complements:
                cue_start = token.i
                possessors = [child for child in token.children if child.dep_ == "poss"]
                source = phrase(possessors[0]) if possessors else _governing_source(token)
                return Attribution(cue=doc[cue_start : token.i + 1], source=source, content=complements[0])
    return None


def _is_question_content(content: Optional[Token]) -> bool:
    """An indirect question ("when the company would return to profit") reports no assertion."""
    return content is None or any(child.lower_ in WH_WORDS and child.dep_ in ("advmod", "mark", "nsubj", "dobj") for child in content.children)


def _first_person(source: Span) -> bool:
    """"I think", "we know" inside a quotation: the speaker of the quotation is the source, and
    "I think" is a hedge (GUIDELINES R31)."""
    return len(source) == 1 and source[0].lower_ in FIRST_PERSON


def _has_that(verb: Token) -> bool:
    return any(child.lower_ == "that" and child.dep_ in ("mark", "nsubj", "det") for child in verb.children) and verb.pos_ in ("VERB", "AUX")


def _governing_source(noun: Token) -> Optional[Span]:
    token = noun
    for _ in range(6):
        if token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _source_of(token)
    return None


def _prep_object(doc: Doc, end: int) -> Optional[Span]:
    """The noun phrase after a preposition cue ("according to official sources")."""
    last = doc[end - 1]
    objects = [child for child in last.children if child.dep_ == "pobj"]
    if objects:
        return phrase(objects[0], drop=frozenset({"relcl", "punct"}))
    stop = end
    while stop < len(doc) and not doc[stop].is_punct and doc[stop].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"):
        stop += 1
    return doc[end:stop] if stop > end else None
