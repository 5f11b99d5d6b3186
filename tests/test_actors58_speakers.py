"""A name the model leaves untagged that speaks or is told things is a person or an outlet (GUIDELINES R820). On
sentences written for this test; each name below is one the pinned model tags as nothing."""

from __future__ import annotations

import pytest

ARTICLES = {
    "says": "Pendricks said the clinic would reopen in May.",
    "quote": "“It rained all week,” Arngu’tuuq said.",
    "reports": "The Ballydesk reported that prices rose.",
    "repeat": "Ilanaaq Tuurngaq lives near the bay. “We waited,” Tuurngaq said.",
    "experts": "Experts say the bridge will not last.",
    "title": "The President said the plan was ready.",
    "capitals": "Morning Papers said the plan was ready.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name, occurrence, label, actor_id",
    [
        ("says", "Pendricks", 0, "PERSON", "person:pendricks"),
        ("quote", "Arngu’tuuq", 0, "PERSON", "person:arngutuuq"),
        ("reports", "Ballydesk", 0, "ORGANIZATION", "org:ballydesk"),
        ("repeat", "Tuurngaq", 1, "PERSON", "person:tuurngaq"),
        ("repeat", "Tuurngaq", 0, "PERSON", "person:tuurngaq"),
    ],
    ids=["subject-of-said", "after-a-quotation", "outlet-reports", "speaker", "earlier-repeat-follows"],
)
def test_an_untagged_name_that_speaks_is_an_actor(found, doc_id, name, occurrence, label, actor_id):
    mention = found.mention(doc_id, name, occurrence)
    assert mention is not None and mention[3:5] == (label, actor_id)


@pytest.mark.parametrize("doc_id", ["experts", "title", "capitals"], ids=["plural-common-noun", "title", "english-words"])
def test_common_words_that_speak_stay_out(found, doc_id):
    """'Experts', 'The President', 'Morning Papers' are English words written with a capital, no names."""
    assert found.by_article[doc_id] == []
