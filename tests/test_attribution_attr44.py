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
