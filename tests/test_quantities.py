"""quantities.read_figure: figure text -> value / low / high / approx / unit, written by hand from GUIDELINES R24."""

from __future__ import annotations

import pytest

from claimspan.errors import ClaimspanError
from claimspan.quantities import parse_number, read_figure
from claimspan.tables import FigureWord, read_table


# (text, value, low, high, approx, unit)
READINGS = [
    ("16", 16, 16, 16, False, None),
    ("6,000-6,500", 6250, 6000, 6500, False, None),
    ("an estimated 6,000-6,500", 6250, 6000, 6500, True, None),
    ("US$ 1.6 billion", 1.6e9, 1.6e9, 1.6e9, False, "USD"),
    ("$5 million", 5e6, 5e6, 5e6, False, "USD"),
    ("Rs 10bn", 1e10, 1e10, 1e10, False, "INR"),
    ("€3.2 billion", 3.2e9, 3.2e9, 3.2e9, False, "EUR"),
    ("€ 1.78 billion", 1.78e9, 1.78e9, 1.78e9, False, "EUR"),
    ("$5m", 5e6, 5e6, 5e6, False, "USD"),
    ("four cents", 0.04, 0.04, 0.04, False, "USD"),
    ("20 million US dollars", 2e7, 2e7, 2e7, False, "USD"),
    ("20 to 25 percent", 22.5, 20, 25, False, "percent"),
    ("4.5%", 4.5, 4.5, 4.5, False, "percent"),
    ("2.5 per cent", 2.5, 2.5, 2.5, False, "percent"),
    ("sixteen", 16, 16, 16, False, None),
    ("Twenty-five", 25, 25, 25, False, None),
    ("three hundred and fifty", 350, 350, 350, False, None),
    ("Three-and-a-half", 3.5, 3.5, 3.5, False, None),
    ("two and a half million", 2.5e6, 2.5e6, 2.5e6, False, None),
    ("a dozen", 12, 12, 12, False, None),
    ("two dozen", 24, 24, 24, False, None),
    ("a thousand", 1000, 1000, 1000, False, None),
    ("almost a thousand", 1000, None, 1000, True, None),
    ("nearly 40", 40, None, 40, True, None),
    ("up to 500", 500, None, 500, True, None),
    ("about 300", 300, 300, 300, True, None),
    ("some 30", 30, 30, 30, True, None),
    ("more than 25", 25, 25, None, False, None),
    ("at least 12", 12, 12, None, False, None),
    ("less than 5 percent", 5, None, 5, False, "percent"),
    ("between 60 and 90", 75, 60, 90, False, None),
    ("two or three", 2.5, 2, 3, True, None),
    ("$5-6 billion", 5.5e9, 5e9, 6e9, False, "USD"),
    ("5 to 10 million", 7.5e6, 5e6, 1e7, False, None),
    ("dozens", None, None, None, True, None),
    ("Scores", None, None, None, True, None),
    ("tens of thousands", None, None, None, True, None),
    ("millions of dollars", None, None, None, True, "USD"),
]


@pytest.mark.parametrize("text, value, low, high, approx, unit", READINGS, ids=[row[0] for row in READINGS])
def test_quantities_read_figure(lexicon, text, value, low, high, approx, unit):
    quantity = read_figure(text, lexicon)
    assert quantity is not None
    assert (quantity.value, quantity.low, quantity.high) == (
        pytest.approx(value) if value is not None else None,
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
    )
    assert (quantity.approx, quantity.unit) == (approx, unit)


@pytest.mark.parametrize(
    "text",
    ["second", "1st", "300E", "9 to 5", "2010-09", "several", "", "percent"],
    ids=["ordinal word", "ordinal digits", "model code", "falling range", "code", "vague quantifier", "empty", "no number"],
)
def test_quantities_read_figure_rejects(lexicon, text):
    assert read_figure(text, lexicon) is None


@pytest.mark.parametrize(
    "text, expected",
    [("1,200", 1200), (".5", 0.5), ("million", 1e6), ("thirty", 30), ("10bn", 1e10), ("2.4 billion", 2.4e9), ("half a million", 5e5), ("first", None)],
)
def test_quantities_parse_number(lexicon, text, expected):
    assert parse_number(text, lexicon) == expected


@pytest.mark.parametrize(
    "line",
    [
        '{"text": "$", "kind": "currency"}',
        '{"text": "about", "kind": "approximator", "bound": "approx"}',
        '{"text": "dozens", "kind": "vague", "value": 24}',
        '{"text": "%", "kind": "percent", "code": "PCT"}',
        '{"text": "bn", "kind": "scale", "value": 0}',
    ],
    ids=["currency without code", "approximator without approx", "vague with value", "percent with code", "zero scale"],
)
def test_quantities_table_line_rejected(tmp_path, line):
    path = tmp_path / "figure_units.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ClaimspanError, match=r"\[E201\].*figure_units.jsonl:1"):
        read_table(path, FigureWord)
