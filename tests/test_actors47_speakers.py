"""A name the model reads as a place that speaks or is told things is a person or an outlet (GUIDELINES R540), on
sentences written for this test."""

from __future__ import annotations

import pytest

ARTICLES = {
    "surname": "“We will not close the fair,” Chong said on Monday.",
    "reported": "Prices rose by a third in July, Bloomberg reported on Monday.",
    "second": "Vendors complained to the council, Kaiwai said.",
    "place": "Floods cut the only road to Kaiwai last week, and the council sent two trucks.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name, label",
    [("surname", "Chong", "PERSON"), ("reported", "Bloomberg", "ORGANIZATION"), ("second", "Kaiwai", "PERSON")],
    ids=["says-person", "reports-outlet", "said-after-clause"],
)
def test_a_place_name_that_speaks_is_an_actor(found, doc_id, name, label):
    mention = found.mention(doc_id, name, 0)
    assert mention is not None and mention[3] == label


def test_a_place_name_that_does_not_speak_stays_out(found):
    assert found.mention("place", "Kaiwai", 0) is None
