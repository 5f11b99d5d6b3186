"""A count before "of the" states the whole as a count too: "182 of the 288 seats" (R390)."""

from __future__ import annotations

import pytest


def counts(doc) -> list[tuple]:
    return [(span.text, span._.figure_value, span._.figure_unit) for span in doc.spans["figures"] if span.label_ == "COUNT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The party won 182 of the 288 seats in the election.", [("182", 182, "seats"), ("288", 288, "seats")]),
        ("The union said 40 of the 120 workers were dismissed.", [("40", 40, "workers"), ("120", 120, "workers")]),
        ("Rebels now hold three of the 15 provinces, the army said.", [("three", 3, "provinces"), ("15", 15, "provinces")]),
        ("He secured at least 37 of the 60 seats at stake.", [("at least 37", 37, "seats"), ("60", 60, "seats")]),
    ],
    ids=["digits", "digits-reported", "words-part", "approximated-part"],
)
def test_figures_part_and_whole_are_counts(process, text, expected):
    assert counts(process(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 288 seats were contested.",  # no part before "of the": refers back (R22)
        "Article 3 of the 1984 Convention bans torture.",  # a year in a name, no plural noun counted
    ],
    ids=["no-part", "year-in-name"],
)
def test_figures_whole_without_part_stays_out(process, text):
    assert ("288", 288, "seats") not in counts(process(text)) and ("1984", 1984, "Convention") not in counts(process(text))
