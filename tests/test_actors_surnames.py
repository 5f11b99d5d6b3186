"""A surname the model reads as a body, after the person's full name, is that person (GUIDELINES R262), on
sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.surnames import surnames_read_as_bodies

ARTICLES = {
    "mu": "Education Minister Leela Devi Dookun-Luchoomun opened the school on Monday. Dookun-Luchoomun highlighted that the project cost Rs 40 million.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


def test_a_hyphenated_surname_takes_the_full_name(found):
    short = found.mention("mu", "Dookun-Luchoomun", 1)
    assert short is not None and short[3:] == ("PERSON", "person:leela-devi-dookun-luchoomun")


def _body(start, end, text):
    return Candidate(start, end, "ORGANIZATION", f"org:{text.lower()}", text, priority=2, linkable=True)


@pytest.mark.parametrize(
    "text, body, expected",
    [
        ("Salvador Valdés Mesa spoke . Valdés Mesa said", (5, 7), "PERSON"),  # a double surname
        ("Simone Mangal-Joly spoke . Mangal-Joly said", (6, 9), "PERSON"),  # hyphenated, three tokens, one word
        ("Cariño El Nido Maternity Center spoke . El Nido Maternity Center said", (7, 11), "ORGANIZATION"),  # too long
        ("Ravi Kumar Association spoke . Kumar Association said", (5, 7), "ORGANIZATION"),  # a body's head word
        ("Lima Ahmed BNP spoke . BNP said", (5, 6), "ORGANIZATION"),  # an acronym
        ("Simone Joly spoke . Mangal-Joly said", (4, 7), "ORGANIZATION"),  # not the end of the full name
    ],
    ids=["double", "hyphenated", "long", "head-word", "acronym", "other-name"],
)
def test_only_a_short_end_of_a_full_name_becomes_a_person(blank_nlp, text, body, expected):
    doc = blank_nlp(text)
    person_end = next(token.i for token in doc if token.text == "spoke")
    person = Candidate(0, person_end, "PERSON", "", doc[0:person_end].text, priority=1)
    start, end = body
    result = surnames_read_as_bodies(doc, [person, _body(start, end, doc[start:end].text)])
    assert result[1].label == expected
    assert (result[1].actor_id == "") == (expected == "PERSON")
