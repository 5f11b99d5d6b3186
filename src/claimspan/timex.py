"""Pure TIMEX3 normalisation: a temporal expression and an anchor date -> type, value and mod.

Values follow TimeML 1.2.1 / TIMEX3 (ISO 8601 with X for what the text leaves open): DATE `2024-12-24`,
`2024-12`, `2025-W01`, `2024`, `202X`; DURATION `P3.5Y`, `PT16H`, `PXY`; SET `P1W`; TIME
`2025-01-06T15:00`, `2025-01-06TMO`; and the references PRESENT_REF, PAST_REF, FUTURE_REF.
Word tables and mods: timex_tables.py; calendar dates ("Dec 24", "July 2024"): timex_calendar.py.

The anchor is the publication date, or the reference time the text sets (the component decides):
"the following day" is the anchor plus one day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .timex_calendar import absolute
from .timex_holidays import holiday
from .timex_durations import duration_value, quantity, read_duration, read_set, split_unit, unit_of
from .timex_numeric import rewrite as rewrite_numeric_dates
from .timex_tables import (
    DEICTIC_DAYS,
    MODIFIER_WORDS,
    MONTHS,
    PARTS_OF_DAY,
    POINT_MODS,
    PREFIX_MODS,
    REFERENCES,
    RELATIVE_OFFSETS,
    SEASONS,
    SET_ADVERBS,
    SUFFIX_MODS,
    UNITS,
    WEEKDAYS,
    Timex,
)

__all__ = ["MODIFIER_WORDS", "MONTHS", "SET_ADVERBS", "Timex", "normalize"]


def normalize(text: str, anchor: Optional[date], *, future: Optional[bool] = False, order: Optional[str] = None) -> Optional[Timex]:
    """Normalise one temporal expression against the anchor (publication) date.

    future (bool | None): the sentence looks forward, so "January" or "Tuesday" is the next one, not the last;
        None: the date can only be past ("since October 7"), never the next one even when that is nearer.
    order (str): DMY, MDY or YMD, how an ambiguous numeric date ("05/07/2022") is read (timex_numeric.py).
    RETURNS (Timex | None): None when the text is not a temporal expression we can read.
    """
    return _normalize(_clean(text), anchor, future, order)


@lru_cache(maxsize=4096)
def _normalize(phrase: str, anchor: Optional[date], future: Optional[bool], order: Optional[str] = None) -> Optional[Timex]:
    # numeric dates become ISO first, so every reader below sees one spelling (GUIDELINES R33-R39)
    phrase = rewrite_numeric_dates(phrase, anchor=anchor, order=order)
    mod = None
    for suffix, suffix_mod in SUFFIX_MODS:
        if phrase.endswith(suffix):
            phrase, mod = phrase[: -len(suffix)], suffix_mod
    for prefix, prefix_mod in PREFIX_MODS:
        if phrase.startswith(prefix) and not (prefix == "over " and phrase.startswith("over the")):
            phrase, mod = phrase[len(prefix):], prefix_mod
            break
    if mod in ("START", "MID", "END") and phrase in THE_CURRENT:
        phrase = THE_CURRENT[phrase]  # "the end of the year": the year the text is in, as "this year" (R188)
    timex = _parse(phrase, anchor, future)
    if timex is not None and mod is None and timex.type == "DURATION" and re.search(r"\bcouple\b", phrase):
        mod = "APPROX"  # "the next couple of years": two, roughly (GUIDELINES R19)
    if timex is None or mod is None:
        return timex
    if timex.type != "DURATION":
        mod = POINT_MODS.get(mod, mod)
    return replace(timex, mod=mod)


# after a part word ("the end of", "the first half of") the bare unit is the current one
THE_CURRENT = {"the year": "this year", "the month": "this month", "the decade": "this decade", "the week": "this week"}


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("‘", "'")
    text = re.sub(r"'s$|[,;:!?)(]+$", "", text.strip())
    text = re.sub(r"(?<=[a-z])-(?=[a-z\d])|(?<=\d)-(?=[a-z])", " ", text)  # "three-and-a-half", "mid-2023", "16-hour"
    text = re.sub(r"(?<![a-z]\.[a-z])(?<![a-z]\.[a-z]\.)\.$", "", text)  # a final full stop, not "p.m."
    return " ".join(text.replace(",", " , ").split()).replace(" ,", ",")


def _parse(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    for parser in (_reference, holiday, _clock_time, _part_of_day, _deictic, _weekday, _ago, _relative, read_set, read_duration, absolute):
        timex = parser(phrase, anchor, future)
        if timex is not None:
            return timex
    return None


def _reference(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    value = REFERENCES.get(phrase)
    return Timex("DATE", value) if value else None


def _clock_time(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'3 p.m.', '10:35 a.m. Friday', '16:15 UTC', 'noon', '4 in the morning'."""
    named = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
    match = re.fullmatch(r"(noon|midday|midnight|(\d{1,2})(?:[:.](\d\d))?(?: ?([ap])\.?m\.?| in the (morning|afternoon|evening)|(?= (?:utc|gmt|[a-z]st|[a-z]dt)\b)|(?<=\d\d:\d\d)))((?: (?:utc|gmt|[a-z]st|[a-z]dt))?)(?:,? (?:on )?(.+))?", phrase)
    if not match:
        return None
    if match.group(1) in named:
        hour, minute = named[match.group(1)]
    else:
        hour, minute = int(match.group(2)), int(match.group(3) or 0)
        if (match.group(4) == "p" or match.group(5) in {"afternoon", "evening"}) and hour < 12:
            hour += 12
        if match.group(4) == "a" and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    day = "XXXX-XX-XX" if anchor is None else anchor.isoformat()
    if match.group(7):
        day_timex = _parse(match.group(7), anchor, future)
        if day_timex is None or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day_timex.value):
            return None
        day = day_timex.value
    zone = "Z" if match.group(6).strip() in {"utc", "gmt"} else ""  # ISO 8601: Z marks UTC
    return Timex("TIME", f"{day}T{hour:02d}:{minute:02d}{zone}")


