"""Who a cue verb's speaker is: its subject, or where the parser put the speaker instead (GUIDELINES R29,
R54, R117, R119, R139): the phrase right after a cue that follows a comma, an agent's by-phrase, a
respondents' number, a name hung on an opening phrase, the subject of the passive verb an active cue is
coordinated with. attribution.py decides which verb is the cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span, Token

from ...extensions import sentence_starts, token_span
from .clause_spans import CONTENT_START_KEY, MAX_PREFIX, content_start
from .clauses import SUBJECT_DEPS
from .contractions import contracted_perfect
from .inverted_objects import object_speaker
from .source_edges import with_apposition_before
from .token_attrs import token_attrs

ARTICLES = frozenset({"the", "a", "an"})
FIRST_PERSON = frozenset({"i", "we"})
# Pronouns that stand for a speaker named elsewhere ("he said", "Okafor ... she added").
THIRD_PERSON = frozenset({"he", "she", "they"})
WH_WORDS = frozenset({"when", "whether", "if", "how", "why", "what", "who", "where", "which"})
EXPLETIVES = frozenset({"it", "there"})


@dataclass(frozen=True)
class Attribution:
    """A found attribution: the cue, the source phrase, and the head verb of the reported content."""

    cue: Span
    source: Optional[Span]
    content: Optional[Token]


def first_person(source: Span) -> bool:
    """"I think", "we know" inside a quotation: the speaker of the quotation is the source, and
    "I think" is a hedge (GUIDELINES R31)."""
    return len(source) == 1 and source[0].lower_ in FIRST_PERSON


def subject_of(verb: Token) -> Optional[Token]:
    """The verb's subject, or the subject it shares with the verb it is coordinated with."""
    # read from the Doc's columns: this runs for every candidate verb, and Token.children builds each child anew
    attrs = token_attrs(verb.doc)
    dep, lower, heads = attrs.dep, attrs.lower, attrs.heads
    index = verb.i
    for _ in range(8):
        # the parser sometimes makes a stray article a second subject ("that the “TTP benefited")
        subjects = [child for child in attrs.children[index] if dep[child] in SUBJECT_DEPS and lower[child] not in ARTICLES]
        if subjects:
            # of two subjects, the one next to the verb ("As well as new routes, Mannion stated ...")
            before = [subject for subject in subjects if subject < index]
            return verb.doc[before[-1] if before else subjects[0]]
        if dep[index] not in ("conj", "xcomp", "advcl") or heads[index] == index:
            return None
        index = heads[index]
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
    # each doc[i] builds a new Token and Token.sent walks to the sentence's edges: each edge word and the
    # sentence are read once per step (this runs for every subject and object of every claim)
    while end > start + 1:
        last = doc[end - 1]
        if not (_dangling(last) or last.is_space):
            break
        end -= 1
    if start < token.i:
        # the sentence's start from the Doc's column; its Span only when its content start is not known yet
        sent_start = sentence_starts(doc)[token.i]
        if start - sent_start <= MAX_PREFIX:  # a dateline the parser hangs on it is no part of it (R220)
            known = doc.user_data.get(CONTENT_START_KEY, {}).get(sent_start)
            start = max(start, min(content_start(token.sent) if known is None else known, token.i))
    while start < end - 1:
        first = doc[start]
        if not (first.is_punct and first.text not in ("“", '"', "``", "(") or first.is_space):
            break
        start += 1
    # the parser may hang the closing bracket of "... Project (ACLED)" on the verb: a phrase ends with the brackets it opens
    if end < len(doc) and doc[end].text == ")" and sum(token.text == "(" for token in doc[start:end]) > sum(token.text == ")" for token in doc[start:end]):
        end += 1
    # ... and with the quotation marks it opens: "Roe, star of the show “Night Lines,” said": the parser hangs the comma
    # and the closing mark on the verb (R941)
    if end < len(doc) and sum(token.text in ("“", "``") for token in doc[start:end]) > sum(token.text in ("”", "''") for token in doc[start:end]):
        if doc[end].text in ("”", "''"):
            end += 1
        elif doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text in ("”", "''"):
            end += 2
    # Span() as doc[start:end] builds it, without its slice normalising (start > end only if trimming crossed over)
    return Span(doc, start, end) if start <= end else doc[start:end]


TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _without_time(source: Span, subject: Token) -> Span:
    """"The opposition party on Sunday accused ...": the parser hangs the time on the subject; it says when,
    not who (R128)."""
    for child in subject.rights:
        # "Its latest report of July 2024" names the report by its date (R29)
        if child.dep_ == "prep" and child.lower_ != "of" and child.right_edge.i + 1 >= source.end and any(grand.dep_ == "pobj" and grand.ent_type_ in TIME_ENTITIES for grand in child.children):
            return source.doc[source.start : child.i] if child.i > source.start else source
    return source


def _dangling(token: Token) -> bool:
    """A phrase-final token that only joins to what was cut off: a comma, "and", the "as well" of "as well as"."""
    if token.is_punct:
        # a PTB closing quote the tokenizer split in two ("a `` senior official' '")
        doc = token.doc
        split_close = token.text == "'" and any(0 <= index < len(doc) and doc[index].text == "'" and doc[index].idx in (token.idx - 1, token.idx + 1) for index in (token.i - 1, token.i + 1))
        return token.text not in ("”", '"', "''", ")") and not split_close
    return token.dep_ == "cc" or (token.dep_ == "advmod" and token.head.dep_ == "cc")


def source_of(verb: Token) -> Optional[Span]:
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return inverted
    subject = subject_of(verb)
    # "It was reported that ...", "Air support was called in": a passive subject or an expletive names
    # no source (the agent does: "was reported by the agency"); "It found that ..." does
    if subject is not None and (subject.dep_ not in ("expl", "nsubjpass", "csubjpass") or _active_conjunct(subject, verb) or contracted_perfect(subject, verb)):
        # a name before an apposition left without its closing comma is the speaker too (R922)
        return _with_companions(with_apposition_before(_without_time(phrase(subject), subject), subject, verb), verb)
    agent = agent_object(verb)
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
        # R119: the speaker given to another verb, before the cue or after it
        hung = _subject_of_left_clause(verb)
        if hung is not None:
            return hung
        return _name_after(verb)
    return None


SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CLOSING_MARKS = frozenset({",", "”", '"', "''", "’"})


def _inverted_speaker(verb: Token) -> Optional[Span]:
    """"Any reading of the deal, said Michael Roe, an expert on Russia, would ...", "“...,” said a person close
    to the mayor": a cue right after a comma or a closing quotation mark, with the speaker right after it (R139).
    The parser gives the verb the phrase before the comma as subject, and the speaker to the verb after it or
    to the cue as a second subject; the noun phrase right after the cue is the speaker."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in CLOSING_MARKS or verb.i + 1 >= len(doc):
        return None
    # ... or takes the last words of a short quotation for the subject and the speaker for the object (R411)
    speaker = object_speaker(verb)
    if speaker is not None:
        return phrase(speaker)
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "nsubj" and child.left_edge.i == verb.i + 1 and child.pos_ in ("PROPN", "NOUN"):
            return phrase(child)
        # the speaker read as the subject of the reported clause, set off by a comma ("said Doyle and others, would be")
        if child.dep_ == "ccomp":
            # ... and holds a name: "said their rally talks, already full of ..., would" reports the speeches
            speakers = [grand for grand in child.children if grand.dep_ == "nsubj" and grand.left_edge.i == verb.i + 1 and grand.pos_ in ("PROPN", "NOUN") and any(token.pos_ == "PROPN" for token in grand.subtree)]
            # the comma that closes the speaker's phrase may be the last token of its subtree
            end = speakers[0].right_edge.i if speakers else 0
            if speakers and (doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")):
                return phrase(speakers[0])
    return None


def _subject_of_left_clause(verb: Token) -> Optional[Span]:
    """"Mr. Roe, whose firm uses big data, said ...": the parser reads the speaker's relative or appositive
    clause as the cue's complement and gives it the speaker as subject (R119)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return _speaker_of_predicate_series(verb)
    for child in verb.lefts:
        if child.dep_ != "ccomp":
            continue
        subjects = [grand for grand in child.children if grand.dep_ in ("nsubj", "nsubjpass") and grand.i < child.i and grand.tag_ not in ("WP", "WDT")]
        if subjects and (subjects[0].ent_type_ in SPEAKER_ENTITIES or any(grand.dep_ in ("appos", "relcl") for grand in subjects[0].children)):
            return phrase(subjects[0])
    return _speaker_of_predicate_series(verb)


