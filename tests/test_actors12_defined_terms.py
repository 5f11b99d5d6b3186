"""Abbreviations of terms and titles defined in brackets (GUIDELINES R248), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.defined_terms import abbreviates_a_term

ARTICLES = {
    "gans": "Painters now rely on tools called Generative Adversarial Networks (GANs) for portraits. GANs are pairs of competing programs, said Lena Osei.",
    "igp": "The Inspector General of Police (IGP) has ordered an inquiry. The IGP wishes to thank the public, said Kwame Boateng.",
    "ict": "Schools will promote Information and Communication Technology (ICT) in every district, said Akosua Frimpong.",
    "mp": "Member of Parliament (MP) for the area, Ama Serwaa, said Parliament would debate the bill.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name",
    [("gans", "Generative Adversarial Networks"), ("gans", "GANs are"), ("igp", "Inspector General of Police"), ("igp", "IGP wishes"), ("ict", "Information and Communication Technology")],
)
def test_a_listed_abbreviation_and_the_name_it_abbreviates_are_no_actors(found, doc_id, name):
    assert found.overlapping(doc_id, name) == []


def test_the_persons_and_a_body_inside_a_title_stay(found):
    assert found.mention("gans", "Lena Osei")[3] == "PERSON"
    assert found.mention("igp", "Kwame Boateng")[3] == "PERSON"
    # 'Parliament' spells no 'MP': the body inside the title stays, here and after
    assert found.mention("mp", "Parliament")[3] == "ORGANIZATION"
    assert found.mention("mp", "Parliament", 1)[3] == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("Generative Adversarial Networks ( GANs ) work", 0, 3, True),
        ("Inspector General of Police ( IGP ) said", 0, 4, True),
        ("Member of Parliament ( MP ) said", 2, 3, False),
        ("National Democratic Congress ( NDC ) said", 0, 3, False),
        ("Gross Domestic Product ( GDP )", 0, 3, True),
    ],
)
def test_abbreviates_a_term(blank_nlp, text, start, end, expected):
    terms = frozenset({"gans", "igp", "mp", "gdp"})
    assert abbreviates_a_term(blank_nlp(text), start, end, terms) is expected
