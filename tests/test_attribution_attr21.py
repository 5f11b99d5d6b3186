"""Attributions checked in round sixteen (GUIDELINES R360, R361, R370): a poll or survey named by a sentence-opening
"In ..." phrase, "confidence" and a reporting noun's clause without "that", and a definite description that names
an organisation met earlier. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.claims.cues import CueTable
from claimspan.loader import pipeline_dir
from claimspan.tables import CueEntry, read_table


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R360: a poll or survey opening the sentence is the source of its main clause, with cue "in"
        ("In a Gallup poll released Monday, most voters named the economy as their top concern.", "most voters", ("a Gallup poll released Monday", "In")),
        ("In a survey by the Pew Research Center, 60 percent of adults backed the plan.", "60 percent", ("a survey by the Pew Research Center", "In")),
        ("In the latest polls, the mayor trails his rival by six points.", "the mayor trails", ("the latest polls", "In")),
        ("In the study, which was funded by the state, most patients recovered within a week.", "most patients", ("the study", "In")),
    ],
)
def test_poll_opening_the_sentence_is_the_source(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_poll_opening_the_sentence_reports_what_its_respondents_said(claims_of):
    # R360 with R136: the respondents keep their own cue, and the poll reports what they said
    records = claims_of("In a survey released Monday, 40 percent of likely voters said they backed the senator.")
    sources = {(record.source.text, record.source.cue.text) for record in records if record.source is not None}
    assert ("a survey released Monday", "In") in sources


@pytest.mark.parametrize(
    "text, expected",
    [
        # Not (R360): a speech event names no source, its speaker does
        ("In a speech on Monday, he said the plan would fail.", ("he", "said")),
        ("In a statement, the company denied any wrongdoing.", ("the company", "denied")),
        # Not: no reporting noun after "in"
        ("In the city, prices rose by 5 percent last year.", None),
        # Not: the phrase does not open the sentence
        ("The mayor trails his rival by six points in the latest poll.", None),
    ],
)
def test_in_without_an_opening_poll_is_no_cue(claims_of, text, expected):
    (record,) = claims_of(text)
    assert (None if record.source is None else (record.source.text, record.source.cue.text)) == expected


def test_in_is_no_cue_word_of_the_type_table():
    # the tagger's features and the veto look words up in the type table: "in" must not become a cue word there
    cues = CueTable.from_entries(read_table(pipeline_dir() / "cues.jsonl", CueEntry))
    assert cues.prep_needs == {"in": "evidential"} and "in" not in cues.types and "in" in cues.preps


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R361: "confidence" is a belief noun; its source is the subject of the verb it is the object of
        ("The senator expressed confidence that the bill would pass.", "the bill would pass", ("The senator", "expressed")),  # a table verb before the noun is the cue (R512)
        # ... and a belief or speech noun's clause may follow it without "that"
        ("The senator expressed confidence the bill would pass this week.", "the bill would pass", ("The senator", "expressed")),
        ("The mayor voiced confidence the city would recover quickly.", "the city would recover", ("The mayor", "confidence")),
        ("The union's hope the strike would end soon faded on Monday.", "the strike would end", ("The union's", "hope")),
    ],
)
def test_confidence_and_a_reporting_noun_without_that(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # R361: a reporting noun owned by the first person gives no source
        "Our view that the deal is bad has not changed.",
        "It is our belief that the plan will fail.",
        # Not: a relative clause after the noun, whose verb takes the noun as its object, is no content
        "The view the party holds on trade has not changed since 2010.",
        "The claim the senator made last week was repeated by his aides on Monday.",
        # Not: a finding or decision needs its that-clause
        "The firm's decision the plant would close shocked workers.",
    ],
)
def test_reporting_noun_without_a_source(claims_of, text):
    assert all(record.source is None for record in claims_of(text))


def _source_actor(records, fragment):
    (record,) = [record for record in records if fragment in record.text]
    return record.source.actor_id if record.source is not None else "no source"


@pytest.mark.parametrize(
    "text, fragment, actor_id",
    [
        # R370: "the <noun>" takes the id of the nearest organisation named before whose name holds the noun
        ("The Federal Election Commission fined the campaign $50,000 in March. The commission said the campaign had broken the law.", "The commission said", "org:federal-election-commission"),
        ("The Congressional Budget Office released its estimate on Monday. The budget office said the bill would cost $2 billion.", "The budget office said", "org:congressional-budget-office"),
        ("The Environmental Protection Agency issued new rules. Critics attacked them. The agency said the rules would save lives.", "The agency said", "org:environmental-protection-agency"),
        # ... of two, the one whose name also holds the description's modifier, though the other is nearer
        ("The Federal Election Commission and the Securities and Exchange Commission met on Monday. The election commission said it would act.", "The election commission", "org:federal-election-commission"),
        # Not: no body named before, or none whose name holds the noun
        ("The commission said the vote was fair. The Federal Election Commission met again on Friday.", "The commission said", None),
        ("Officials at the Justice Department met the governor. The ministry said the meeting went well.", "The ministry said", None),
        # Not: a modifier the name lacks makes it another body ("the local party" is no national party)
        ("The Republican Party chose its slate on Monday. The local party said the slate was final.", "The local party said", None),
        # Not: the description is not the source's head ("the commission's lawyers" are people)
        ("The Federal Election Commission met on Monday. The commission's lawyers said the vote was fair.", "lawyers said", None),
    ],
)
def test_definite_description_takes_the_body_named_before(claims_of, text, fragment, actor_id):
    assert _source_actor(claims_of(text), fragment) == actor_id
