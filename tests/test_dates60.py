"""dates60 (R980-R985): holidays, "last November", duration ranges, rates and qualified amounts.

Sentences written for these tests; expected values worked out by hand from the calendar and TimeML 1.2.1.
"""

from datetime import date

import pytest

from claimspan.timex import normalize


def _dates(doc):
    return [(span.text, span.label_, span._.date_value, span._.date_mod) for span in doc.spans["dates"]]


@pytest.mark.parametrize(
    "text, anchor, future, value",
    [
        # 1 November 1999 was a Monday: its Thursdays are the 4th, 11th, 18th and 25th
        ("Thanksgiving Day", date(2000, 1, 7), False, "1999-11-25"),
        # Western Easter 2024 fell on 31 March, Good Friday two days before
        ("Easter Sunday", date(2024, 5, 1), False, "2024-03-31"),
        ("Good Friday", date(2024, 5, 1), False, "2024-03-29"),
        ("Easter", date(2000, 5, 1), False, "2000-04-23"),
        ("Christmas", date(2024, 9, 6), True, "2024-12-25"),
        ("Christmas", date(2024, 3, 6), False, "2023-12-25"),
        ("Christmas 2025", date(2024, 3, 6), False, "2025-12-25"),
        ("New Year's Eve", date(2024, 3, 6), False, "2023-12-31"),
    ],
    ids=["thanksgiving", "easter-sunday", "good-friday", "easter-2000", "christmas-ahead", "christmas-past", "christmas-year", "new-years-eve"],
)
def test_dates60_holidays_r980(text, anchor, future, value):
    assert normalize(text, anchor, future=future).value == value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Crowds filled the square on New Year's Eve.", [("New Year's Eve", "DATE", "2023-12-31", None)]),
        # a holiday's word inside a place's name is no date
        ("The ship sailed on to Easter Island.", []),
    ],
    ids=["new-years-eve", "easter-island"],
)
def test_dates60_holiday_mentions_r980(process, text, expected):
    assert _dates(process(text, published="2024-03-06")) == expected


@pytest.mark.parametrize(
    "text, anchor, value",
    [
        ("last November", date(2000, 1, 13), "1999-11"),
        # in November itself, last November is a year back
        ("last November", date(2024, 11, 20), "2023-11"),
        ("next March", date(2024, 3, 6), "2025-03"),
        ("this May", date(2024, 3, 6), "2024-05"),
    ],
    ids=["last-month-previous-year", "last-month-same-month", "next-month", "this-month"],
)
def test_dates60_relative_month_values_r981(text, anchor, value):
    assert normalize(text, anchor).value == value


def test_dates60_relative_month_span_r981(process):
    doc = process("The clinic moved to a new street last November.", published="2024-03-06")
    assert _dates(doc) == [("last November", "DATE", "2023-11", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The hearing lasted 2-3 hours.", [("2", "DURATION", "PT2H", None), ("3 hours", "DURATION", "PT3H", None)]),
        ("The repairs will take two to three weeks.", [("two", "DURATION", "P2W", None), ("three weeks", "DURATION", "P3W", None)]),
        # "and a half" is part of one amount, not a second bound
        ("The bridge stayed shut for two and a half years.", [("two and a half years", "DURATION", "P2.5Y", None)]),
    ],
    ids=["digits-with-hyphen", "words-with-to", "and-a-half-is-one-amount"],
)
def test_dates60_duration_ranges_r982_r983(process, text, expected):
    assert _dates(process(text, published="2024-03-06")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers held dozens of interviews a day.", [("a day", "SET", "P1D", None)]),
        ("The plant builds 40 tractors at a rate of 12 a month.", [("a month", "SET", "P1M", None)]),
        # a day after an event is how long after, not how often
        ("Rebels shelled the town a day after the ceasefire.", [("a day", "DURATION", "P1D", None)]),
        ("The committee spent a day on the report.", [("a day", "DURATION", "P1D", None)]),
        # the plural noun is a recipient, not a counted amount
        ("The army gave the rebels a week to leave.", [("a week", "DURATION", "P1W", None)]),
    ],
    ids=["count-noun-a-day", "number-a-month", "a-day-after", "spent-a-day", "recipient-not-amount"],
)
def test_dates60_rates_r984(process, text, expected):
    assert _dates(process(text, published="2024-03-06")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry will stay in port for two more weeks.", [("two more weeks", "DURATION", "P2W", None)]),
        ("The index fell for the past four trading days.", [("the past four trading days", "DURATION", "P4D", None)]),
        ("The strike has run for five straight days.", [("five straight days", "DURATION", "P5D", None)]),
        ("Many more days passed.", []),
    ],
    ids=["more-weeks", "trading-days", "straight-days", "no-number"],
)
def test_dates60_qualified_amounts_r985(process, text, expected):
    assert _dates(process(text, published="2024-03-06")) == expected