def _part_of_day(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'this morning', 'Friday night', 'yesterday afternoon' -> TIME with a TIMEX3 part-of-day code."""
    head, _, part = phrase.rpartition(" ")
    if part not in PARTS_OF_DAY or not head:
        # "overnight" in a report is the night that ended on the anchor day: it starts the day before
        return Timex("TIME", _day_value(anchor, -1) + "TNI") if phrase == "overnight" else None
    if head == "this":
        day = Timex("DATE", _day_value(anchor, 0))
    elif re.fullmatch(r"(?:(?:earlier|later) )?(?:that|that same|the same|the next|the following|the previous)", head):
        day = _relative(head + " day", anchor, future)  # "that night", "the next morning": from the reference day
    else:
        day = _parse(head, anchor, future)
    if day is None or day.type != "DATE" or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value):
        return None
    return Timex("TIME", day.value + "T" + PARTS_OF_DAY[part])


def _day_value(anchor: Optional[date], offset: int) -> str:
    return "XXXX-XX-XX" if anchor is None else (anchor + timedelta(days=offset)).isoformat()


def _deictic(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    phrase = re.sub(r"^(earlier|later) (?=today|tonight)", "", phrase)
    return Timex("DATE", _day_value(anchor, DEICTIC_DAYS[phrase])) if phrase in DEICTIC_DAYS else None


def _weekday(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'Tuesday' is the last Tuesday at or before the anchor (the next one in a forward-looking sentence)."""
    match = re.fullmatch(r"(?:(last|next|this|on|that|the following) )?([a-z]+)\.?(?:,? (.+))?", phrase)
    if not match or match.group(2) not in WEEKDAYS:
        return None
    weekday = WEEKDAYS[match.group(2)]
    if match.group(3):  # "Monday, Oct. 26": the date decides
        return absolute(match.group(3), anchor, future)
    if anchor is None:
        return Timex("DATE", f"XXXX-WXX-{weekday}")
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if match.group(1) == "last":
        back = back or 7
    elif match.group(1) in {"next", "the following"}:
        return Timex("DATE", (anchor + timedelta(days=ahead or 7)).isoformat())
    return Timex("DATE", (anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)).isoformat())


