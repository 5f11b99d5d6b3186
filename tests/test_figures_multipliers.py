"""A number before "times" is a multiplier: its unit is "times", not the noun after it (R394)."""

from __future__ import annotations

import pytest


def counts(doc) -> list[tuple]:
    return [(span.text, span._.figure_value, span._.figure_unit) for span in doc.spans["figures"] if span.label_ == "COUNT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bicycles use eight times less road than cars.", [("eight", 8, "times")]),
        ("The new dam holds roughly 20 times more water than the old one.", [("roughly 20", 20, "times")]),
        ("The town now earns about four times the revenue it had.", [("about four", 4, "times")]),
        ("The new engine is 100 times more powerful than its predecessor.", [("100", 100, "times")]),
    ],
    ids=["times-less-noun", "times-more-noun", "times-the-noun", "times-more-adjective"],
)
def test_figures_multiplier_counts_times(process, text, expected):
    assert counts(process(text)) == expected


def test_figures_counted_noun_unchanged_without_times(process):
    assert counts(process("Goats need six bales of feed a week.")) == [("six", 6, "bales")]
