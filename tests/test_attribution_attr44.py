"""Speech reports checked in issue 9's attr44 round (GUIDELINES R500-R509). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sources(records):
    return [(record.text, None if record.source is None else (record.source.text, record.source.cue.text)) for record in records]


@pytest.mark.parametrize(
    "text, claim",
    [
        # R500: "who" stands for people, whatever noun it hangs on
        ("The levy was attacked by dozens of farmers who claim it ruined them, but the council has kept it.", "who claim it ruined them"),
        # ... and a speech verb coordinated with the verb of the "who" clause speaks for it too
        ("The mayor met Jane Roe, who answered her door on Sunday and said she planned to vote for the levy.", "said she planned to vote for the levy"),
    ],
)
def test_who_clause_with_a_reported_clause_speaks(claims_of, text, claim):
    assert ((claim, ("who", claim.split()[1] if claim.startswith("who") else claim.split()[0]))) in _sources(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # Not (R500): without a reported clause the verb names an act
        "The cheque came from a neighbour who wrote a note on it.",
        # Not: a "who" clause on the subject says who the subject is
        "Farmers who say the levy ruined them were divided over the new bridge.",
    ],
)
def test_who_clause_without_report_gives_no_nested_claim(claims_of, text):
    assert all(source is None or source[0] != "who" for _, source in _sources(claims_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        # R501: "That said," opening a sentence is a connective ("even so"), not a report by "That"
        "That said, the mayor cannot realistically win the vote outright at this point.",
        "But that said, the council will keep the toll for another year.",
    ],
)
def test_that_said_is_no_report(claims_of, text):
    assert [source for _, source in _sources(claims_of(text))] == [None]


def test_that_said_leaves_the_report_after_it(claims_of):
    # R501: the report after the connective keeps its own speaker
    records = claims_of("That said, farmers say they believe the levy will require years of effort.")
    assert [source for _, source in _sources(records)] == [("farmers", "say")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Not: "that" as a speaker's subject with a clause or quotation of its own
        ("The mayor sent a letter. That said the bridge would close in May.", ("That", "said")),
        ("\"That said, I do not like the toll,\" the mayor said.", ("the mayor", "said")),
    ],
)
def test_that_said_without_a_comma_or_inside_a_quotation(claims_of, text, speaker):
    assert _sources(claims_of(text))[-1][1] == speaker
