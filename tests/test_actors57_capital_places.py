"""A capital is the place, not its government, in apposition, as a noun's modifier, after a place noun, a city's part
or office and "of", as the object of "visit" or "leave", and after "for" or "to" with a motion word (GUIDELINES
R810). On sentences and parses written for this test."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimspan.components.actors.actor_linking import capital_is_political

VOCAB = spacy.blank("en").vocab
PLACE_WORDS = frozenset({"north", "west", "capital", "city", "outskirts"})
CITY_PARTS = frozenset({"streets", "mayor", "parts"})


def parsed(words, heads, deps, lemmas=None):
    """A Doc with the parse given by hand, so each test fixes what the parser would say."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas or [word.lower() for word in words])


def political(doc: Doc, index: int) -> bool:
    return capital_is_political(doc[index], place_words=PLACE_WORDS, city_parts=CITY_PARTS)


# (words, heads, deps, lemmas or None, index of the capital, stands for the government)
CASES = {
    # "The farm lies west of Lusaka." 'west' is a place noun before "of"
    "direction-of": (["The", "farm", "lies", "west", "of", "Lusaka", "."], [1, 2, 2, 2, 3, 4, 2], ["det", "nsubj", "ROOT", "advmod", "prep", "pobj", "punct"], None, 5, False),
    # "Crowds filled the streets of Lusaka." a city's part before "of"
    "streets-of": (
        ["Crowds", "filled", "the", "streets", "of", "Lusaka", "."], [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"], None, 5, False,
    ),
    # "The Mayor of Lusaka spoke." a city's office, in any case
    "mayor-of": (["The", "Mayor", "of", "Lusaka", "spoke", "."], [1, 4, 1, 2, 4, 4], ["det", "nsubj", "prep", "pobj", "ROOT", "punct"], None, 3, False),
    # "She toured the capital, Lusaka." the article says what the name is
    "apposition": (
        ["She", "toured", "the", "capital", ",", "Lusaka", "."], [1, 1, 3, 1, 3, 3, 1], ["nsubj", "ROOT", "det", "dobj", "punct", "appos", "punct"], None, 5, False,
    ),
    # "He spoke at City Hall, Lusaka." an address
    "address": (
        ["He", "spoke", "at", "City", "Hall", ",", "Lusaka", "."],
        [1, 1, 1, 4, 2, 4, 4, 1],
        ["nsubj", "ROOT", "prep", "compound", "pobj", "punct", "appos", "punct"],
        None, 6, False,
    ),
    # "The Lusaka mayoral race opened." a modifier the parser reads as nmod
    "modifier": (["The", "Lusaka", "mayoral", "race", "opened", "."], [3, 3, 3, 4, 4, 4], ["det", "nmod", "amod", "nsubj", "ROOT", "punct"], None, 1, False),
    # "The minister visited Lusaka." the place gone to
    "visited": (["The", "minister", "visited", "Lusaka", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"], ["the", "minister", "visit", "Lusaka", "."], 3, False),
    # "The bus leaves for Lusaka." a destination after "for"
    "leaves-for": (
        ["The", "bus", "leaves", "for", "Lusaka", "."], [1, 2, 2, 2, 3, 2], ["det", "nsubj", "ROOT", "prep", "pobj", "punct"], ["the", "bus", "leave", "for", "Lusaka", "."], 4, False,
    ),
    # "The capital, Lusaka, and Ndola ..." read as coordinated with 'capital'
    "coordinated-with-capital": (
        ["the", "capital", ",", "Lusaka", ",", "and", "Ndola"], [1, 1, 1, 1, 3, 3, 3], ["det", "ROOT", "punct", "conj", "punct", "cc", "conj"], None, 3, False,
    ),
    # still the government: "Lusaka warned Harare." subject and object
    "subject": (["Lusaka", "warned", "Harare", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], ["Lusaka", "warn", "Harare", "."], 0, True),
    "object-of-a-political-verb": (["Lusaka", "warned", "Harare", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], ["Lusaka", "warn", "Harare", "."], 2, True),
    # "the demands of Lusaka": 'demands' is no place noun, part or office
    "demands-of": (["the", "demands", "of", "Lusaka"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"], None, 3, True),
    # "a City of Lusaka bylaw": a capitalised place noun names the city's body (R198), not the place
    "capitalised-city-of": (["the", "City", "of", "Lusaka"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"], None, 3, True),
    # "aid for Lusaka": "for" without a motion word is the addressee
    "aid-for": (["They", "pledged", "aid", "for", "Lusaka", "."], [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["they", "pledge", "aid", "for", "Lusaka", "."], 4, True),
}


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_capital_place_or_government(name):
    words, heads, deps, lemmas, index, expected = CASES[name]
    assert political(parsed(words, heads, deps, lemmas), index) is expected


def test_without_the_word_tables_a_place_noun_leaves_the_government_reading():
    words, heads, deps, lemmas, index, _ = CASES["streets-of"]
    assert capital_is_political(parsed(words, heads, deps, lemmas)[index])


@pytest.mark.parametrize(
    "text, capital",
    [
        ("The new bridge stands 40 km north of Lusaka.", "Lusaka"),
        ("Traders sold fruit on the streets of Lusaka.", "Lusaka"),
        ("The Mayor of Lusaka opened the market.", "Lusaka"),
    ],
    ids=["north-of", "streets-of", "mayor-of"],
)
def test_pipeline_drops_the_capital_as_a_place(actor_ids, text, capital):
    assert (capital, "country:ZMB") not in actor_ids(text)


def test_pipeline_keeps_the_capital_that_acts(actor_ids):
    assert ("Lusaka", "country:ZMB") in actor_ids("Lusaka rejected the report on Monday.")
