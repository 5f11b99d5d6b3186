"""Named holidays for timex.py: 'Christmas', 'Thanksgiving Day', 'Easter Sunday', 'New Year's Eve 1999'.

TimeML 1.2.1 values a holiday as the day it falls on (a DATE). Only holidays whose day is the same for every
reader are read: fixed days of the Western calendar, Easter's computus, and US Thanksgiving (the fourth Thursday
of November, the only Thanksgiving English-language wires date without saying so). Election, independence or
labour days differ from country to country and stay unread (GUIDELINES R980).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, Optional

from .timex_calendar import nearer_occurrence
from .timex_tables import Timex


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    golden, century, years = year % 19, year // 100, year % 100
    leap_centuries, leap_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    epact = (19 * golden + century - leap_centuries - (century - moon_correction + 1) // 3 + 15) % 30
    leap_years, rest = divmod(years, 4)
    weekday = (32 + 2 * leap_rest + 2 * leap_years - epact - rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def _fourth_thursday_of_november(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda year: date(year, 12, 25),
    "christmas day": lambda year: date(year, 12, 25),
    "christmas eve": lambda year: date(year, 12, 24),
    "new year's day": lambda year: date(year, 1, 1),
    "new year's eve": lambda year: date(year, 12, 31),
    "halloween": lambda year: date(year, 10, 31),
    "valentine's day": lambda year: date(year, 2, 14),
    "easter": _easter,
    "easter sunday": _easter,
    "easter day": _easter,
    "easter monday": lambda year: _easter(year) + timedelta(days=1),
    "good friday": lambda year: _easter(year) - timedelta(days=2),
    "thanksgiving": _fourth_thursday_of_november,
    "thanksgiving day": _fourth_thursday_of_november,
}
HOLIDAY = re.compile(r"(?P<name>" + "|".join(sorted(map(re.escape, HOLIDAYS), key=len, reverse=True)) + r")(?: of)?(?: (?P<year>\d{4}))?")


def holiday(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """The day of a named holiday: with a year, that year's; else the last one (the next one in a forward-looking
    sentence), unless that is half a year away and the other one is near."""
    match = HOLIDAY.fullmatch(phrase)
    if match is None:
        return None
    day_of = HOLIDAYS[match.group("name")]
    if match.group("year"):
        return Timex("DATE", day_of(int(match.group("year"))).isoformat())
    if anchor is None:
        return None
    last = max(day for day in (day_of(anchor.year - 1), day_of(anchor.year)) if day <= anchor)
    upcoming = min(day for day in (day_of(anchor.year), day_of(anchor.year + 1)) if day >= anchor)
    preferred, other = (upcoming, last) if future else (last, upcoming)
    if future is not None:
        preferred = nearer_occurrence(preferred, other, anchor)
    return Timex("DATE", preferred.isoformat())
