"""Beliefs and polls checked in round seventeen (GUIDELINES R430-R432): a poll or survey phrase after its clause, a
reporting noun with an owner as the subject of "be" and a that-clause, a belief adjective with a clause. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.claims.cues import CueTable
from claimspan.loader import pipeline_dir
from claimspan.tables import CueEntry, read_table


def _speaker(records):
    (record,) = records
    return None if record.source is None else (record.source.text, record.source.cue.text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R430: a poll or survey phrase after the main clause's verb reports the clause
        ("The mayor trails his rival by six points in the latest Gallup poll.", ("the latest Gallup poll", "in")),
        ("In March, Halvorsen had 38 percent support in a Marist poll.", ("a Marist poll", "in")),
        ("Brandt went into the forum with a widening lead in the latest Quinnipiac survey.", ("the latest Quinnipiac survey", "in")),
    ],
)
def test_poll_after_its_clause_is_the_source(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Not (R430): an unnamed poll tells where someone stands
        ("The mayor trails his rival by six points in the latest poll.", None),
        ("The governor has a wide lead in the polls.", None),
        ("Brandt is behind by three points in the polls against Halvorsen.", None),
        ("Most voters viewed the plan favorably in the mid-January poll.", None),
        # Not: a phrase in a relative clause or a participle describes a noun
        ("The voters questioned in the survey were mostly young.", None),
        # Not: in a reported clause the speaker stays the source
        ("The mayor said the bridge was safe in a new survey of engineers.", ("The mayor", "said")),
    ],
)
def test_poll_inside_a_description_or_a_report_is_no_source(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R431: an owned reporting noun as the subject of "be" with a that-clause
        ("Senator Ruiz's view is that the bill is a giveaway to insurers.", ("Senator Ruiz's", "view")),
        ("The union's argument was that the new rota would need twice as many drivers.", ("The union's", "argument")),
        ("Their fear is that the new bridge will be too late for the harvest.", ("Their", "fear")),
        # Not: no owner, or a first-person one (R361)
        ("The problem is that the bill is a giveaway to insurers.", None),
        ("My view is that the bill is a giveaway to insurers.", None),
    ],
)
def test_owned_reporting_noun_before_be_that(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R432: a belief adjective after a linking verb, with a clause
        ("Her backers remain confident that she will carry the county.", ("Her backers", "confident")),
        ("The senator's advisers were optimistic that the bill would pass.", ("The senator's advisers", "optimistic")),
        ("Many farmers are convinced that the tax plan would hurt them.", ("Many farmers", "convinced")),
        ("Progressives are worried that the nominee will abandon the platform.", ("Progressives", "worried")),
        # Not: no clause, an expletive subject, a first-person subject (R31)
        ("The mayor is worried about the cost of the bridge.", None),
        ("It is certain that the bridge will reopen in May.", None),
        ("I am sure that the bridge will reopen in May.", None),
    ],
)
def test_belief_adjective_with_a_clause(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


def test_belief_adjectives_stay_out_of_the_type_table():
    # the tagger's features and its veto look words up in the type table, which it was fitted on
    cues = CueTable.from_entries(read_table(pipeline_dir() / "cues.jsonl", CueEntry))
    assert cues.adjectives["confident"] == "belief" and "confident" not in cues.types and "optimistic" not in cues.nouns
