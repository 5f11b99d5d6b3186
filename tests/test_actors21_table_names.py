"""R380-R382: table names in lower case, table names at the end of a longer name, and the state of a ministry the
tables do not know. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A memo by the homeland security agent, dated last week, lists the names.",
        "Homeland security officials searched his luggage at the airport.",
        "He was a former secretary of homeland security under the last president.",
    ],
)
def test_a_lower_case_alias_is_a_common_phrase(actor_ids, text):
    """R380: 'homeland security' in lower case is a field of policy, not the department."""
    assert [actor_id for _, actor_id in actor_ids(text) if actor_id == "org:dhs"] == []


@pytest.mark.parametrize(
    "text, name, actor_id",
    [
        ("The department of homeland security said it would review the case.", "department of homeland security", "org:dhs"),
        ("He said al qaeda operatives had planned the attack.", "al qaeda", "group:al-qaeda"),
        ("The Homeland Security agent said the passport was false.", "Homeland Security", "org:dhs"),
    ],
)
def test_a_lower_case_name_the_table_allows_stays(actor_ids, text, name, actor_id):
    """R380: the full name as a whole phrase, and a name the table itself writes in lower case, stay the actor."""
    assert (name, actor_id) in actor_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The National Security Council met on Monday to discuss the budget.",
        "Officials of the Kenyan National Security Council said the plan would fail.",
    ],
)
def test_a_table_name_ending_a_longer_name_is_another_body(actor_ids, text):
    """R381: 'Security Council' is a table name, but 'National Security Council' is a state's own council."""
    found = actor_ids(text)
    assert not any(actor_id == "org:un-security-council" for _, actor_id in found)
    assert any(name.endswith("National Security Council") for name, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council met on Monday to discuss the ceasefire.",
        "The UN's Security Council met on Monday to discuss the ceasefire.",
    ],
)
def test_the_table_name_alone_keeps_its_id(actor_ids, text):
    assert ("Security Council", "org:un-security-council") in actor_ids(text)


def test_a_table_name_inside_a_longer_name_is_another_body(actor_ids):
    """R381: capitalised words of the longer name before the table name, whatever follows it."""
    found = actor_ids("The American Congress of Obstetricians warned against the new rules on Monday.")
    assert not any(actor_id == "org:us-congress" for _, actor_id in found)


def test_the_table_writes_the_longer_names_that_are_its_own(actor_ids):
    found = actor_ids("Sanctions hit the Iranian Revolutionary Guard Corps and its commanders.")
    assert any(actor_id == "org:irgc" for _, actor_id in found)


def test_an_adjective_opening_the_sentence_is_no_part_of_the_name(actor_ids):
    """R381: a capitalised first word that only describes the body leaves the table's name its id."""
    found = actor_ids("Several Organization for Economic Cooperation and Development members backed the levy.")
    assert ("Organization for Economic Cooperation and Development", "org:oecd") in found


@pytest.mark.parametrize(
    "text, name, actor_id",
    [
        ("Kenya's Ministry of Finance said the deficit would grow next year.", "Ministry of Finance", "org:ministry-of-finance-ken"),
        ("NAIROBI, Kenya - The Ministry of Finance said the deficit would grow next year.", "Ministry of Finance", "org:ministry-of-finance-ken"),
        ("Costa Rica's Ministry of Environment and Energy (MINAE) closed the park. MINAE said it would reopen in May.", "MINAE", "org:ministry-of-environment-and-energy-cri"),
    ],
)
def test_an_unknown_ministry_takes_its_state(actor_ids, text, name, actor_id):
    """R382: a possessive or the dateline gives the ministry's state; its acronym shares the id."""
    assert (name, actor_id) in actor_ids(text)


def test_two_states_ministries_keep_their_own_states(actor_ids):
    found = actor_ids("Kenya's Ministry of Finance and Uganda's Ministry of Finance signed the deal on Monday.")
    assert [actor_id for name, actor_id in found if name == "Ministry of Finance"] == ["org:ministry-of-finance-ken", "org:ministry-of-finance-uga"]


def test_a_ministry_without_a_state_keeps_its_name_id(actor_ids):
    found = actor_ids("The Ministry of Finance said the deficit would grow, officials in the capital said.")
    assert ("Ministry of Finance", "org:ministry-of-finance") in found
