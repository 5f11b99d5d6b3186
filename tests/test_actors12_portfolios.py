"""Portfolios cut out of a minister's title (GUIDELINES R243), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.portfolio_lists import cut_before_a_title, in_a_portfolio_list

ARTICLES = {
    "list": "The Minister of Higher Education and Scientific Research, Amina Diallo, opened the laboratory on Monday.",
    "long list": "The Minister of Education, Tertiary Education, Science and Technology, Mrs Leela Ramdin, launched the project with Huawei.",
    "cut": "Those who face the vote are Social Welfare and Human Security Minister Niran Thongdee and Deputy Finance Minister Anan Chai.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize("doc_id, portfolio", [("list", "Scientific Research"), ("long list", "Tertiary Education"), ("long list", "Science and Technology"), ("cut", "Social Welfare and Human")])
def test_a_portfolio_cut_from_a_title_is_no_actor(found, doc_id, portfolio):
    assert found.overlapping(doc_id, portfolio) == []


def test_the_minister_and_the_bodies_beside_the_title_stay(found):
    assert found.mention("list", "Amina Diallo")[3] == "PERSON"
    assert found.mention("cut", "Niran Thongdee")[3] == "PERSON"
    assert found.mention("long list", "Huawei")[3] == "ORGANIZATION"


def test_the_list_needs_the_minister_s_of_and_a_link_before_the_name(blank_nlp):
    doc = blank_nlp("the Minister of Trade and Industry Policy met the Board of Trade and Export Council")
    assert in_a_portfolio_list(doc, 5)  # 'Industry Policy' after 'Minister of Trade and'
    assert not in_a_portfolio_list(doc, 13)  # 'Export Council' after 'Board of Trade and': no minister
    assert not in_a_portfolio_list(doc, 3)  # 'Trade' right after 'of' is R67's


def test_a_cut_needs_the_title_within_three_capitalised_words(blank_nlp):
    doc = blank_nlp("Labour and Human Security Minister Ann Lee ; Acme Gold Mining Company Limited Minister")
    assert cut_before_a_title(doc, 2)  # 'Labour and' + 'Human Security Minister'
    assert not cut_before_a_title(doc, 9)  # 'Acme' + four capitalised words, then a title
