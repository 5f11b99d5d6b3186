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

COMPLEMENT_DEPS = frozenset({"ccomp"})
PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp", "conj"})
NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})
PERSONAL = frozenset({"he", "she", "him", "her", "his"})
NON_PERSONAL = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their"})
PRONOUN_SOURCES = PERSONAL | NON_PERSONAL | PLURAL
ARTICLES = frozenset({"the", "a", "an"})
EXPLETIVES = frozenset({"it", "there"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


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
        words = {word.lower_ for child in token.children for word in (child, *child.children)}
        return any(need in words for need in needs if need)


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
            return subjects[0]
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
        return token.text not in ("”", '"', "''", ")")
    return token.dep_ == "cc" or (token.dep_ == "advmod" and token.head.dep_ == "cc")


def _source_of(verb: Token) -> Optional[Span]:
    subject = subject_of(verb)
    # "It was reported that ...": an expletive or passive "it" names no source; "It found that ..." does
    if subject is not None and subject.dep_ != "expl" and not (subject.lower_ in EXPLETIVES and subject.dep_ == "nsubjpass"):
        return phrase(subject)
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return phrase(objects[0])
    return None


def _content(verb: Token) -> Optional[Token]:
    """The head of the reported clause: a clausal complement headed by a verb (not a misparsed noun)."""
    for child in verb.children:
        if child.dep_ in COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def find_attribution(clause: Span, head: Token, cues: CueTable, prep_matches: list[tuple[int, int]]) -> Optional[Attribution]:
    """The attribution of a clause, or None for the writer's own voice."""
    doc = clause.doc
    if cues.is_cue_verb(head):
        source = _source_of(head)
        if source is not None:
            return Attribution(cue=doc[head.i : head.i + 1], source=source, content=_content(head))
    for child in head.children:
        if child.i < clause.start or child.i >= clause.end:
            continue
        if child.dep_ == "parataxis" and cues.verb_needs(child) is not None:
            source = _source_of(child)
            if source is not None:
                return Attribution(cue=doc[child.i : child.i + 1], source=source, content=head)

    for token in clause:
        # "X issued a statement saying ...", "..., calling it ...": a participle cue on the clause's verb or its object
        if token.tag_ == "VBG" and token.dep_ in PARTICIPLE_DEPS and head in (token.head, token.head.head) and cues.is_cue_verb(token):
            source = _source_of(head)
            if source is not None:
                return Attribution(cue=doc[token.i : token.i + 1], source=source, content=_content(token))
    for start, end in prep_matches:
        if clause.start <= start and end <= clause.end:
            source = _prep_object(doc, end)
            if source is not None:
                return Attribution(cue=doc[start:end], source=source, content=head)
    for token in clause:
        if token.pos_ == "NOUN" and token.lemma_.lower() in cues.nouns:
            complements = [child for child in token.children if child.dep_ in NOUN_COMPLEMENT_DEPS and _has_that(child)]
            if complements:
                cue_start = token.i
                possessors = [child for child in token.children if child.dep_ == "poss"]
                source = phrase(possessors[0]) if possessors else _governing_source(token)
                return Attribution(cue=doc[cue_start : token.i + 1], source=source, content=complements[0])
    return None


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


def pronoun_kind(source: Span) -> Optional[str]:
    """How a source refers back: 'pronoun' ("It"), 'possessive' ("Its latest report") or 'definite'
    ("the report", a common noun with a definite determiner and no name); None if it names itself."""
    root = source.root
    if len(source) == 1 and root.lower_ in PRONOUN_SOURCES:
        return "pronoun"
    if any(child.dep_ == "poss" and child.lower_ in PRONOUN_SOURCES for child in root.children):
        return "possessive"
    has_name = any(token.pos_ == "PROPN" or token.ent_type_ for token in source)
    if root.pos_ == "NOUN" and not has_name and any(child.dep_ == "det" and child.lower_ in DEFINITE for child in root.children):
        return "definite"
    return None


def resolve(source: Span, kind: str, earlier: list[Span], actors: list[Span], *, subjects: tuple[Span, ...] = ()) -> Optional[Span]:
    """The earlier mention a referring source points to (GUIDELINES R29).

    earlier: the sources of earlier claims (resolved where they were pronouns), nearest last;
    actors: actor mentions before the source; subjects: subjects of earlier claims, tried after the
    sources and before the actors ("The agency released figures. It said ...").
    """
    root = source.root
    if kind == "definite":
        for candidate in reversed(earlier):
            # the first full mention, not an earlier "the report" that itself refers back
            if candidate.root.lemma_ == root.lemma_ and candidate.end <= source.start and pronoun_kind(candidate) not in ("pronoun", "definite"):
                return candidate
        return None
    pronoun = root.lower_ if kind == "pronoun" else next(child.lower_ for child in root.children if child.dep_ == "poss")
    for candidate in reversed(earlier):
        if candidate.end > source.start or pronoun_kind(candidate) == "pronoun":
            continue
        # "Its latest report" refers to whoever owned the earlier report, if the text names them
        target = (_owner(candidate) or candidate) if kind == "possessive" else candidate
        if _fits(target, pronoun):
            return target
    for candidate in (*reversed(subjects), *reversed(actors)):
        if candidate.end <= source.start and _fits(candidate, pronoun) and pronoun_kind(candidate) != "pronoun":
            return candidate
    return None


def _owner(candidate: Span) -> Optional[Span]:
    """Who a report belongs to: "reports by the X Team" -> "the X Team"; a named source is its own owner."""
    root = candidate.root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj" and grand.pos_ == "PROPN"]
            if objects:
                return phrase(objects[0])
    return None


def _fits(candidate: Span, pronoun: str) -> bool:
    root = candidate.root
    is_person = root.ent_type_ == "PERSON" or candidate.label_ == "PERSON"
    if pronoun in PERSONAL:
        # a name the model did not type is taken as a person's; places and groups are not
        return is_person or (root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "NORP", "LOC") and candidate.label_ in ("", "PERSON"))
    if pronoun in PLURAL:
        return root.tag_ in ("NNS", "NNPS") or candidate.label_ in ("COUNTRY", "ARMED_GROUP", "ORGANIZATION")
    return not is_person and root.tag_ not in ("NNS", "NNPS")
