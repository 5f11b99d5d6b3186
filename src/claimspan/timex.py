"""Pure TIMEX3 normalisation: a temporal expression and an anchor date -> type, value and mod.

Values follow TimeML 1.2.1 / TIMEX3 (ISO 8601 with X for what the text leaves open): DATE `2024-12-24`,
`2024-12`, `2025-W01`, `2024`, `202X`; DURATION `P3.5Y`, `PT16H`, `PXY`; SET `P1W`; TIME
`2025-01-06T15:00`, `2025-01-06TMO`; and the references PRESENT_REF, PAST_REF, FUTURE_REF.

Mods follow the TimeML 1.2.1 guidelines: "late"/"end of" END, "early"/"beginning of" START, "mid"
MID, "about"/"around"/"or so" APPROX, "over"/"more than" MORE_THAN, "almost"/"nearly"/"less than"
LESS_THAN (the guidelines list "nearly" and "almost" under LESS_THAN), "at least" EQUAL_OR_MORE,
"up to"/"at most" EQUAL_OR_LESS. On a point in time ("over three years ago") MORE_THAN becomes
BEFORE and LESS_THAN becomes AFTER: the point is earlier / later than the anchor minus three years.

dateparser resolves the dates that have a day and a month ("Dec 24", "June 04, 2009", "12/05/1998")
against the anchor. It returns one full datetime, so it cannot say "a month", "a week", "a year or
so" or "late December": granularity, durations, sets and mods come from the rules here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

import dateparser
from text_to_num import text2num

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


def normalize(text: str, anchor: Optional[date], *, future: bool = False) -> Optional[Timex]:
    """Normalise one temporal expression against the anchor (publication) date.

    future (bool): the sentence looks forward, so "January" or "Tuesday" is the next one, not the last.
    RETURNS (Timex | None): None when the text is not a temporal expression we can read.
    """
    return _normalize(_clean(text), anchor, future)


@lru_cache(maxsize=4096)
def _normalize(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    mod = None
    for suffix, suffix_mod in SUFFIX_MODS:
        if phrase.endswith(suffix):
            phrase, mod = phrase[: -len(suffix)], suffix_mod
    for prefix, prefix_mod in PREFIX_MODS:
        if phrase.startswith(prefix) and not (prefix == "over " and phrase.startswith("over the")):
            phrase, mod = phrase[len(prefix):], prefix_mod
            break
    timex = _parse(phrase, anchor, future)
    if timex is None or mod is None:
        return timex
    if timex.type != "DURATION":
        mod = POINT_MODS.get(mod, mod)
    return replace(timex, mod=mod)


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("‘", "'")
    text = re.sub(r"'s$|[,;:!?)(]+$", "", text.strip())
    text = re.sub(r"(?<=[a-z])-(?=[a-z\d])|(?<=\d)-(?=[a-z])", " ", text)  # "three-and-a-half", "mid-2023", "16-hour"
    text = re.sub(r"(?<![a-z]\.[a-z])(?<![a-z]\.[a-z]\.)\.$", "", text)  # a final full stop, not "p.m."
    return " ".join(text.replace(",", " , ").split()).replace(" ,", ",")


def _parse(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    for parser in (_reference, _clock_time, _part_of_day, _deictic, _weekday, _ago, _relative, _set, _duration, _absolute):
        timex = parser(phrase, anchor, future)
        if timex is not None:
            return timex
    return None


def _reference(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    value = REFERENCES.get(phrase)
    return Timex("DATE", value) if value else None


def _clock_time(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
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


def _part_of_day(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """'this morning', 'Friday night', 'yesterday afternoon' -> TIME with a TIMEX3 part-of-day code."""
    head, _, part = phrase.rpartition(" ")
    if part not in PARTS_OF_DAY or not head:
        return Timex("TIME", _day_value(anchor, 0) + "TNI") if phrase == "overnight" else None
    day = Timex("DATE", _day_value(anchor, 0)) if head == "this" else _parse(head, anchor, future)
    if day is None or day.type != "DATE" or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value):
        return None
    return Timex("TIME", day.value + "T" + PARTS_OF_DAY[part])


def _day_value(anchor: Optional[date], offset: int) -> str:
    return "XXXX-XX-XX" if anchor is None else (anchor + timedelta(days=offset)).isoformat()


def _deictic(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    phrase = re.sub(r"^(earlier|later) (?=today|tonight)", "", phrase)
    return Timex("DATE", _day_value(anchor, DEICTIC_DAYS[phrase])) if phrase in DEICTIC_DAYS else None


def _weekday(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """'Tuesday' is the last Tuesday at or before the anchor (the next one in a forward-looking sentence)."""
    match = re.fullmatch(r"(?:(last|next|this|on|that|the following) )?([a-z]+)\.?(?:,? (.+))?", phrase)
    if not match or match.group(2) not in WEEKDAYS:
        return None
    weekday = WEEKDAYS[match.group(2)]
    if match.group(3):  # "Monday, Oct. 26": the date decides
        return _absolute(match.group(3), anchor, future)
    if anchor is None:
        return Timex("DATE", f"XXXX-WXX-{weekday}")
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if match.group(1) == "last":
        back = back or 7
    elif match.group(1) in {"next", "the following"}:
        return Timex("DATE", (anchor + timedelta(days=ahead or 7)).isoformat())
    return Timex("DATE", (anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)).isoformat())


def _unit(word: str) -> Optional[str]:
    word = PLURALS.get(word, word)
    if word in UNITS:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else None


def _quantity(words: str) -> Optional[float]:
    """Read '3', 'three', 'a', 'three and a half', 'a couple of'; -1 stands for a vague amount (X)."""
    if words in VAGUE:
        return -1.0
    half = 0.0
    for suffix in (" and a half", " and one half", " and half", "½"):
        if words.endswith(suffix):
            words, half = words[: -len(suffix)].strip(), 0.5
    if re.fullmatch(r"\d+ 1/2", words):
        return float(words.split()[0]) + 0.5
    if words in {"half a", "half an", "a half", "half"}:
        return 0.5
    if words in {"a", "an", "one", "a single"}:
        return 1.0 + half
    if words in {"a couple of", "couple of", "a couple"}:
        return 2.0
    if words in {"a dozen", "dozen"}:
        return 12.0
    if re.fullmatch(r"\d+(\.\d+)?|\d{1,3}(,\d{3})+", words):
        return float(words.replace(",", "")) + half
    try:
        return float(text2num(words.replace(" and ", " "), "en")) + half
    except ValueError:
        return None


def _duration_value(number: float, unit: str) -> str:
    iso_unit, multiplier, _ = UNITS[unit]
    if unit == "decade" and number < 0:
        return "PXDE"
    if unit == "century" and number < 0:
        return "PXCE"
    amount = "X" if number < 0 else f"{number * multiplier:g}"
    return f"PT{amount}{iso_unit[1]}" if iso_unit.startswith("T") else f"P{amount}{iso_unit}"


def _split_unit(phrase: str) -> Optional[tuple[str, str, str]]:
    """Split 'three and a half years ago' into ('three and a half', 'year', 'ago')."""
    words = phrase.split()
    for index in range(len(words) - 1, -1, -1):
        unit = _unit(words[index])
        if unit:
            return " ".join(words[:index]), unit, " ".join(words[index + 1:])
    return None


def _ago(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """'three years ago' is a DATE at the unit's granularity; 'days later' is the DURATION between two events."""
    parts = _split_unit(phrase)
    if not parts or parts[2] not in {"ago", "earlier", "later", "before", "after", "from now", "hence", "on"}:
        return None
    number = _quantity(parts[0])
    if number is None:
        return None
    if parts[2] in {"earlier", "later", "before", "after", "on"}:
        return Timex("DURATION", _duration_value(number, parts[1]))
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


