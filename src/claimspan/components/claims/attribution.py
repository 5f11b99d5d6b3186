"""Attribution: who a clause's assertion comes from, the cue that says so, and what pronouns refer to.

Patterns (GUIDELINES R29), tried in this order on a clause:
1. a cue verb heading the clause with a complement: "X says/claimed/hopes (that) ...",
   "X held Y responsible for ..." (a cue whose table entry `requires` a dependent);
2. a cue verb beside the clause: "..., he said" (parataxis) or "X issued a statement saying ...";
3. a preposition cue: "According to X, ...", "in the view of X";
4. a reporting noun with a that-clause: "... by the finding that ..." (source: its possessor or the
   subject of the verb it depends on).
A clause with none of them may continue an earlier source (context.DocContext.continued_source) or
have one by layout (layout.py). What makes a verb a cue is in cues.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .clauses import SUBJECT_DEPS
from .cues import NOUN_COMPLEMENT_DEPS, CueTable, content_head
from .token_attrs import token_attrs

PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp", "conj"})
ARTICLES = frozenset({"the", "a", "an"})
EXPLETIVES = frozenset({"it", "there"})
FIRST_PERSON = frozenset({"i", "we"})
WH_WORDS = frozenset({"when", "whether", "if", "how", "why", "what", "who", "where", "which"})


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
    if subject is not None and (subject.dep_ not in ("expl", "nsubjpass", "csubjpass") or _active_conjunct(subject, verb)):
        return _with_companions(phrase(subject), verb)
    agent = _agent_object(verb)
    if agent is not None:
        return agent
    if subject is None:
        # "About 4 in 10 say ...": the parser hangs the respondents' number on the verb
        numbers = [child for child in verb.lefts if child.dep_ in ("nummod", "npadvmod", "dep") and child.tag_ == "CD"]
        if numbers:
            return phrase(numbers[0])
    if subject is None:
        stranded = _stranded_speaker(verb)
        if stranded is not None:
            return stranded
    if subject is None:
        # "“...,” said analyst John Roe commenting on ...": the parser gives the inverted subject to the
        # participle after it; the noun phrase right after the cue is still the speaker
        for child in verb.rights:
            inverted = [grand for grand in child.children if grand.dep_ == "nsubj" and grand.left_edge.i == verb.i + 1 and grand.pos_ in ("PROPN", "NOUN")]
            if child.tag_ == "VBG" and inverted:
                return phrase(inverted[0])
    return None


def _active_conjunct(subject: Token, verb: Token) -> bool:
    """"The mayor was forced to apologise and said that ...": the passive subject of the first verb is the
    speaker of an active verb coordinated with it (R117)."""
    return subject.dep_ == "nsubjpass" and subject.head is not verb and verb.dep_ == "conj" and not any(child.dep_ == "auxpass" for child in verb.children)


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


def _stranded_speaker(verb: Token) -> Optional[Span]:
    """"Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that ..." (R54): the
    parser hangs the speaker on the opening phrase; a named person or organisation whose phrase ends
    right before the verb (after its appositive and comma) is still the subject."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return _speaker_before(verb)
    token = doc[verb.i - 2]
    for _ in range(4):
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG") and token.dep_ in ("conj", "pobj", "appos") and token.right_edge.i == verb.i - 2:
            return phrase(token)
        if token.head is token or token.head.i >= verb.i:
            return None
        token = token.head
    return None


def _speaker_before(verb: Token) -> Optional[Span]:
    """"Tuesday in York, while on the campaign trail for his wife, former mayor Tom Okafor said ..." (R119): with
    no comma before the verb the parser may still hang the speaker on the opening phrase, as an apposition,
    conjunct or prepositional object; a named person or organisation whose phrase ends right before the verb
    (or its auxiliaries and adverbs) is its subject."""
    doc, sent = verb.doc, verb.sent
    index = verb.i - 1
    while index > sent.start and doc[index].head == verb and doc[index].dep_ in ("aux", "neg", "advmod"):
        index -= 1
    token = doc[index]
    for _ in range(5):
        if token.i >= verb.i:
            break
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG") and token.right_edge.i == index and token.dep_ in ("appos", "conj", "pobj"):
            return phrase(token)
        if token.head is token or token.head.i >= verb.i:
            break
        token = token.head
    return None


def _participle_source(participle: Token, head: Token) -> Optional[Span]:
    """Who a participle cue reports: its own subject ("with the spokesman saying ..."), the object of
    "quoted X as saying", else the subject of the clause's verb ("X issued a statement saying ...")."""
    own = [child for child in participle.children if child.dep_ == "nsubj" and child.i < participle.i]
    if own:
        return phrase(own[0])
    if participle.dep_ == "pcomp" and participle.head.lower_ == "as":
        # "quoted X as saying", and in the passive "X was quoted as saying"
        objects = [child for child in head.children if child.dep_ in ("dobj", "nsubjpass") and child.i < participle.i]
        if objects:
            return phrase(objects[0])
    return _source_of(head)


