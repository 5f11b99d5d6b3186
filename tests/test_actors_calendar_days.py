"""A month and a day number in a dateline is no person (GUIDELINES R261), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.dateline_mentions import drop_calendar_days

ARTICLES = {
    "app": "ISLAMABAD, Jun 3 (APP): The federal cabinet approved the budget strategy paper on Monday.",
    "ips": "MARSABIT, KENYA, Jun 3 2022 (IPS) - Herders said the drought had killed most of their livestock.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize("doc_id", ["app", "ips"])
def test_a_dateline_day_is_no_actor(found, doc_id):
    assert found.overlapping(doc_id, "Jun 3") == []


@pytest.mark.parametrize(
    "text, expected",
    [("Jun 3", []), ("Sept. 14", []), ("June 3 , 2022", []), ("June Carter", ["June Carter"]), ("May", ["May"])],
    ids=["abbreviation", "dotted", "with-year", "first-name", "surname-alone"],
)
def test_only_a_month_with_day_numbers_is_dropped(blank_nlp, text, expected):
    doc = blank_nlp(text)
    kept = drop_calendar_days(doc, [Candidate(0, len(doc), "PERSON", "person:x", text, priority=1)])
    assert [doc[c.start : c.end].text for c in kept] == expected
