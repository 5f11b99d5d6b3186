"""A share's whole after "of the" (R331) and a force "N-strong" (R332) are counts."""

from __future__ import annotations

import pytest


def counts(doc) -> list[tuple]:
    return [(span.text, span._.figure_value, span._.figure_unit) for span in doc.spans["figures"] if span.label_ == "COUNT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Half of the 300 villages were flooded, officials said.", ("300", 300, "villages")),
        ("About 40 percent of the 2,000 workers lost their jobs, the union said.", ("2,000", 2000, "workers")),
        ("Two-thirds of the 120 schools were closed.", ("120", 120, "schools")),
        ("A 40,000-strong force was deployed to the region.", ("40,000", 40000, "force")),
        ("Police said a 3,000-strong crowd gathered outside the court.", ("3,000", 3000, "crowd")),
        ("The rebels have a 500-strong militia in the hills, the army said.", ("500", 500, "militia")),
    ],
    ids=["half-of-the", "percent-of-the", "thirds-of-the", "strong-force", "strong-crowd", "strong-militia"],
)
def test_figures_total_and_strength_are_counts(process, text, expected):
    assert expected in counts(process(text))


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed a deal. Half of the two countries' trade is in oil.",  # words: refers back (R22)
        "The 300 villages were flooded.",  # no share before "the"
        "The 2010-09 report was cited.",  # a code joined by a hyphen
    ],
    ids=["words-refer-back", "the-without-share", "hyphen-code"],
)
def test_figures_definite_counts_and_codes_stay_out(process, text):
    assert counts(process(text)) == []
