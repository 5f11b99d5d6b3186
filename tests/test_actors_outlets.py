"""A one-word name that is only ever told things is a news outlet (GUIDELINES R260), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.outlets import outlets_told

ARTICLES = {
    "dawn": "PESHAWAR - The PTI leader told Dawn that the party would hold a rally in Mardan. \"We will not bow down,\" a party spokesman later told Dawn.",
    "clarin": "BUENOS AIRES - The senator told Clarín on Sunday that the pension bill would pass before March.",
    "kathmandu": "KATHMANDU - A finance ministry official told Setopati that the budget would prioritise Karnali Province.",
    "person": "Judge Amina Okafor told Bello that the hearing was over. Bello, who had waited for two years, said he would appeal.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, outlet, occurrence",
    [("dawn", "Dawn", 0), ("dawn", "Dawn", 1), ("clarin", "Clarín", 0), ("kathmandu", "Setopati", 0)],
)
def test_an_outlet_told_things_is_an_organisation(found, doc_id, outlet, occurrence):
    mention = found.mention(doc_id, outlet, occurrence)
    assert mention is not None and mention[3] == "ORGANIZATION"
    assert mention[4].startswith("org:")


def test_a_person_told_things_who_also_acts_stays_a_person(found):
    assert {mention[3] for mention in found.by_article["person"] if mention[2] == "Bello"} == {"PERSON"}


@pytest.mark.parametrize(
    "words, person_start, actor_id, expected",
    [
        (["Madi", "told", "Haaretz", "that"], 2, "person:haaretz", "ORGANIZATION"),
        (["Liu", "told", "Leifer", "that"], 2, "person:malka-leifer", "PERSON"),  # linked to a full name elsewhere
        (["Liu", "met", "Haaretz", "twice"], 2, "person:haaretz", "PERSON"),  # not told anything
    ],
    ids=["told", "linked", "not-told"],
)
def test_only_unlinked_names_after_told_change(blank_nlp, words, person_start, actor_id, expected):
    doc = blank_nlp(" ".join(words))
    person = Candidate(person_start, person_start + 1, "PERSON", actor_id, words[person_start], priority=1)
    (result,) = outlets_told(doc, [person])
    assert result.label == expected
    assert result.actor_id == (f"org:{actor_id[7:]}" if expected == "ORGANIZATION" else actor_id)
