"""Belief and speech acts checked in round nineteen (GUIDELINES R510-R519). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R510: "as" on a noun of a phrase between the object and the predicate
        ("The governor described the plan during a radio interview as a relic of another era.", "described the plan", ("The governor", "described")),
        # R510: "as" on the object's own phrase
        ("The paper characterized the farmers' view of the new dam as a mix of fear and anger.", "characterized the farmers", ("The paper", "characterized")),
        # R510: "as" as the marker of a predicate participle the parser made the head
        ("Some outside analysts see the minister's push for a deal as driven by their fear of a long war.", "see the minister", ("Some outside analysts", "see")),
        # R510: "as" before a predicate adjective the parser made the head
        ("Voters still view the mayor as far better prepared for the job.", "view the mayor", ("Voters", "still view")),
    ],
)
def test_predicate_as_below_the_object(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment",
    [
        # Not: an as-clause with a subject of its own is a time clause, not the predicate
        ("The reporter saw the mayor in the square as the crowd left.", "saw the mayor"),
        # Not: "as well as" joins two objects
        ("The mayor described the bridge as well as the road.", "described the bridge"),
    ],
)
def test_as_that_is_no_predicate(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R512: "expressed" + a noun with its that-clause reports the clause as the subject's belief
        ("The ministry expressed doubt that the rebels could build such a weapon.", ("The ministry", "expressed")),
        ("Farmers in the valley expressed alarm that grain prices had fallen so fast.", ("Farmers in the valley", "expressed")),
    ],
)
def test_expressed_noun_with_clause(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), "expressed") == speaker


def test_expressed_noun_without_clause_reports_nothing(claims_of, source_of):
    # Not (R512, R49): a stance or feeling with no clause reports no proposition
    assert source_of(claims_of("The mayor expressed support for the new bridge."), "expressed") is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R513: a person's pronoun and where the poll places them is the finding
        ("Polls in the state show him with a big lead.", ("Polls in the state", "show")),
        ("Every survey this month has shown them well behind the mayor.", ("Every survey", "has shown")),
    ],
)
def test_poll_places_a_person(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), "show") == speaker


def test_study_finding_a_person_somewhere_reports_nothing(claims_of, source_of):
    # Not (R513): only "show" places someone; "found them in the archive" says where they were found
    assert source_of(claims_of("The study found them in the archive."), "found") is None
