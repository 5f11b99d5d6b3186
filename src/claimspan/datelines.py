"""The date an article's dateline gives: 'CAIRO - 25 July 2022: ...', 'WASHINGTON, Jan. 5, 2024 (Reuters) -'.

Scraped and wire articles often come without metadata while their first line names the city and the day. With no
publication date given, that day anchors the article's relative dates (GUIDELINES R219). Only a full date counts (day,
month and year), and only right after a city written in capitals at the very start of the text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .timex import normalize

# a city in capitals, its optional country or state ("WASHINGTON, D.C.", "KYIV, Ukraine"), then the date up to the
# mark that ends the dateline
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\s*[-–—:,]\s*"
    r"(?P<date>[A-Za-z0-9][A-Za-z0-9.,/ -]{4,30}?)\s*(?:[:(–—]|-\s|\n)"
)
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# the rest of a credit whose opening bracket closed the date: "APP):", "PTI)"
AGENCY_CREDIT = re.compile(r"[A-Z][A-Za-z.&-]{1,15}\):?")


# the dateline opens the text or one of its first lines, after a headline
FIRST_LINES = 3
HEAD_CHARS = 400


def dateline_date(text: str) -> Optional[date]:
    """The full date right after a capitalised city opening the text or one of its first lines, or None."""
    lines = [line for line in text[:HEAD_CHARS].split("\n") if line.strip()][:FIRST_LINES]
    for line in lines:
        match = DATELINE.match(line[:120] + "\n")
        if match is None:
            continue
        timex = normalize(match.group("date"), None)
        if timex is not None and timex.type == "DATE" and FULL_DAY.fullmatch(timex.value):
            return date.fromisoformat(timex.value)
    return None


def opens_with_dated_dateline(text: str) -> bool:
    """The text is a city in capitals and a date that a colon or dash closes ("ISLAMABAD, Feb 10:"), any date,
    with at most an agency's credit in brackets before the colon ("NEW DELHI, Oct 1 (PTI):")."""
    match = DATELINE.match(text)
    timex = normalize(match.group("date"), None) if match is not None else None
    if timex is None or timex.type != "DATE":
        return False
    rest = text[match.end() :].rstrip()
    return not rest or match.group(0).endswith("(") and AGENCY_CREDIT.fullmatch(rest) is not None
