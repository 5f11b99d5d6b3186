"""'the Modi government', 'the Boric administration': the name before a government noun is the person who heads it (R141).

The name is read as that person only when nothing shows it to be a place, a state, a people, a party or a group: the
actor tables, the model's place and people labels, the subdivisions of states (ISO 3166-2, 'the Uttar Pradesh
government'), the words of party names ('the Barisan Nasional government') and names shaped like bodies stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Iterable

from spacy.tokens import Doc, Token

from ...extensions import span_text
from .actor_spans import Candidate, tokens_written
from .actor_types import ends_like_company, names_an_organization
from ...tables import PartyEntry, SubdivisionEntry, folded

# Lower-case nouns after a name that make the name the head of a government ("the Ruto administration").
GOVERNMENT_NOUNS = ("government", "administration", "regime", "cabinet")
# Labels of the model that make the name a place or a people; such a name is a person only with evidence in the article.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
# Labels that never hold a person's name; any other may be the model's misreading of one ('the Moon Jae-' as a law).
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"})
HYPHENS = frozenset({"-", "‐", "–"})
MAX_WORDS = 4


@dataclass(frozen=True)
class GovernmentHeads:
    """The word lists the rule reads: subdivision names, words of party names, English words and place nouns (lower case)."""

    subdivisions: Collection[str] = frozenset()
    party_words: Collection[str] = frozenset()
    english_words: Collection[str] = frozenset()
    place_nouns: Collection[str] = frozenset()

    def find(self, doc: Doc, candidates: list[Candidate], persons: list[tuple[int, int]], lookup) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """The candidates without the organisation readings of such names, and the persons with the names added.
        lookup: the actor index's lookup (text -> entry or None)."""
        runs = [run for run in (_name_before(doc, token) for token in tokens_written(doc, GOVERNMENT_NOUNS) if token.is_lower) if run]
        if not runs:
            return candidates, persons
        # the surnames and first names of the persons named in full: evidence for a one-word name or a misread place
        full_names = [(start, end) for start, end in persons if end - start > 1]
        name_words = frozenset(word.lower_ for start, end in full_names for word in (doc[start], doc[end - 1]))
        heads = []
        for start, end in runs:
            if any(c.start < end and start < c.end and not c.linkable and c.label != "PERSON" for c in candidates):
                continue  # a table name: a state, capital, demonym, party or armed group ('the Taliban government')
            if _joins_two_persons(doc, start, end, persons):
                continue  # 'the Ortega-Murillo government' names two persons found alone (R100)
            if self._reads_as_person(doc[start:end], name_words, lookup):
                heads.append((start, end))
        if not heads:
            return candidates, persons
        kept = [c for c in candidates if not (c.linkable and any(c.start < end and start < c.end for start, end in heads))]
        return kept, persons + [(start, end) for start, end in heads if (start, end) not in persons]

    def _reads_as_person(self, span, name_words: frozenset[str], lookup) -> bool:
        text = span_text(span)
        labels = {token.ent_type_ for token in span}
        words = [token.lower_ for token in span if token.text not in HYPHENS]
        if labels & NOT_NAME_LABELS or lookup(text) is not None or names_an_organization(span) or ends_like_company(span):
            return False
        if any(word in self.place_nouns or word in ("state", "states") for word in words):
            return False
        named_in_full = any(word in name_words for word in words)
        if not named_in_full and (folded(text) in self.subdivisions or any(folded(token.text) in self.subdivisions for token in span)):
            return False  # 'the Sindh government', 'the Khyber Pakhtunkhwa government'
        if all(word in self.party_words for word in words):
            return False  # 'the Labor government', 'the Barisan Nasional government'
        evidence = "PERSON" in labels or named_in_full
        if labels & PLACE_LABELS:
            return evidence  # 'the Raisi administration' with 'Ebrahim Raisi' in the article; 'the Quebec government' stays a place
        # one English word ('the Federal government', 'the Unity government') is a person only with evidence
        return evidence or len(words) > 1 or words[0] not in self.english_words


def government_heads(parties: Iterable[PartyEntry], subdivisions: Iterable[SubdivisionEntry], english_words: Collection[str], place_nouns: Collection[str]) -> GovernmentHeads:
    """The rule's word lists from the party and subdivision tables: names compared lower-cased and without accents
    ('Tamil Nādu' is written 'Tamil Nadu' in the news)."""
    # acronyms too: news writes some as names ('the Syriza government', 'the Frelimo government')
    party_words = frozenset(word.lower() for party in parties for name in (*party.names, *party.acronyms) for word in name.replace("-", " ").split())
    names = frozenset(folded(name) for entry in subdivisions for name in entry.names) - {""}
    return GovernmentHeads(names, party_words, english_words, place_nouns)


def _name_before(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """(start, end) of the capitalised name between 'the' and the noun, or None: 'the [Moon Jae-in] administration'."""
    end = start = noun.i
    while start > 0 and end - start <= MAX_WORDS + 2 and _name_piece(doc, start - 1):
        start -= 1
    while start < end and doc[start].text in HYPHENS:
        start += 1
    if start == end or start == 0 or doc[start - 1].lower_ != "the" or not doc[start].text[:1].isupper():
        return None
    words = [token for token in doc[start:end] if token.text not in HYPHENS and not _glued_after_hyphen(doc, token.i)]
    if len(words) > MAX_WORDS or any(token.is_upper and len(token) > 1 for token in words):
        return None  # an acronym is a party or a body ('the BJP government', 'the PTI government')
    return start, end


def _joins_two_persons(doc: Doc, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
    """The name is capitalised pieces glued by hyphens, and every piece is a word of a person found elsewhere."""
    pieces = [doc[i].lower_ for i in range(start, end) if doc[i].text[:1].isupper()]
    if len(pieces) < 2 or not any(doc[i].text in HYPHENS for i in range(start, end)):
        return False
    elsewhere = {doc[i].lower_ for s, e in persons if e <= start or s >= end for i in range(s, e)}
    return all(piece in elsewhere for piece in pieces)


def _name_piece(doc: Doc, i: int) -> bool:
    token = doc[i]
    if "\n" in token.whitespace_ or token.is_space or token.lower_ == "the":
        return False
    if token.text in HYPHENS:
        return i > 0 and not doc[i - 1].whitespace_ and not token.whitespace_
    if _glued_after_hyphen(doc, i):
        return True  # 'in' of 'Jae-in'
    return token.text[:1].isupper() and token.is_alpha or (token.text[:1].isupper() and token.pos_ == "PROPN")


def _glued_after_hyphen(doc: Doc, i: int) -> bool:
    return i > 1 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
