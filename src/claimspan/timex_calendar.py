"""Calendar dates for timex.py: '2024-12-24', 'Dec 24', 'July 2024', 'December', 'the 1990s', 'the weekend'.

dateparser resolves the dates that have a day and a month ("Dec 24", "June 04, 2009") against the
anchor; the rules here choose the year and keep the granularity the text gives. Numeric dates
("12/05/1998") arrive already written as ISO by timex_numeric.py, 'YYYY-XX-XX' when their order is open.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

import dateparser

from .timex_tables import MONTH_NAMES, MONTHS, ORDINALS, SEASONS, Timex


def weekend(anchor: Optional[date], future: Optional[bool]) -> Timex:
    """'the weekend' is the last one (the next one in a forward-looking sentence), as YYYY-Www-WE."""
    if anchor is None:
        return Timex("DATE", "XXXX-WXX-WE")
    saturday = anchor + timedelta(days=(6 - anchor.isoweekday()) % 7) if future else anchor - timedelta(days=(anchor.isoweekday() - 6) % 7)
    year, week, _ = saturday.isocalendar()
    return Timex("DATE", f"{year}-W{week:02d}-WE")


def absolute(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """Calendar dates: '2024-12-24', 'Dec 24', 'July 2024', 'December', '2024', 'the 1990s', 'the third quarter'."""
    phrase = re.sub(r"^(the |fiscal |year |the year )", "", phrase)
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?|\d{4}-XX-XX", phrase):
        return Timex("DATE", phrase) if _is_calendar(phrase) else None
    match = re.fullmatch(r"(\d{4})-(?:\d\d-\d\d|XX-XX)[ t](\d\d:\d\d)(?::\d\d)?", phrase)
    if match:
        return Timex("TIME", f"{phrase[:10]}T{match.group(2)}") if _is_calendar(phrase[:10]) else None
    if re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", phrase):
        return Timex("DATE", phrase)
    match = re.fullmatch(r"'?(1[0-9]{2}|20[0-9]|[0-9])0s", phrase)
    if match:
        digits = match.group(1)
        return Timex("DATE", (digits if len(digits) == 3 else "19" + digits) + "X")
    match = re.fullmatch(r"(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?", phrase)
    if match:
        quarter = ORDINALS[match.group(1)]
        year = match.group(2) or (f"{anchor.year:04d}" if anchor else "XXXX")
        return Timex("DATE", f"{year}-Q{quarter}")
    match = re.fullmatch(r"(spring|summer|fall|autumn|winter)(?: of)? (\d{4})", phrase)
    if match:
        return Timex("DATE", f"{match.group(2)}-{SEASONS[match.group(1)][0]}")
    return _calendar(phrase, anchor, future)


def _is_calendar(value: str) -> bool:
    """An ISO date that names a real month or day ('2024-13', '1000-10-00' do not)."""
    year, month, day = (value.split("-") + [None])[:3]
    if month == "XX":
        return True
    try:
        date(int(year), int(month), int(day) if day else 1)
    except ValueError:
        return False
    return True


def _calendar(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    words = re.findall(r"[a-z]+|\d+", phrase)
    month = next((MONTHS[word] for word in words if word in MONTHS), None)
    numbers = [int(word) for word in words if word.isdigit()]
    if month is None or any(word not in MONTHS and not word.isdigit() and word not in {"st", "nd", "rd", "th", "of", "the"} for word in words):
        return None
    day = next((number for number in numbers if number <= 31), None)
    year = next((number for number in numbers if number > 31), None)
    if year is not None and year < 100:
        year += 1900 if year > 30 else 2000
    if day is None:
        if year is not None:
            return Timex("DATE", f"{year:04d}-{month:02d}")
        if anchor is None:
            return Timex("DATE", f"XXXX-{month:02d}")
        # past-tense text keeps the past month unless it is 11 months back; a forward-looking
        # one falls back to the past month when the next one is more than half a year away
        # a date that can only be past ("since October", future None) never flips to the next one
        months = _nearest(anchor.month, month, 12, bool(future), limit=6 if future else 10 if future is not None else 12)
        year, month_index = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
        return Timex("DATE", f"{year:04d}-{month_index + 1:02d}")
    if year is None and anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}")
    if year is None:
        # dateparser gives the occurrence in the preferred direction; the other one wins when it is
        # near and the preferred one half a year away ("Jan. 14" in a text of Jan. 6 is next week,
        # not last year; "the Oct. 23 slaying" in May is last October, not next).
        preferred = _dateparse(f"{MONTH_NAMES[month - 1]} {day}", anchor, future)
        other = _dateparse(f"{MONTH_NAMES[month - 1]} {day}", anchor, not future)
        if future is not None and preferred and other and abs((preferred - anchor).days) > 183 and abs((other - anchor).days) < 120:
            preferred = other
        return Timex("DATE", preferred.isoformat()) if preferred else None
    parsed = _dateparse(f"{MONTH_NAMES[month - 1]} {day} {year}", anchor, future)
    return Timex("DATE", parsed.isoformat()) if parsed else None


def _nearest(current: int, target: int, cycle: int, future: bool, *, limit: int) -> int:
    """Steps from current to target in the preferred direction, or the other way when that is nearer
    and the preferred one is more than limit steps away (a month name refers to the nearest month)."""
    back, ahead = -((current - target) % cycle), (target - current) % cycle
    preferred, other = (ahead, back) if future else (back, ahead)
    return other if abs(preferred) > limit and abs(other) < abs(preferred) else preferred


@lru_cache(maxsize=1024)
def _dateparse(text: str, anchor: Optional[date], future: Optional[bool]) -> Optional[date]:
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "REQUIRE_PARTS": ["day", "month"]}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
