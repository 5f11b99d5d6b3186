"""Amounts of time: durations ("three and a half years", "two to three years") and sets ("every two years").

Word tables: timex_tables.py; the points in time these amounts shift ("three years ago"): timex.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from text_to_num import text2num

from .timex_calendar import weekend
from .timex_tables import PLURALS, SET_ADVERBS, UNIT_QUALIFIERS, UNITS, VAGUE, Timex


def unit_of(word: str) -> Optional[str]:
    word = PLURALS.get(word, word)
    if word in UNITS:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else None


def quantity(words: str) -> Optional[float]:
    """Read '3', 'three', 'a', 'three and a half', 'a couple of'; -1 stands for a vague amount (X)."""
    amount, _, qualifier = words.rpartition(" ")
    if amount and qualifier in UNIT_QUALIFIERS:
        words = amount  # "two more (weeks)" counts two weeks (R985)
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


def duration_value(number: float, unit: str) -> str:
    iso_unit, multiplier, _ = UNITS[unit]
    if unit == "decade" and number < 0:
        return "PXDE"
    if unit == "century" and number < 0:
        return "PXCE"
    amount = "X" if number < 0 else f"{number * multiplier:g}"
    return f"PT{amount}{iso_unit[1]}" if iso_unit.startswith("T") else f"P{amount}{iso_unit}"


def split_unit(phrase: str) -> Optional[tuple[str, str, str]]:
    """Split 'three and a half years ago' into ('three and a half', 'year', 'ago')."""
    words = phrase.split()
    for index in range(len(words) - 1, -1, -1):
        unit = unit_of(words[index])
        if unit:
            return " ".join(words[:index]), unit, " ".join(words[index + 1:])
    return None


def read_set(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'every year', 'each week', 'twice a month', 'weekly', 'every two years'."""
    if phrase in SET_ADVERBS:
        return Timex("SET", SET_ADVERBS[phrase])
    match = re.fullmatch(r"(?:every|each|per|(?:once|twice|\S+ times) (?:a|an|per|every|each))(?: other)?( .+)? ([a-z]+)", phrase)
    unit = unit_of(match.group(2)) if match else None
    if unit is None:
        return None
    number = quantity((match.group(1) or "a").strip())
    number = 2.0 if " other " in f"{phrase} " and number == 1 else number
    return Timex("SET", duration_value(number, unit)) if number is not None and number > 0 else None


def read_duration(phrase: str, anchor: Optional[date], future: Optional[bool]) -> Optional[Timex]:
    """'three years', 'three-and-a-half years', 'a 16-hour', 'decades', '44 years old', 'two to three years'."""
    if re.search(r" old$", phrase):
        return None  # ages ("a 6-year-old") are not TIMEX3 in TimeBank/AQUAINT
    phrase = re.sub(r" long$", "", re.sub(r"^the ", "", phrase))
    if phrase in {"weekend", "weekends"}:
        return weekend(anchor, future)
    parts = split_unit(phrase)
    if not parts or parts[2]:
        return None
    amount = parts[0]
    bounds = re.fullmatch(r"(\S+) (?:to|-) \S+|(\d+)-\d+", amount)
    lower = quantity(bounds.group(1) or bounds.group(2)) if bounds else None
    if lower is not None and lower > 0:  # "two to three years": the lower bound, or more (GUIDELINES R20)
        return Timex("DURATION", duration_value(lower, parts[1]), "EQUAL_OR_MORE")
    if re.fullmatch(r"(?:between )?\S+ (?:to|and|or|-) \S+|\d+-\d+", amount):
        return Timex("DURATION", duration_value(-1, parts[1]))  # a range: the unit is known, the number is not
    number = quantity(amount)
    if number is None or (number == 1 and not amount and phrase == parts[1]):
        return None  # a bare singular "year" is not a duration on its own
    if phrase == parts[1]:
        return None
    return Timex("DURATION", duration_value(number, parts[1]))
