"""What a number in a parse counts, and when it names, codes or refers back instead (GUIDELINES R22, R25)."""

from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.lang.char_classes import UNITS
from spacy.tokens import Doc, Span, Token

from ...extensions import doc_text, entities, token_span, tokens_text
from ...figure_lexicon import normalise

DATE_LABELS = frozenset({"DATE", "TIME"})
HYPHENS = frozenset({"-", "–", "—"})
CODE_JOINERS = HYPHENS | {"/", ":", "."}
COUNTED_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "amod"})
NOUNS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
NAME_TAGS = frozenset({"NN", "NNP"})  # a singular noun right before a number names it: "Route 66", "day one"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# A share before "of the" gives the total it is a share of as news, not as a thing counted before (R331).
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "percent", "cent", "%"})
MAX_PHRASE = 3
# The unit abbreviations spaCy's tokenizer splits off the digits they are written against ("20km",
# "150mm", "30GB"): a measure, not a code. One-letter ones are left out: "5G" and "4K" name standards.
MEASURE_UNITS = frozenset(unit for unit in UNITS.split("|") if len(unit) > 1)
YEAR_LIKE = (1000, 2100)


class Candidate(NamedTuple):
    """A figure being built: token range, number tokens inside it, and what it already took."""

    start: int
    end: int
    core_start: int
    core_end: int
    currency_before: bool = False
    suffix: bool = False
    vague: bool = False


def phrase_length(doc: Doc, index: int, phrases, *, forward: bool) -> int:
    """Tokens of the longest phrase starting at index (forward) or ending just before it."""
    text = doc_text(doc)
    # every phrase tried begins (forward) or ends with the same token: most numbers have none of the
    # phrases' words beside them, which one look at that token tells (a phrase's text begins or ends
    # with the token's own text, normalised alike)
    edge = index if forward else index - 1
    if not 0 <= edge < len(doc) or doc[edge].is_space:
        return 0
    starts, ends = _phrase_edges(phrases)
    if normalise(doc[edge].text) not in (starts if forward else ends):
        return 0
    for length in range(MAX_PHRASE, 0, -1):
        start, end = (index, index + length) if forward else (index - length, index)
        if start < 0 or end > len(doc):
            continue
        first, last = doc[start], doc[end - 1]
        # a phrase may run over a line break inside it, never begin or end on whitespace: "\n\nAt least"
        # is "At least" after a paragraph break, and the break is no part of it
        # (its text is sliced from the Doc's text: a Span and its .text cost ten times as much, on every number)
        if not first.is_space and not last.is_space and normalise(text[first.idx : last.idx + len(last)]) in phrases:
            return length
    return 0


# per phrase collection (by id, kept alive with it): every beginning and every ending of its phrases
_EDGES: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}


def _phrase_edges(phrases) -> tuple[frozenset[str], frozenset[str]]:
    found = _EDGES.get(id(phrases))
    if found is None or found[0] is not phrases:
        found = _EDGES[id(phrases)] = (
            phrases,
            frozenset(phrase[:size] for phrase in phrases for size in range(1, len(phrase) + 1)),
            frozenset(phrase[-size:] for phrase in phrases for size in range(1, len(phrase) + 1)),
        )
    return found[1], found[2]


def is_code(doc: Doc, start: int, end: int) -> bool:
    """A number written against letters or hyphens is part of a code or compound: "2010-09-CA", "one-document"."""
    if start and not doc[start - 1].whitespace_:
        previous = doc[start - 1]
        if previous.is_alpha or previous.is_digit or previous.text in CODE_JOINERS:
            return True
    if end < len(doc) and not doc[end - 1].whitespace_:
        following = doc[end]
        if following.is_alpha or following.is_digit:
            return following.text not in MEASURE_UNITS
        if following.text in CODE_JOINERS and not following.whitespace_ and end + 1 < len(doc):
            if following.text in HYPHENS and doc[end + 1].lower_ == "strong":
                return False  # "a 40,000-strong force" counts the force (R332)
            return doc[end + 1].is_alpha or doc[end + 1].like_num  # not a full stop before a line break
    return False


def attached_unit(doc: Doc, end: int) -> Optional[Token]:
    """A unit abbreviation written against the number before it: "20km", "30GB" (not "20 km", which the NER reads)."""
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in MEASURE_UNITS:
        return doc[end]
    return None


def quantity_entity(doc: Doc, candidate: Candidate) -> Optional[Span]:
    token = doc[candidate.core_end - 1]
    if token.ent_type_ != "QUANTITY":
        return None
    entity = next((ent for ent in entities(doc) if ent.start <= token.i < ent.end), None)
    if entity is not None and entity.end < len(doc) and doc[entity.end - 1].tag_ == "JJ" and doc[entity.end - 1].head.i == entity.end and doc[entity.end].pos_ == "NOUN":
        # the model's entity may stop at the unit's adjective: "100,000 metric" of "100,000 metric tonnes" (R276)
        return doc[entity.start : entity.end + 1]
    return entity


