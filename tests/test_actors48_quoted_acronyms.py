"""An acronym defined in brackets right after a quotation abbreviates the quoted words, not a body (GUIDELINES R620).
On sentences written for this test."""

from __future__ import annotations

import pytest

ARTICLES = {
    "answer": "Pollsters counted many “I don’t know” (DK) answers. The DK share fell to 16 percent in May.",
    "slogan": "Officials said the “Safe Roads Now” (SRN) drive would start in May. SRN signs went up on Monday.",
    "body": 'The so-called "Green Farmers Union" (GFU) said prices fell.',
    "bare": "The Green Farmers Union (GFU) said prices fell, and GFU members marched.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, acronym, occurrence",
    [("answer", "DK", 0), ("answer", "DK", 1), ("slogan", "SRN", 0), ("slogan", "SRN", 1)],
    ids=["answer-defined", "answer-repeated", "slogan-defined", "slogan-repeated"],
)
def test_an_acronym_of_a_quotation_is_no_actor(found, doc_id, acronym, occurrence):
    assert found.mention(doc_id, acronym, occurrence) is None


@pytest.mark.parametrize("doc_id", ["body", "bare"], ids=["quoted-body-name", "bare-body-name"])
def test_an_acronym_of_a_body_stays(found, doc_id):
    """A quotation the stage reads as a body's name keeps its acronym (R70), as an unquoted name does."""
    mention = found.mention(doc_id, "GFU", 0)
    assert mention is not None and mention[3] == "ORGANIZATION"