def _ago(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'three years ago' is a DATE at the unit's granularity; 'days later' is the DURATION between two events."""
    parts = split_unit(phrase)
    if not parts or parts[2] not in {"ago", "earlier", "later", "before", "after", "from now", "hence", "on"}:
        return None
    number = quantity(parts[0])
    if number is None:
        return None
    if parts[2] in {"earlier", "later", "before", "after", "on"}:
        return Timex("DURATION", duration_value(number, parts[1]))
    sign = -1 if parts[2] == "ago" else 1
    if number < 0:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    _, multiplier, granularity = UNITS[parts[1]]
    if parts[1] in {"hour", "minute", "second"}:
        return Timex("DATE", _day_value(anchor, 0))
    if parts[1] in {"decade", "century"}:
        number, granularity = number * multiplier, "year"
    return Timex("DATE", _point(anchor, granularity, sign * number * (multiplier if parts[1] == "fortnight" else 1)))


def _point(anchor: Optional[date], granularity: str, offset: float) -> str:
    """The anchor shifted by offset units, written at that unit's granularity."""
    if anchor is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(granularity, "XXXX")
    if granularity in {"day", "week", "weekend"}:
        day = anchor + timedelta(days=round(offset * (1 if granularity == "day" else 7)))
        if granularity == "day":
            return day.isoformat()
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity in {"month", "quarter"}:
        months = anchor.year * 12 + anchor.month - 1 + round(offset * (3 if granularity == "quarter" else 1))
        year, month = divmod(months, 12)
        return f"{year:04d}-{month + 1:02d}" if granularity == "month" else f"{year:04d}-Q{month // 3 + 1}"
    year = anchor.year + round(offset * {"year": 1, "decade": 10, "century": 100}[granularity])
    return {"year": f"{year:04d}", "decade": f"{year // 10:03d}X", "century": f"{year // 100:02d}"}[granularity]


def _relative(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'last week', 'this year', 'earlier this month', 'the past year', 'the next three years', 'last fall';
    'that day', 'the same day', 'the following day' are the anchor's day (the reference time) or the next."""
    phrase = re.sub(r"^(?:(?:earlier|later) )?(?:that|the) same day$|^(?:earlier|later) that day$", "that day", phrase)
    match = re.fullmatch(r"(?:the )?(?:(?:earlier|later) )?(this|current|last|previous|next|coming|following|past|recent|that)(?: (.+))? ([a-z]+)", phrase)
    if not match:
        return None
    relation, amount, word = match.groups()
    if word in SEASONS:
        if amount or relation in {"past", "recent"}:
            return None
        offset = RELATIVE_OFFSETS.get(relation, 0)
        if anchor is None:
            return Timex("DATE", f"XXXX-{SEASONS[word][0]}")
        year = anchor.year + offset
        if offset == -1 and SEASONS[word][1] < anchor.month and word != "winter":
            year = anchor.year  # "last fall" in December means the fall of this year
        return Timex("DATE", f"{year:04d}-{SEASONS[word][0]}")
    if word in MONTHS and not amount and relation in RELATIVE_OFFSETS:
        return _relative_month(MONTHS[word], RELATIVE_OFFSETS[relation], anchor)
    unit = "weekend" if word in {"weekend", "weekends"} else unit_of(word)
    if unit is None:
        return None
    if relation in {"past", "recent"} or amount or word != unit:
        number = quantity(amount or ("" if word != unit else "a"))
        return None if number is None or unit == "weekend" else Timex("DURATION", duration_value(number, unit))
    if relation == "that":
        return Timex("DATE", _day_value(anchor, 0)) if unit == "day" else None
    return Timex("DATE", _point(anchor, UNITS[unit][2] if unit in UNITS else unit, RELATIVE_OFFSETS[relation]))


def _relative_month(month: int, offset: int, anchor: Optional[date]) -> Timex:
    """'last November' is the latest November before the anchor's month, 'next March' the first one after it,
    'this May' the anchor year's (GUIDELINES R981)."""
    if anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}")
    year = anchor.year
    if offset < 0:
        year -= month >= anchor.month
    elif offset > 0:
        year += month <= anchor.month
    return Timex("DATE", f"{year:04d}-{month:02d}")
