"""Fiscal years (R391), an ordinal "second" before a noun (R392) and ranges of years (R393), through the pipeline."""

from __future__ import annotations

import pytest

ANCHOR = "2025-01-06"


def _dates(doc):
    return [(span.text, span.label_, span._.date_value, span._.date_mod) for span in doc.spans["dates"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry cut spending in fiscal year 2022-2023, officials said.", [("fiscal year 2022-2023", "DATE", "2023", None)]),
        ("Exports rose sharply in fiscal year 2023, the bank said.", [("fiscal year 2023", "DATE", "2023", None)]),
        ("The agency expects FY2024 revenue to grow.", [("FY2024", "DATE", "2024", None)]),
        ("The company raised its FY24 outlook on Monday.", [("FY24", "DATE", "2024", None), ("Monday", "DATE", "2025-01-06", None)]),
        ("Tax receipts in FY 2023-24 beat the target.", [("FY 2023-24", "DATE", "2024", None)]),
        ("Arrests remain under fiscal year 2014 levels, the report said.", [("fiscal year 2014", "DATE", "2014", None)]),
    ],
    ids=["fiscal-year-range", "fiscal-year", "fy-glued", "fy-two-digits", "fy-range", "under-levels-no-mod"],
)
def test_dates_fiscal_year_is_one_date_valued_by_its_end(process, text, expected):
    assert _dates(process(text, published=ANCHOR)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor won a second consecutive term in a landslide.",
        "Voters gave the mayor a second term despite the scandal.",
        "The senator said she would seek a third term.",
    ],
    ids=["second-consecutive-term", "second-term", "third-term"],
)
def test_dates_ordinal_before_term_is_no_duration(process, text):
    assert _dates(process(text, published=ANCHOR)) == []


def test_dates_a_second_alone_stays_a_duration(process):
    assert _dates(process("The lights went out for a second.", published=ANCHOR)) == [("a second", "DURATION", "PT1S", None)]
    assert _dates(process("The party paid for a 30-second ad.", published=ANCHOR)) == [("30-second", "DURATION", "PT30S", None)]


def test_dates_preposition_of_the_noun_after_is_no_modifier(process):
    # "about" governs "campaign", not the year: no APPROX (R391)
    assert _dates(process("The board talked about the 2016 campaign for hours.", published=ANCHOR))[0][2:] == ("2016", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Imports doubled in 2020-2022, the customs office said.", [("2020-2022", "DATE", "2020", None)]),
        ("Output fell from 2019-21 as mines closed.", [("2019-21", "DATE", "2019", None)]),
        ("The cabinet of 1989–1991 left a large debt.", [("1989–1991", "DATE", "1989", None)]),
    ],
    ids=["four-digit-end", "two-digit-end", "en-dash-token"],
)
def test_dates_year_range_is_one_date_valued_by_its_start(process, text, expected):
    assert _dates(process(text, published=ANCHOR)) == expected
