"""Actor types against the text's evidence (GUIDELINES R760-R761): a role noun after nouns that modify it in apposition
is person evidence, a role coordinated with another is not; a 'person' of three or more words ending in a body's head
is that body. On sentences and parses written for this test."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimspan.components.actors.actor_types import person_evidence

VOCAB = spacy.blank("en").vocab
PERSON_NOUNS = frozenset({"officer", "driver", "conductor"})


def parsed(words, pos, heads, deps):
    """A Doc with the tags and the parse given by hand, so each test fixes what the parser would say."""
    return Doc(VOCAB, words=words, pos=pos, heads=heads, deps=deps)


def test_person_noun_after_a_modifying_noun_in_apposition_is_person_evidence():
    # "Ngozi Abara, a resettlement officer with the agency, admits": 'resettlement' is a noun, 'officer' no title
    doc = parsed(
        ["Ngozi", "Abara", ",", "a", "resettlement", "officer", "with", "the", "agency", ",", "admits"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB"],
        [1, 10, 1, 5, 5, 1, 5, 8, 6, 1, 10],
        ["compound", "nsubj", "punct", "det", "compound", "appos", "prep", "det", "pobj", "punct", "ROOT"],
    )
    assert person_evidence(doc, 0, 2, {}, frozenset(), PERSON_NOUNS)
    assert not person_evidence(doc, 0, 2, {}, frozenset(), frozenset())  # 'officer' is evidence as a person noun only


def test_title_after_a_modifying_noun_in_apposition_is_person_evidence():
    # "Xiomara Lugo, the finance director, said": the title 'director' after the noun 'finance'
    doc = parsed(
        ["Xiomara", "Lugo", ",", "the", "finance", "director", ",", "said"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB"],
        [1, 7, 1, 5, 5, 1, 1, 7],
        ["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT"],
    )
    assert person_evidence(doc, 0, 2, {5: 6}, frozenset({6}))


def test_a_role_coordinated_with_another_is_no_evidence():
    # "on the way from Kaloleni, the driver and the conductor said": the parser may hang the list on the place
    doc = parsed(
        ["from", "Kaloleni", ",", "the", "driver", "and", "the", "conductor", "said"],
        ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB"],
        [8, 0, 1, 4, 1, 4, 7, 4, 8],
        ["prep", "pobj", "punct", "det", "appos", "cc", "det", "conj", "ROOT"],
    )
    assert not person_evidence(doc, 1, 2, {}, frozenset(), PERSON_NOUNS)


ARTICLES = {
    "foundation": "The Rahim Bin Omar Charitable Foundation (RBOCF) funds schools. RBOCF said it would build two more.",
    "surname": "Margaret Court won the title in 1970.",
    "titled": "Mrs Anna Marie Court thanked the voters.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


def test_a_person_reading_of_three_words_ending_in_a_body_head_is_that_body(found):
    mention = found.mention("foundation", "Rahim Bin Omar Charitable Foundation", 0)
    assert mention is not None and mention[3] == "ORGANIZATION"
    acronym = found.mention("foundation", "RBOCF", 1)
    assert acronym is not None and acronym[3] == "ORGANIZATION"


@pytest.mark.parametrize("doc_id, name", [("surname", "Margaret Court"), ("titled", "Anna Marie Court")], ids=["two-words", "after-a-title"])
def test_a_family_name_like_a_body_head_stays_a_person(found, doc_id, name):
    mention = found.mention(doc_id, name, 0)
    assert mention is not None and mention[3] == "PERSON"


def test_title_that_keeps_the_sentence_full_stop_is_still_the_role():
    # "..., says Marisol Quintero, Andina's finance director.": the title's span takes the glued '.'
    doc = parsed(
        ["says", "Marisol", "Quintero", ",", "Andina", "'s", "finance", "director", "."],
        ["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "NOUN", "PUNCT"],
        [0, 2, 0, 2, 7, 4, 7, 2, 0],
        ["ROOT", "compound", "nsubj", "punct", "poss", "case", "compound", "appos", "punct"],
    )
    assert person_evidence(doc, 1, 3, {7: 9}, frozenset({9}))


@pytest.mark.parametrize(
    "words, pos, heads, deps, expected",
    [
        # "The council apologised to Lerato Dube, who filed the complaint."
        (["apologised", "to", "Lerato", "Dube", ",", "who", "filed", "it"], ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PRON"],
         [0, 0, 3, 1, 3, 6, 3, 6], ["ROOT", "prep", "compound", "pobj", "punct", "nsubj", "relcl", "dobj"], True),
        # "the daughter of Lerato Dube, who filed it": the clause belongs to the daughter
        (["daughter", "of", "Lerato", "Dube", ",", "who", "filed", "it"], ["NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PRON"],
         [0, 0, 3, 1, 0, 6, 0, 6], ["ROOT", "prep", "compound", "pobj", "punct", "nsubj", "relcl", "dobj"], False),
        # "Lerato Dube, which filed it": 'which' says nothing of a person
        (["to", "Lerato", "Dube", ",", "which", "filed", "it"], ["ADP", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PRON"],
         [0, 2, 0, 2, 5, 2, 5], ["ROOT", "compound", "pobj", "punct", "nsubj", "relcl", "dobj"], False),
    ],
    ids=["who-after-the-name", "who-after-a-noun-before-it", "which"],
)
def test_who_attached_to_the_name_is_person_evidence(words, pos, heads, deps, expected):
    start = words.index("Lerato")
    assert person_evidence(parsed(words, pos, heads, deps), start, start + 2, {}, frozenset()) is expected
