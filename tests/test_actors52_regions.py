"""A world region, or its short name, read by the model as a body is a place, not an actor (GUIDELINES R710).
On sentences written for this test."""

from __future__ import annotations

import pytest

ARTICLES = {
    "short": "Fintech startups in LatAm raised $2 billion last year, the Inter-American Development Bank said.",
    "subject": "With LatAm clocking the fastest growth of any region, Rappi expanded.",
    "regions": "The bank lends across Sub-Saharan Africa and the Indo-Pacific.",
    "acronym": "Exports to APAC rose 4 percent.",
    "bodies": "The Caribbean Development Bank said growth in the Caribbean would slow. Asia Pacific Resources said it would sell its mine.",
    "company": "Growth in LatAm slowed, LatAm Logistics said.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, region",
    [("short", "LatAm"), ("subject", "LatAm"), ("regions", "Sub-Saharan Africa"), ("regions", "Indo-Pacific"), ("acronym", "APAC"), ("company", "LatAm")],
    ids=["short-name", "short-name-subject", "subregion", "indo-pacific", "acronym", "beside-a-body-named-after-it"],
)
def test_a_region_is_no_actor(found, doc_id, region):
    assert found.overlapping(doc_id, region) == []


@pytest.mark.parametrize(
    "doc_id, name",
    [("short", "Inter-American Development Bank"), ("bodies", "Caribbean Development Bank"), ("bodies", "Asia Pacific Resources"), ("company", "LatAm Logistics")],
    ids=["other-body", "bank-named-for-a-region", "company-named-for-a-region", "company-named-for-a-short-name"],
)
def test_a_longer_name_holding_a_region_stays_a_body(found, doc_id, name):
    """Only a mention that is the region's whole name is the place: a body named after a region keeps its name."""
    mention = found.mention(doc_id, name, ARTICLES[doc_id].count(name) - 1)
    assert mention is not None and mention[3] == "ORGANIZATION"
