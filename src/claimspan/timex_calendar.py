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

from .timex_tables import MONTH_NAMES, MONTHS, ORDINALS, RELATIVE_OFFSETS, SEASONS, Timex


def weekend(anchor: Optional[date], future: Optional[bool]) -> Timex:
    """'the weekend' is the last one (the next one in a forward-looking sentence), as YYYY-Www-WE."""
    if anchor is None:
        return Timex("DATE", "XXXX-WXX-WE")
    saturday = anchor + timedelta(days=(6 - anchor.isoweekday()) % 7) if future else anchor - timedelta(days=(anchor.isoweekday() - 6) % 7)
    year, week, _ = saturday.isocalendar()
    return Timex("DATE", f"{year}-W{week:02d}-WE")


def absolute(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """Calendar dates: '2024-12-24', 'Dec 24', 'July 2024', 'December', '2024', 'the 1990s', 'the third quarter'."""
    fiscal = FISCAL_YEAR.fullmatch(phrase)
    if fiscal is not None:
        return _fiscal_year(fiscal)
    phrase = re.sub(r"^(the |fiscal |year |the year )", "", phrase)
    years = YEAR_RANGE.fullmatch(phrase)
    if years is not None and not (len(years.group(2)) == 2 and int(years.group(2)) <= 12):
        # "2020-2022", "2019-21": the range is dated by the year it starts in (R393); "2010-11" stays a month
        end = _range_end(int(years.group(1)), years.group(2))
        return Timex("DATE", years.group(1)) if end is not None else None
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
    match = PART_OF_YEAR.fullmatch(phrase)
    if match:
        return _part_of_year(match, anchor, future)
    match = re.fullmatch(r"(spring|summer|fall|autumn|winter)(?: of)? (\d{4})", phrase)
    if match:
        return Timex("DATE", f"{match.group(2)}-{SEASONS[match.group(1)][0]}")
    return _calendar(phrase, anchor, future)


# "fiscal 2023", "fiscal year 2022-2023", "fy2024", "fy24", "fy 2023-24" (R391)
FISCAL_YEAR = re.compile(r"(?:fiscal(?: year)?|fy) ?((?:1[89]|20)\d\d|\d\d)(?: ?[-/] ?(\d{4}|\d\d))?")
# "2020-2022", "2019-21", "1989-1991" (R393)
YEAR_RANGE = re.compile(r"((?:1[89]|20)\d\d) ?- ?(\d{4}|\d\d)")
# a range of years spans at most a century (a life, "1955-2011"); more is a code or a score
LONGEST_YEAR_RANGE = 100
# a two-digit end that turns the century ("1998-02") lies a few years on; "2024-13" is no range
CENTURY_TURN = 10


def is_year_range(phrase: str) -> bool:
    """A fiscal year or a range of years written with a dash, one date each (R391, R393): not two end points."""
    phrase = phrase.lower().replace("–", "-")
    return FISCAL_YEAR.fullmatch(phrase) is not None or YEAR_RANGE.fullmatch(phrase) is not None


def _fiscal_year(match: re.Match) -> Optional[Timex]:
    """A fiscal year is named, and valued, by the calendar year it ends in: "fiscal year 2022-2023" and "fy 2022-23"
    are 2023, as "fiscal 2023" is (R391). A two-digit year is of this century: "fy24" is 2024."""
    first, last = match.groups()
    start = int(first) if len(first) == 4 else 2000 + int(first)
    if last is None:
        return Timex("DATE", f"{start:04d}")
    end = _range_end(start, last)
    return Timex("DATE", f"{end:04d}") if end is not None and end - start <= 1 else None


def _range_end(start: int, last: str) -> Optional[int]:
    """The year a range "start-last" ends in, or None when it is no range ("2024-2019", "1900-2100")."""
    end = int(last) if len(last) == 4 else start - start % 100 + int(last)
    if len(last) == 2 and end <= start:
        end += 100  # "1999-00"; "2024-13" is no range (a month that is not there), so the turn of a century is short
        if end - start > CENTURY_TURN:
            return None
    return end if start < end <= start + LONGEST_YEAR_RANGE else None


# 'the third quarter', 'the first half of 2024', 'the final quarter of last year' (R194); 'final' and 'last' need
# their year: 'the last quarter' alone is the one before (timex._relative)
# How far past the text's date a past act's written day may still fall (R270): wires date a story by the
# evening before, and a clause the parser reads as past ("may be" written "maybe") can be a plan for next
# week; a year-old act, on the other hand, is written with its year.
PAST_EVENT_LEAD_DAYS = 7
PART_OF_YEAR = re.compile(r"(first|second|third|fourth|final|last|1st|2nd|3rd|4th) (quarter|half)(?: of (\d{4}|last year|this year|next year|the year))?")
PARTS = {"quarter": ("Q", 4), "half": ("H", 2)}


def _part_of_year(match: re.Match, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """A quarter or half of a year. Without a year it is the nearest one in the sentence's direction, as a month
    name is: 'the fourth quarter' in a past-tense text of March 2007 is 2006-Q4, in a forward-looking one of
    August 2006 it is 2006-Q4 too."""
    word, part, year_text = match.groups()
    letter, count = PARTS[part]
    number = count if word in ("final", "last") else ORDINALS[word]
    if number > count or (word in ("final", "last") and year_text is None):
        return None
    if year_text and year_text[0].isdigit():
        return Timex("DATE", f"{year_text}-{letter}{number}")
    if anchor is None:
        return Timex("DATE", f"XXXX-{letter}{number}") if year_text is None else None
    current = (anchor.month - 1) * count // 12 + 1
    if year_text is not None:
        # 'last year', 'this year', 'next year'; 'the year' is the one the text is in (R188)
        year = anchor.year + RELATIVE_OFFSETS.get(year_text.split()[0], 0)
    else:
        # past-tense text keeps the latest part that has begun; a forward-looking one the next, unless that is
        # more than half a year away and the last one is nearer
        steps = _nearest(current, number, count, bool(future), limit=count // 2 if future else count)
        year = anchor.year + (current - 1 + steps) // count
    return Timex("DATE", f"{year:04d}-{letter}{number}")


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
        if future is not None and preferred and other:
            preferred = nearer_occurrence(preferred, other, anchor)
        elif future is None and preferred and other and 0 < (other - anchor).days <= PAST_EVENT_LEAD_DAYS:
            # "wrote in a column on Friday, March 6" in a text dated March 5
            preferred = other
        return Timex("DATE", preferred.isoformat()) if preferred else None
    parsed = _dateparse(f"{MONTH_NAMES[month - 1]} {day} {year}", anchor, future)
    return Timex("DATE", parsed.isoformat()) if parsed else None


# how far the occurrence the sentence's direction prefers may lie before the other one wins when that one is near
FAR_DAYS, NEAR_DAYS = 183, 120


def nearer_occurrence(preferred: date, other: date, anchor: date) -> date:
    """The occurrence of a yearly day ('Dec 24', 'Christmas') in the sentence's direction, or the other one when the
    preferred is half a year away and the other near ('Jan. 14' in a text of Jan. 6 is next week, not last year)."""
    return other if abs((preferred - anchor).days) > FAR_DAYS and abs((other - anchor).days) < NEAR_DAYS else preferred


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
