"""Numeric dates in every order: '26/07/2022', '07/26/2022', '26.07.2022', '2022/07/26', '26-07-22'.

A numeric date is read day-month-year (DMY), month-day-year (MDY) or, with the year first,
year-month-day (YMD). When both DMY and MDY give a real calendar date and the two differ
('05/07/2022'), the order comes from a weekday written with the date, else from the document's
other numeric dates, else from the order the caller gives (--date-order, or the metadata's
date_order); with none of them the day and month stay underspecified ('2022-XX-XX') rather than
guessed (GUIDELINES R33-R39).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Optional

from .timex_tables import WEEKDAYS

ORDERS = ("DMY", "MDY", "YMD")
# A four-digit year first, or two one- or two-digit parts and a two- or four-digit year; the same
# separator twice. Not inside a longer run of digits and separators ('1.2.3.4', '10/20/30/40').
NUMERIC_DATE = re.compile(
    r"(?<![\w/.\-])(?:(?P<year_first>\d{4})(?P<sep1>[/.\-])(?P<month_second>\d{1,2})(?P=sep1)(?P<day_third>\d{1,2})"
    r"|(?P<first>\d{1,2})(?P<sep2>[/.\-])(?P<second>\d{1,2})(?P=sep2)(?P<year_last>\d{4}|\d{2}))(?![\w/\-]|\.\d)"
)
WEEKDAY = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def readings(text: str, *, anchor: Optional[date] = None) -> dict[str, date]:
    """The calendar dates a numeric date can be, by order; empty when it is not one (R33, R34).

    A two-digit year takes the century that puts it nearest the anchor (R35). With a dot or a dash
    and a two-digit year, day and month must have two digits too ('26-07-22'), so a football
    formation ('4-4-2') or a score is not read as a date.
    """
    match = NUMERIC_DATE.fullmatch(text.strip())
    if match is None:
        return {}
    if match["year_first"]:
        return _valid({"YMD": (int(match["year_first"]), int(match["month_second"]), int(match["day_third"]))})
    first, second, year_digits = match["first"], match["second"], match["year_last"]
    if len(year_digits) == 2 and match["sep2"] != "/" and (len(first) != 2 or len(second) != 2):
        return {}
    year = _full_year(int(year_digits), anchor) if len(year_digits) == 2 else int(year_digits)
    return _valid({"DMY": (year, int(second), int(first)), "MDY": (year, int(first), int(second))})


def _valid(candidates: dict[str, tuple[int, int, int]]) -> dict[str, date]:
    found = {}
    for order, (year, month, day) in candidates.items():
        if 1 <= month <= 12 and 1 <= day <= 31 and 1 <= year:
            try:
                found[order] = date(year, month, day)
            except ValueError:
                continue  # 31/04/2022: no such day
    return found


def _full_year(two_digits: int, anchor: Optional[date]) -> int:
    if anchor is None:
        # without an anchor, the pivot most software uses: 00-30 this century, 31-99 the last
        return two_digits + (2000 if two_digits <= 30 else 1900)
    century = anchor.year // 100 * 100
    return min((century - 100 + two_digits, century + two_digits, century + 100 + two_digits), key=lambda year: (abs(year - anchor.year), year))


def decide(found: dict[str, date], *, weekday: Optional[int] = None, order: Optional[str] = None) -> Optional[date]:
    """The one date the readings agree on, or the one a weekday or an order picks; None if undecided (R36-R38)."""
    values = set(found.values())
    if len(values) == 1:
        return values.pop()
    if weekday is not None:
        matching = {value for value in values if value.isoweekday() == weekday}
        if len(matching) == 1:
            return matching.pop()
    return found.get(order) if order else None


def document_order(texts: Iterable[str], *, anchor: Optional[date] = None) -> Optional[str]:
    """DMY or MDY when every numeric date of the document that only one of them reads agrees (R37)."""
    seen = set()
    for text in texts:
        for match in NUMERIC_DATE.finditer(text):
            found = readings(match.group(0), anchor=anchor)
            if len(found) == 1 and set(found) <= {"DMY", "MDY"}:
                seen.update(found)
    return seen.pop() if len(seen) == 1 else None


def rewrite(phrase: str, *, anchor: Optional[date] = None, order: Optional[str] = None) -> str:
    """The phrase with each numeric date written as ISO 'YYYY-MM-DD', or 'YYYY-XX-XX' when its order is undecided.

    A numeric date no order reads as a real day ('31/02/2022') is left as it is.
    """
    weekday_match = WEEKDAY.search(phrase)
    weekday = WEEKDAYS[weekday_match.group(1).lower()] if weekday_match else None

    def iso(match: re.Match) -> str:
        found = readings(match.group(0), anchor=anchor)
        if not found:
            return match.group(0)
        chosen = decide(found, weekday=weekday, order=order)
        if chosen is not None:
            return chosen.isoformat()
        (year,) = {value.year for value in found.values()}
        return f"{year:04d}-XX-XX"

    return NUMERIC_DATE.sub(iso, phrase)
