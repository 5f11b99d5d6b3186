"""Person evidence for names the model reads as organisations (GUIDELINES R101), on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.actor_types import person_evidence
from claimspan.components.actors.persons import persons_by_evidence

# an English vocabulary, so tokens have their lower-case forms
VOCAB = spacy.blank("en").vocab


def parsed(words, pos, heads, deps):
    """A Doc with the tags and the parse given by hand, so each test fixes what the parser would say."""
    return Doc(VOCAB, words=words, pos=pos, heads=heads, deps=deps)


def evidence(doc, start, end, titles):
    return person_evidence(doc, start, end, titles, frozenset(titles.values()))


def test_role_noun_in_apposition_is_person_evidence():
    doc = parsed(
        ["Avril", "Haines", ",", "director", "of", "intelligence", ",", "testified"],
        ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "VERB"],
        [1, 7, 1, 1, 3, 4, 1, 7], ["compound", "nsubj", "punct", "appos", "prep", "pobj", "punct", "ROOT"],
    )
    assert evidence(doc, 0, 2, {3: 4})


def test_role_noun_after_a_possessive_state_is_person_evidence():
    doc = parsed(
        ["Alemayehu", "Tegenu", ",", "Ethiopia", "'s", "minister", ",", "spoke"],
        ["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB"],
        [1, 7, 1, 5, 3, 1, 1, 7], ["compound", "nsubj", "punct", "poss", "case", "appos", "punct", "ROOT"],
    )
    assert evidence(doc, 0, 2, {5: 6})


def test_role_noun_that_opens_a_new_clause_is_no_evidence():
    doc = parsed(
        ["With", "Infobae", ",", "the", "president", "spoke"],
        ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB"],
        [5, 0, 5, 4, 5, 5], ["prep", "pobj", "punct", "det", "nsubj", "ROOT"],
    )
    assert not evidence(doc, 1, 2, {4: 5})


def test_title_of_the_next_person_is_no_evidence():
    doc = parsed(
        ["the", "Panel", ",", "Mrs", "Jankee", "Ramano", "spoke"],
        ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB"],
        [1, 6, 1, 5, 5, 1, 6], ["det", "nsubj", "punct", "compound", "compound", "appos", "ROOT"],
    )
    assert not evidence(doc, 1, 2, {3: 4})


@pytest.mark.parametrize(
    "words, pos, deps, heads, expected",
    [
        (["Wang", ",", "34", ",", "spoke"], ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB"], ["nsubj", "punct", "appos", "punct", "ROOT"], [4, 0, 0, 0, 4], True),
        (["Riham", "runs", "her", "restaurant"], ["PROPN", "VERB", "PRON", "NOUN"], ["nsubj", "ROOT", "poss", "dobj"], [1, 1, 3, 1], True),
        (["Labor", "runs", "its", "campaign"], ["PROPN", "VERB", "PRON", "NOUN"], ["nsubj", "ROOT", "poss", "dobj"], [1, 1, 3, 1], False),
        (["Mr", "Peerawit", "spoke"], ["PROPN", "PROPN", "VERB"], ["compound", "nsubj", "ROOT"], [1, 2, 2], True),
    ],
    ids=["age-in-apposition", "personal-pronoun-after-subject", "body-pronoun", "honorific-before"],
)
def test_age_pronoun_and_honorific(words, pos, deps, heads, expected):
    titles = {0: 1} if words[0] == "Mr" else {}
    start = 1 if titles else 0
    assert evidence(parsed(words, pos, heads, deps), start, start + 1, titles) is expected


def test_every_mention_and_name_part_becomes_the_person_but_bodies_keep_their_type():
    doc = parsed(
        ["Nengola", ",", "34", ",", "joined", "Nedbank", "Council", ".", "Taleni", "Nengola", "left", "GM", "."],
        ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
        [4, 0, 0, 0, 4, 6, 4, 4, 9, 10, 10, 10, 10],
        ["nsubj", "punct", "appos", "punct", "ROOT", "compound", "dobj", "punct", "compound", "nsubj", "ROOT", "dobj", "punct"],
    )

    def organisation(start, end):
        return Candidate(start, end, "ORGANIZATION", "org:x", doc[start:end].text, priority=2, linkable=True)

    candidates = [organisation(0, 1), organisation(5, 7), organisation(9, 10), organisation(11, 12)]
    kept, persons = persons_by_evidence(doc, candidates, [], {})
    assert sorted(persons) == [(0, 1), (9, 10)]
    assert [doc[c.start : c.end].text for c in kept] == ["Nedbank Council", "GM"]
