"""Word tables for TIMEX3 normalisation (timex.py) and the Timex result type.

Mods follow the TimeML 1.2.1 guidelines: "late"/"end of" END, "early"/"beginning of" START, "mid"
MID, "about"/"around"/"or so"/"a couple of" APPROX, "over"/"more than" MORE_THAN, "almost"/"nearly"/
"less than" LESS_THAN, "at least" EQUAL_OR_MORE, "up to"/"at most" EQUAL_OR_LESS. On a point in time
("over three years ago") MORE_THAN becomes BEFORE and LESS_THAN becomes AFTER.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
WEEKDAYS = {name: number for number, names in enumerate((
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")), start=1) for name in names}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# unit word -> (ISO duration unit, multiplier, calendar granularity of a point "N units ago")
UNITS = {
    "second": ("TS", 1, "day"), "minute": ("TM", 1, "day"), "hour": ("TH", 1, "day"),
    "day": ("D", 1, "day"), "week": ("W", 1, "week"), "fortnight": ("W", 2, "week"),
    "month": ("M", 1, "month"), "quarter": ("M", 3, "quarter"), "year": ("Y", 1, "year"),
    "decade": ("Y", 10, "decade"), "century": ("Y", 100, "century"),
}
PLURALS = {"centuries": "century", "yrs": "year", "hrs": "hour", "mins": "minute", "secs": "second"}
# Words between a number and its unit that leave the amount as it is: "two more weeks", "six straight days",
# "the past five trading days" (GUIDELINES R985)
UNIT_QUALIFIERS = frozenset({"more", "additional", "extra", "further", "straight", "consecutive", "successive", "full", "whole", "trading", "business", "working"})
# Vague quantities give an X in the value ("several years" -> PXY, TimeML 1.2.1).
VAGUE = frozenset({"", "several", "few", "a few", "many", "some", "recent", "coming", "the coming", "the past", "past", "the last", "last", "the next", "next", "numerous"})
# Longest first, so "more than" wins over shorter prefixes; the mod applies to the rest of the phrase.
PREFIX_MODS = (
    ("no more than ", "EQUAL_OR_LESS"), ("no less than ", "EQUAL_OR_MORE"), ("the beginning of ", "START"),
    ("the middle of ", "MID"), ("the start of ", "START"), ("beginning of ", "START"), ("the end of ", "END"),
    ("middle of ", "MID"), ("approximately ", "APPROX"), ("more than ", "MORE_THAN"), ("less than ", "LESS_THAN"),
    ("start of ", "START"), ("at least ", "EQUAL_OR_MORE"), ("end of ", "END"), ("at most ", "EQUAL_OR_LESS"),
    ("roughly ", "APPROX"), ("almost ", "LESS_THAN"), ("nearly ", "LESS_THAN"), ("around ", "APPROX"),
    ("about ", "APPROX"), ("up to ", "EQUAL_OR_LESS"), ("under ", "LESS_THAN"), ("early ", "START"),
    ("over ", "MORE_THAN"), ("late ", "END"), ("mid ", "MID"), ("the late ", "END"), ("the early ", "START"), ("the mid ", "MID"),
)
SUFFIX_MODS = ((" or so", "APPROX"), (" or more", "EQUAL_OR_MORE"), (" or less", "EQUAL_OR_LESS"))
# Words that may stand just left of a temporal expression and belong to it (the component extends to them).
MODIFIER_WORDS = frozenset(word for prefix, _ in PREFIX_MODS for word in prefix.split() if word not in {"the", "of"})
POINT_MODS = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE", "EQUAL_OR_LESS": "ON_OR_AFTER"}
REFERENCES = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "the present": "PRESENT_REF", "currently": "PRESENT_REF",
              "the past": "PAST_REF", "recently": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF"}
SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
               "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W"}
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
RELATIVE_OFFSETS = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "the coming": 1, "following": 1}


@dataclass(frozen=True)
class Timex:
    """A normalised temporal expression: TIMEX3 type, value and mod."""

    type: str
    value: str
    mod: Optional[str] = None