def counted_noun(doc: Doc, candidate: Candidate) -> Optional[Token]:
    """The noun the number modifies, or the object of "of" after it ("three of his associates")."""
    inside = range(candidate.start, candidate.end)
    multiplier = doc[candidate.end] if candidate.end < len(doc) else None
    if multiplier is not None and multiplier.lower_ == "times" and multiplier.head.i in range(candidate.core_start, candidate.core_end):
        # "six times less feed", "four times the amount": a multiplier, the noun after it is not counted (R394)
        return multiplier
    for token in token_span(doc, candidate.core_start, candidate.core_end):
        head = token.head
        # a model name in digits is tagged as a number: "24 A320s"
        if head.i >= candidate.end and (head.pos_ in NOUNS or head.tag_ == "CD" and not head.like_num) and token.dep_ in COUNTED_DEPS:
            return head
        if head.lower_ == "strong" and head.i == candidate.end + 1 and head.head.i > head.i and head.head.pos_ in NOUNS:
            return head.head  # "a 40,000-strong force": the force numbers 40,000 (R332)
    root = token_span(doc, candidate.core_start, candidate.core_end).root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in inside:
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj" and grandchild.pos_ in NOUNS]
            if objects:
                return objects[0]
    return None


def unit_text(doc: Doc, noun: Token, floor: int) -> str:
    """The counted noun with its common-noun compounds and a bare coordinated noun (GUIDELINES R25)."""
    start = noun.i
    while start - 1 >= floor and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "NOUN" and start <= doc[start - 1].head.i <= noun.i:
        if start - 2 >= 0 and doc[start - 2].text in HYPHENS and not doc[start - 2].whitespace_:
            break  # "short-haul aircraft": the compound is half of a hyphenated adjective
        start -= 1
    end = noun.i + 1
    # "25 leaders and facilitators": the number counts both; "30,000 jobs and 14 plants" has its own number
    conjunct = next((child for child in noun.rights if child.dep_ == "conj"), None)
    if conjunct is not None and conjunct.i == noun.i + 2 and doc[noun.i + 1].dep_ == "cc" and conjunct.pos_ == "NOUN":
        if not any(child.dep_ in ("nummod", "prep") for child in conjunct.children):  # not "rockets and dozens of shells"
            end = conjunct.i + 1
    return tokens_text(doc, start, end)


def not_a_count(doc: Doc, candidate: Candidate, noun: Optional[Token]) -> bool:
    """A cardinal that names, codes or refers back rather than counts (GUIDELINES R22)."""
    first = doc[candidate.core_start]
    previous = doc[candidate.start - 1] if candidate.start else None
    digits = all(token.is_digit or token.like_num and not token.is_alpha for token in token_span(doc, candidate.core_start, candidate.core_end))
    if previous is not None and previous.ent_type_ not in DATE_LABELS and not candidate.vague:
        if previous.tag_ in NAME_TAGS and previous.is_alpha:
            return True  # "Route 66", "Boeing 747", "day one"
        if previous.tag_ == "POS" and noun is not None and noun.tag_ == "NN" and digits:
            return True  # "Standard & Poor's 500 index": a count takes a plural noun
        if previous.lower_ in DEFINITE and previous.tag_ != "IN" and not _total_of_share(doc, candidate.start) and not _total_of_count(doc, candidate.start, noun) and not _strength(doc, candidate.core_end):
            # R22: "the two countries" refers back to things already counted; a "that" opening a
            # reported clause is a conjunction, not a determiner ("police said that three people ...")
            return True
        before = doc[candidate.start - 2] if candidate.start > 1 else None
        if previous.tag_ == "JJ" and digits and before is not None and before.dep_ in ("det", "poss") and before.lower_ not in ("a", "an"):
            return True  # "their new 787 aircraft": after an adjective, digits name a model ("an extra 500" is a count)
    if candidate.core_end - candidate.core_start == 1 and first.lower_ == "one":
        # "one" is a count only when it modifies a noun: not "one of two plants", "the one that",
        # nor the article-like "one type of car"
        of_after = any(child.dep_ == "prep" and child.lower_ == "of" for child in first.head.children)
        return not (first.dep_ == "nummod" and first.head.i > first.i and first.head.pos_ in NOUNS and not of_after)
    if noun is None and digits and candidate.core_end - candidate.core_start == 1:
        if first.text.isdigit() and YEAR_LIKE[0] <= int(first.text) <= YEAR_LIKE[1]:
            return True  # a year the date model missed
    return False


def _total_of_share(doc: Doc, start: int) -> bool:
    """"Half of the 300 villages", "40 percent of the 2,000 workers": the number after "the" is the whole (R331).
    A number in words stays a thing counted before ("half of the two countries' trade")."""
    return start >= 3 and not doc[start].is_alpha and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" and doc[start - 3].lower_ in SHARE_WORDS


def _total_of_count(doc: Doc, start: int, noun: Optional[Token]) -> bool:
    """"182 of the 288 seats", "at least 31 of the 40 wards": a count before "of the" states the whole it is a
    part of (R390), as a share does (R331). The whole must count a plural noun: "3 of the 1984 Convention" names."""
    if start < 3 or doc[start].is_alpha or doc[start - 1].lower_ != "the" or doc[start - 2].lower_ != "of":
        return False
    part = doc[start - 3]
    return part.tag_ == "CD" and part.ent_type_ not in DATE_LABELS and noun is not None and noun.tag_ in PLURAL_TAGS


def _strength(doc: Doc, end: int) -> bool:
    """"The 40,000-strong force": an "N-strong" gives the size of what it modifies, after "the" as after "a" (R352)."""
    return end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ and doc[end + 1].lower_ == "strong"
