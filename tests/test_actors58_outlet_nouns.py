"""A news outlet's noun right before or after a name makes the name an organisation (GUIDELINES R883), on sentences
written for this test."""

from __future__ import annotations

import pytest

ARTICLES = {
    "before": "Omar Farid, editor of the online paper Al Sabah, said the vote was rigged.",
    "quoted": "The interview ran in the German magazine 'Der Bote' last year.",
    "after": "Al-Sabah daily reported that the talks had failed.",
    "owner": "Rupert Murdoch newspaper sales fell again this year.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize("doc_id, outlet", [("before", "Al Sabah"), ("quoted", "Der Bote"), ("after", "Al-Sabah")])
def test_a_name_beside_an_outlet_noun_is_an_organisation_r883(found, doc_id, outlet):
    mention = found.mention(doc_id, outlet, 0)
    assert mention is not None and mention[3] == "ORGANIZATION"


@pytest.mark.parametrize("doc_id, person", [("before", "Omar Farid"), ("owner", "Rupert Murdoch")])
def test_a_person_beside_the_outlet_stays_a_person_r883(found, doc_id, person):
    mention = found.mention(doc_id, person, 0)
    assert mention is not None and mention[3] == "PERSON"