def _speaker_of_predicate_series(verb: Token) -> Optional[Span]:
    """"Hill, who sits at zero endorsements, said ...", "Okafor offered him a job, then says he'll welcome ...",
    "A spokesman for the brand - a firm pitched as ... - noted that ...": the parser hangs the speaker on a clause
    before the cue (an adverbial clause, a first predicate of a series, an aside in dashes) and leaves the cue
    without a subject (R224). The clause's subject opens the sentence and names someone who can speak."""
    doc = verb.doc
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # the cue (or the first of its series) follows the clause after a comma or a dash, "then", "also" or a closing
    # quotation mark between
    before = first.i - 1
    while before > 0 and (doc[before].lower_ in SERIES_ADVERBS or doc[before].text in SERIES_QUOTES):
        before -= 1
    if before < 1 or doc[before].text not in SERIES_BREAKS:
        return None
    # "..., said Michael Kofman, an expert ...": a noun phrase right after the cue is its inverted speaker (R119)
    if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("PROPN", "NOUN", "NUM", "DET"):
        return None
    for child in first.lefts:
        if child.dep_ not in ("ccomp", "advcl") or any(grand.dep_ == "mark" for grand in child.children):
            continue
        subjects = [grand for grand in child.children if grand.dep_ in ("nsubj", "nsubjpass") and grand.i < child.i and grand.tag_ not in ("WP", "WDT", "PRP", "DT")]
        if not subjects or subjects[0].left_edge.i != verb.sent.start:
            continue
        subject = subjects[0]
        if subject.ent_type_ in SPEAKER_ENTITIES or subject.pos_ == "PROPN" or any(grand.dep_ in ("appos", "relcl", "prep") for grand in subject.children):
            return phrase(subject, drop=frozenset({"relcl", "appos"})) if subject.pos_ != "PROPN" else phrase(subject)
    return None


# What may stand between a predicate series' comma and its cue ("..., then says", "...,” says").
SERIES_ADVERBS = frozenset({"then", "also", "later", "now", "meanwhile"})
SERIES_QUOTES = frozenset({"”", '"', "''"})
SERIES_BREAKS = frozenset({",", "-", "—", "–", "--"})


def _name_after(verb: Token) -> Optional[Span]:
    """"“...,” said David Roe, a confidant who heads ...": after a comma or a closing quotation mark, a name
    right after the cue is its speaker, whatever verb the parser gave it to (R119)."""
    doc = verb.doc
    before, after = verb.i - 1, verb.i + 1
    if before < 1 or after >= len(doc) or not (doc[before].text == "," or doc[before].text in ('”', '"', "''")):
        return None
    token = doc[after]
    if token.ent_iob_ != "B" or token.ent_type_ not in ("PERSON", "ORG"):
        return None
    end = after + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # the name with its apposition and relative clause ("David Roe, a confidant who heads ..."), as R48 keeps them
    root = doc[after:end].root
    return phrase(root) if root.left_edge.i == after else doc[after:end]


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
    return token_span(doc, source.start, end)


def _stranded_speaker(verb: Token) -> Optional[Span]:
    """"Worried by the floods in Dorset, Senator Ada Lindqvist, the committee chair, said that ..." (R54): the
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
    """"Tuesday in York, while touring schools with his daughter, former mayor Tom Okafor said ..." (R119): with
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


def agent_object(verb: Token) -> Optional[Span]:
    objects = [grand for child in verb.children if child.dep_ == "agent" for grand in child.children if grand.dep_ == "pobj"]
    return phrase(objects[0]) if objects else None
