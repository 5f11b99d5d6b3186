"""As-clauses checked in round eighteen (GUIDELINES R460-R461): "as X pointed out" and an as-clause between a clause's
subject and its verb report the clause they hang on. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sources(records):
    return [(record.text, None if record.source is None else (record.source.text, record.source.cue.text)) for record in records]


@pytest.mark.parametrize(
    "text, claim, speaker",
    [
        # R460: the particle of "point out" adds no content of its own; R450 makes it part of the cue
        ("And as the senator pointed out, the rulings have a real impact on families in the north.", "the rulings have a real impact on families in the north", ("the senator", "pointed out")),
        ("As the auditor pointed out in her report, the council spent twice its budget on roads.", "the council spent twice its budget on roads", ("the auditor", "pointed out")),
        # R461: an as-clause right after a subject with no verb of its own reports the whole clause
        ("And that, as the mayor points out, is a lot of money for a small town.", "And that, as the mayor points out, is a lot of money for a small town", ("the mayor", "points out")),
        ("The new bridge, as the engineers said on Monday, will not open before May.", "The new bridge, as the engineers said on Monday, will not open before May", ("the engineers", "said")),
        ("But the last part, as the analyst points out, is that the plan was always awkward for the council.", "But the last part, as the analyst points out, is that the plan was always awkward for the council", ("the analyst", "points out")),
    ],
)
def test_as_clause_reports_the_clause(claims_of, text, claim, speaker):
    assert [source for found, source in _sources(claims_of(text)) if found.endswith(claim)] == [speaker]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Not: an as-clause with an object of its own is an act ("as Kyiv pressed allies for air defence")
        ("Prices rose in the north, as the ministry pointed out the new toll to drivers.", "Prices rose in the north"),
        # Not (R461): a subject with a clause of its own keeps R199's edge rule
        ("The fact that the levy passed, as Roe noted, magnifies the power of the farm lobby.", "magnifies the power of the farm lobby"),
    ],
)
def test_as_clause_without_its_clause_reports_nothing_more(claims_of, text, claim):
    assert all(source is None or source[0] != "Roe" and source[0] != "the ministry" for found, source in _sources(claims_of(text)) if found.endswith(claim))