def find_attribution(clause: Span, head: Token, cues: CueTable, prep_matches: list[tuple[int, int]]) -> Optional[Attribution]:
    """The attribution of a clause, or None for the writer's own voice."""
    doc = clause.doc
    deferred = None
    if cues.is_cue_verb(head):
        source = _source_of(head)
        if source is not None and not _first_person(source):
            found = Attribution(cue=doc[head.i : head.i + 1], source=source, content=content_head(head))
            if found.content is not None:
                return found
            # a cue with only an object or a quotation ("defended the choice by saying that ...") gives way
            # to a cue with a clause further in
            deferred = found
    found = _inner_attribution(clause, head, cues, prep_matches)
    return found if found is not None else deferred


def _inner_attribution(clause: Span, head: Token, cues: CueTable, prep_matches: list[tuple[int, int]]) -> Optional[Attribution]:
    """Patterns 2-4: a cue beside the clause verb, a participle or infinitive cue, a preposition, a noun."""
    doc = clause.doc
    for child in head.children:
        if child.i < clause.start or child.i >= clause.end:
            continue
        # "..., he said" (parataxis); "As BuzzFeed first reported, ...", "..., as Sanders has acknowledged"
        # (an as-clause whose cue has no content of its own: the clause it hangs on is the content)
        as_clause = child.dep_ == "advcl" and content_head(child) is None and any(grand.lower_ == "as" and grand.dep_ in ("mark", "advmod") for grand in child.children)
        if (child.dep_ == "parataxis" and cues.verb_needs(child) is not None) or (as_clause and (cues.verb_needs(child) is not None or _puts_it(child))):
            source = _as_agent(child) if as_clause else None
            source = source if source is not None else _source_of(child)
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
                return Attribution(cue=doc[token.i : token.i + 1], source=source, content=content_head(token))
    for child in head.children:
        # "went on to say that ...", "called say the plan is ...", "met the press to announce that ...":
        # a cue verb as the clause verb's complement or purpose,
        # unless it reports a question ("declined to predict when ...")
        infinitive = child.dep_ == "advcl" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        # a purpose clause needs a reported clause ("used a loudspeaker to call for all occupants to exit" is an act)
        # ("continued to question X" is speech; "used a loudspeaker to call for ..." is an act: the verb has an object)
        complement = child.dep_ in ("xcomp", "oprd") and not _reports_question(child) and (content_head(child) is not None or not any(grand.dep_ == "dobj" for grand in head.children))
        purpose = infinitive and not _is_questioncontent_head(content_head(child))
        if (complement or purpose) and cues.is_cue_verb(child):
            source = _source_of(head)
            if source is not None and not _first_person(source):
                return Attribution(cue=doc[child.i : child.i + 1], source=source, content=content_head(child))
    for start, end in prep_matches:
        if clause.start <= start and end <= clause.end:
            source = _prep_object(doc, end, cues)
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


def _puts_it(verb: Token) -> bool:
    """"as the minister put it" (R107): "put" is no cue on its own ("put it on the table"), only in an
    as-clause with "it" as its object."""
    return verb.lemma_ == "put" and any(child.dep_ == "dobj" and child.lower_ == "it" for child in verb.children)


def _as_agent(verb: Token) -> Optional[Span]:
    """"As reported by the agency, ..." (R106): a passive as-clause without a subject of its own names its
    source in the by-phrase; the subject of the clause it hangs on is what was reported, not who reported it."""
    return None if any(child.dep_ in SUBJECT_DEPS for child in verb.children) else _agent_object(verb)


def _agent_object(verb: Token) -> Optional[Span]:
    objects = [grand for child in verb.children if child.dep_ == "agent" for grand in child.children if grand.dep_ == "pobj"]
    return phrase(objects[0]) if objects else None


def _reports_question(cue: Token) -> bool:
    """A cue whose clause is an indirect question ("declined to predict when ..."); a cue with an
    object ("continued to question Cruz's temperament") reports no question."""
    content = content_head(cue)
    return content is not None and _is_questioncontent_head(content)


def _is_questioncontent_head(content: Optional[Token]) -> bool:
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


def _reported_by_what(preposition: Token, cues: CueTable) -> Optional[Span]:
    """"according to what the ministry announced" (R108): the preposition governs a free relative whose verb
    is a cue; its subject is the source ("what the law allows" has no cue verb and names no source)."""
    for child in preposition.children:
        if child.dep_ == "pcomp" and cues.verb_needs(child) is not None and any(grand.lower_ == "what" and grand.dep_ in ("dobj", "nsubj") for grand in child.children):
            subjects = [grand for grand in child.children if grand.dep_ == "nsubj" and grand.lower_ != "what"]
            return phrase(subjects[0]) if subjects else None
    return None


def _prep_object(doc: Doc, end: int, cues: CueTable) -> Optional[Span]:
    """The noun phrase after a preposition cue ("according to official sources")."""
    last = doc[end - 1]
    objects = [child for child in last.children if child.dep_ == "pobj"]
    if objects:
        return phrase(objects[0], drop=frozenset({"relcl", "punct"}))
    reported = _reported_by_what(last, cues)
    if reported is not None:
        return reported
    stop = end
    while stop < len(doc) and not doc[stop].is_punct and doc[stop].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"):
        stop += 1
    return doc[end:stop] if stop > end else None
