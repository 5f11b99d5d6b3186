"""Checks on a record's values beyond its schema and its spans: TIMEX3 date values, figure bounds, claim sentences."""

from __future__ import annotations

import re
from typing import Optional

from .records import FigureMention

# TIMEX3 values as TimeML writes them (TimeML 1.2.1, section 2.2.1.2 "value"): a date at any granularity (a century
# "19", a decade "199X", a year, month, day, ISO week and weekday, weekend, quarter, half, season), optionally with a
# time of day or a part of it and a zone; a duration (P...; decades DE, centuries CE, millennia ML as TimeML has them);
# or a reference. X stands for any digit the text leaves open.
_DATE = r"(?:BC)?[\dX]{2,4}(?:-(?:[\dX]{2}(?:-[\dX]{2})?|W[\dX]{1,2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
_TIME = r"T(?:[\dX]{2}(?::[\dX]{2}(?::[\dX]{2}(?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)(?:Z|[+-]\d\d(?::?\d\d)?)?"
# an amount may be written by Python's general float format: 1e+06 for a million years
_AMOUNT = r"(?:X|\d+(?:\.\d+)?(?:e[+-]?\d+)?)"
_DURATION = rf"P(?:(?:{_AMOUNT}(?:DE|CE|ML|WE|Y|M|W|D|Q|H))+(?:T(?:{_AMOUNT}[HMS])+)?|T(?:{_AMOUNT}[HMS])+)"
TIMEX3_VALUE = re.compile(rf"{_DATE}(?:{_TIME})?|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF")


def is_timex3_value(value: str) -> bool:
    """The value is written as TIMEX3 writes values ("next week" is not)."""
    return TIMEX3_VALUE.fullmatch(value) is not None


def figure_bounds_problem(figure: FigureMention) -> Optional[str]:
    """What is wrong with a figure's value, low and high (low <= value <= high), or None."""
    if figure.low is not None and figure.high is not None and figure.low > figure.high:
        return f"low {figure.low:g} greater than high {figure.high:g}"
    if figure.value is not None and figure.low is not None and figure.value < figure.low:
        return f"value {figure.value:g} below its low {figure.low:g}"
    if figure.value is not None and figure.high is not None and figure.value > figure.high:
        return f"value {figure.value:g} above its high {figure.high:g}"
    return None
