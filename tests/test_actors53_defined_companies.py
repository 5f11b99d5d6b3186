"""A one-word name the model leaves untagged is a company where the text defines it as one: the subject of 'is a
start-up / company / platform / network', a name with such a noun in apposition, the company of a founder or CEO
(GUIDELINES R750). On sentences written for this test."""

from __future__ import annotations

import pytest

ARTICLES = {
    "copula": "Zumbly is a delivery start-up based in Lima. Last year Zumbly hired forty couriers.",
    "apposition": "Quindor, a fintech company, raised $5 million in May.",
    "network": "Leaders at Tiendify: Julia Mena, CEO; Pablo Soto, COO\n\nTiendify is a network that links corner shops with farms.",
    "founder": "Lucia Perez, founder and CEO at Mendaro\n\nMendaro lends to small shops in Cali.",
    "before": "The start-up Zumbly hired ten people.",
    "article": "The founder of the Method, Ana Gil, teaches in Lima.",
    "headline": "Maize Is Now a Network of Farms\n\nGrowers met on Monday.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name, occurrence, actor_id",
    [
        ("copula", "Zumbly", 0, "org:zumbly"),
        ("copula", "Zumbly", 1, "org:zumbly"),
        ("apposition", "Quindor", 0, "org:quindor"),
        ("network", "Tiendify", 1, "org:tiendify"),
        ("network", "Tiendify", 0, "org:tiendify"),
        ("founder", "Mendaro", 0, "org:mendaro"),
        ("founder", "Mendaro", 1, "org:mendaro"),
    ],
    ids=["is-a-start-up", "its-repeat", "a-fintech-company", "is-a-network", "network-earlier-mention", "ceo-at", "ceo-repeat"],
)
def test_a_name_the_text_defines_as_a_company_is_one(found, doc_id, name, occurrence, actor_id):
    mention = found.mention(doc_id, name, occurrence)
    assert mention is not None and mention[3:5] == ("ORGANIZATION", actor_id)


def test_a_start_up_noun_before_a_name_makes_it_a_company(found):
    """'start-up' joins the organisation nouns of R70's 'consulting firm Accenture': the model reads the name as a person."""
    mention = found.mention("before", "Zumbly")
    assert mention is not None and mention[3] == "ORGANIZATION"


def test_a_name_with_an_article_after_founder_is_no_company(found):
    assert found.overlapping("article", "Method") == []


def test_a_capitalised_class_noun_is_a_word_of_a_heading(found):
    """'Network' written with a capital in a title-case heading defines nothing: 'Maize' stays no actor."""
    assert found.overlapping("headline", "Maize") == []