def _relative(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """'last week', 'this year', 'earlier this month', 'the past year', 'the next three years', 'last fall'."""
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
    unit = "weekend" if word in {"weekend", "weekends"} else _unit(word)
    if unit is None:
        return None
    if relation in {"past", "recent"} or amount or word != unit:
        number = _quantity(amount or ("" if word != unit else "a"))
        return None if number is None or unit == "weekend" else Timex("DURATION", _duration_value(number, unit))
    if relation == "that":
        return None
    return Timex("DATE", _point(anchor, UNITS[unit][2] if unit in UNITS else unit, RELATIVE_OFFSETS[relation]))


def _set(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """'every year', 'each week', 'twice a month', 'weekly', 'every two years'."""
    if phrase in SET_ADVERBS:
        return Timex("SET", SET_ADVERBS[phrase])
    match = re.fullmatch(r"(?:every|each|per|(?:once|twice|\S+ times) (?:a|an|per|every|each))(?: other)?( .+)? ([a-z]+)", phrase)
    unit = _unit(match.group(2)) if match else None
    if unit is None:
        return None
    number = _quantity((match.group(1) or "a").strip())
    number = 2.0 if " other " in f"{phrase} " and number == 1 else number
    return Timex("SET", _duration_value(number, unit)) if number is not None and number > 0 else None


def _duration(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """'three years', 'three-and-a-half years', 'a 16-hour', 'decades', '44 years old', 'two to three years'."""
    if re.search(r" old$", phrase):
        return None  # ages ("a 6-year-old") are not TIMEX3 in TimeBank/AQUAINT
    phrase = re.sub(r" long$", "", re.sub(r"^the ", "", phrase))
    if phrase in {"weekend", "weekends"}:
        return _weekend(anchor, future)
    parts = _split_unit(phrase)
    if not parts or parts[2]:
        return None
    amount = parts[0]
    if re.fullmatch(r"(?:between )?\S+ (?:to|and|or|-) \S+|\d+-\d+", amount):
        return Timex("DURATION", _duration_value(-1, parts[1]))  # a range: the unit is known, the number is not
    number = _quantity(amount)
    if number is None or (number == 1 and not amount and phrase == parts[1]):
        return None  # a bare singular "year" is not a duration on its own
    if phrase == parts[1]:
        return None
    return Timex("DURATION", _duration_value(number, parts[1]))


def _weekend(anchor: Optional[date], future: bool) -> Timex:
    """'the weekend' is the last one (the next one in a forward-looking sentence), as YYYY-Www-WE."""
    if anchor is None:
        return Timex("DATE", "XXXX-WXX-WE")
    saturday = anchor + timedelta(days=(6 - anchor.isoweekday()) % 7) if future else anchor - timedelta(days=(anchor.isoweekday() - 6) % 7)
    year, week, _ = saturday.isocalendar()
    return Timex("DATE", f"{year}-W{week:02d}-WE")


def _absolute(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    """Calendar dates: '2024-12-24', 'Dec 24', 'July 2024', 'December', '2024', 'the 1990s', 'the third quarter'."""
    phrase = re.sub(r"^(the |fiscal |year |the year )", "", phrase)
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", phrase):
        return Timex("DATE", phrase)
    match = re.fullmatch(r"(\d{4})-\d\d-\d\d[ t](\d\d:\d\d)(?::\d\d)?", phrase)
    if match:
        return Timex("TIME", f"{phrase[:10]}T{match.group(2)}")
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


def _calendar(phrase: str, anchor: Optional[date], future: bool) -> Optional[Timex]:
    words = re.findall(r"[a-z]+|\d+", phrase)
    month = next((MONTHS[word] for word in words if word in MONTHS), None)
    numbers = [int(word) for word in words if word.isdigit()]
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", phrase):
        month, numbers = numbers[0], numbers[1:]
    elif month is None or any(word not in MONTHS and not word.isdigit() and word not in {"st", "nd", "rd", "th", "of", "the"} for word in words):
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
        # past-tense text keeps the past month unless it is 11 months back; a forward-looking one
        # falls back to the past month when the next one is more than half a year away
        months = _nearest(anchor.month, month, 12, future, limit=6 if future else 10)
        year, month_index = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
        return Timex("DATE", f"{year:04d}-{month_index + 1:02d}")
    if year is None and anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}")
    if year is None:
        # dateparser gives the occurrence in the preferred direction; the other one wins when it is
        # much nearer ("Jan. 14" in a text of Jan. 6 is next week, not eleven months ago).
        preferred = _dateparse(f"{MONTH_NAMES[month - 1]} {day}", anchor, future)
        other = _dateparse(f"{MONTH_NAMES[month - 1]} {day}", anchor, not future)
        if preferred and other and abs((preferred - anchor).days) > 183 and abs((other - anchor).days) < abs((preferred - anchor).days):
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
def _dateparse(text: str, anchor: Optional[date], future: bool) -> Optional[date]:
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "REQUIRE_PARTS": ["day", "month"]}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
