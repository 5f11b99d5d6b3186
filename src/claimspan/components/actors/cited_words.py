"""'the words Grand Prix Lumière', '“Tortuga” is a Spanish word', 'the classical language Kawi': the article cites the name
as a word, or names a language, not an actor (GUIDELINES R470); 'the traditional Chinese medicine Huang Qi Tang',
'the Terra, a cryptocurrency': the same nouns of drugs and cryptocurrencies class the name as that product (R471).

A name right after a noun of words or languages ('the word', 'the Spanish term', 'the classical language', pipeline
not_actors.jsonl, match 'cited'), or defined by one as an appositive or the predicate noun of 'is', is that word or
language in every mention of the article, as R420 reads the nouns of works."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from ...extensions import span_text
from .actor_spans import Candidate
from .not_actors import OPENING_QUOTES
from .thing_appositions import NEAR, defining_nouns, is_head

# 'the word', 'a Spanish word', 'the Ethiopian classical language': a determiner opens the noun phrase, with at most
# two adjectives or demonyms between; without one the noun may end a clause ('in other words Biden ...')
DETERMINERS = frozenset({"the", "a", "an"})
MODIFIERS = 2


def cited_after_noun(doc: Doc, start: int, nouns: Collection[str]) -> bool:
    """doc[start] opens a name right after 'the word', 'the Spanish term' or 'the classical language' (also with an
    opening quote between)."""
    i = start - 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
    if i < 1 or not doc[i].is_lower or doc[i].lower_ not in nouns:
        return False
    if not any(doc[j].lower_ in DETERMINERS for j in _modifiers_and_determiner(doc, i)):
        return False
    return not opens_relative_clause(doc, start, i)


def _modifiers_and_determiner(doc: Doc, noun: int) -> list[int]:
    """The positions before the noun up to its determiner, over at most MODIFIERS adjectives or demonyms."""
    found = []
    for j in range(noun - 1, max(noun - 2 - MODIFIERS, -1), -1):
        found.append(j)
        if doc[j].lower_ in DETERMINERS or doc[j].pos_ not in ("ADJ", "PROPN"):
            break
    return found


# a verb with one of these needs no object from the noun before it: 'the word Kawi means tree' is no relative clause
COMPLEMENTS = frozenset({"dobj", "attr", "ccomp", "xcomp", "acomp", "dative", "oprd"})


# R471: without this check 'the drugs Kim smuggled' dropped a person
def opens_relative_clause(doc: Doc, start: int, noun: int) -> bool:
    """The name is the active subject of a clause on the noun that lacks its object, the noun: 'the drugs Kim
    smuggled', 'the words Obama used'. The parser also hangs 'the word Tamarind was painted' on the noun as a clause:
    a passive subject, 'be' or a verb with its own object leaves the name cited."""
    root = doc[start]
    while root.dep_ in ("compound", "flat") and start <= root.head.i < start + 8:
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and verb.dep_ in ("relcl", "acl") and verb.head.i == noun and verb.lemma_ != "be" and not any(child.dep_ in COMPLEMENTS for child in verb.children)


def defined_as_word(doc: Doc, start: int, end: int, nouns: Collection[str]) -> bool:
    """doc[start:end] is defined by a noun of words close after it ('“Tortuga” is a Spanish word for ...', 'Kawi, the
    old language of the court'); a noun far after it or before 'of' describes something else ('Karim was called a
    hardliner (never a term of praise)')."""
    return any(
        noun.is_lower and noun.lower_ in nouns and is_head(noun) and noun.i <= end + NEAR
        and not (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of")
        for noun in defining_nouns(doc, start, end)
    )


def drop_cited_words(doc: Doc, accepted: list[Candidate], nouns: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop every mention of a name the article cites as a word or names as a language (R470). Names of the actor
    tables keep their own rules, and so does a short form linked to a longer name.
    nouns: lower-case nouns of words and languages (not_actors.jsonl, match 'cited')."""
    if not nouns:
        return accepted
    open_names = [c for c in accepted if c.actor_id not in table_ids and c.link is None and c.label in ("ORGANIZATION", "PERSON")]
    cited = frozenset(
        span_text(doc[c.start : c.end]) for c in open_names
        if cited_after_noun(doc, c.start, nouns) or defined_as_word(doc, c.start, c.end, nouns)
    )
    if not cited:
        return accepted
    return [c for c in accepted if not (c.actor_id not in table_ids and c.link is None and span_text(doc[c.start : c.end]) in cited)]
