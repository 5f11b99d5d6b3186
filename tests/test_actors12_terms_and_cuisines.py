"""Terms of use and cuisines read as actors (GUIDELINES R244-R245), on sentences written for this test."""

from __future__ import annotations

import pytest

ARTICLES = {
    "terms of use": "Refunds are paid only under the Ticket Terms of Use, said Omar Haddad.",
    "terms of reference": "The panel will work under the Inquiry Terms of Reference approved by the cabinet, said Joyce Banda.",
    "cuisines": "Best restaurants by category:\nThai Cuisine – Baan Suan\nLebanese Cuisine – Cedar House\n\nThe list was drawn up by Maria Lopez.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name", [("terms of use", "Ticket Terms of Use"), ("terms of reference", "Inquiry Terms of Reference"), ("cuisines", "Thai Cuisine"), ("cuisines", "Lebanese Cuisine")]
)
def test_terms_and_cuisines_are_no_actors(found, doc_id, name):
    assert found.overlapping(doc_id, name) == []


def test_the_persons_beside_them_stay(found):
    assert found.mention("terms of use", "Omar Haddad")[3] == "PERSON"
    assert found.mention("terms of reference", "Joyce Banda")[3] == "PERSON"
    assert found.mention("cuisines", "Maria Lopez")[3] == "PERSON"
