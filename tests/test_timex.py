"""Table tests for timex.normalize: expected TIMEX3 values written by hand from the TimeML 1.2.1 rules."""

from datetime import date

import pytest

from claimspan.timex import Timex, normalize

MONDAY = date(2025, 1, 6)  # ISO week 2025-W02
WEDNESDAY = date(2010, 9, 8)

CASES = [
    # (text, anchor, future, type, value, mod)
    ("2024", MONDAY, False, "DATE", "2024", None),
    ("July 2024", MONDAY, False, "DATE", "2024-07", None),
    ("Dec 24", MONDAY, False, "DATE", "2024-12-24", None),
    ("Dec. 24, 2023", MONDAY, False, "DATE", "2023-12-24", None),
    ("24 December", MONDAY, False, "DATE", "2024-12-24", None),
    ("Dec 24", None, False, "DATE", "XXXX-12-24", None),
    ("last year", MONDAY, False, "DATE", "2024", None),
    ("last year", None, False, "DATE", "XXXX", None),
    ("Last week", MONDAY, False, "DATE", "2025-W01", None),
    ("this week", MONDAY, False, "DATE", "2025-W02", None),
    ("next month", MONDAY, False, "DATE", "2025-02", None),
    ("earlier this month", MONDAY, False, "DATE", "2025-01", None),
    ("yesterday", MONDAY, False, "DATE", "2025-01-05", None),
    ("yesterday", None, False, "DATE", "XXXX-XX-XX", None),
    ("late December", MONDAY, False, "DATE", "2024-12", "END"),
    ("early January", MONDAY, False, "DATE", "2025-01", "START"),
    ("mid-2023", MONDAY, False, "DATE", "2023", "MID"),
    ("the end of this year", MONDAY, False, "DATE", "2025", "END"),
    ("January", MONDAY, True, "DATE", "2025-01", None),
    ("March", MONDAY, False, "DATE", "2024-03", None),
    ("March", MONDAY, True, "DATE", "2025-03", None),
    ("Tuesday", MONDAY, False, "DATE", "2024-12-31", None),
    ("Tuesday", MONDAY, True, "DATE", "2025-01-07", None),
    ("Wednesday", WEDNESDAY, False, "DATE", "2010-09-08", None),
    ("last Wednesday", WEDNESDAY, False, "DATE", "2010-09-01", None),
    ("Tuesday", None, False, "DATE", "XXXX-WXX-2", None),
    ("over three years ago", MONDAY, False, "DATE", "2022", "BEFORE"),
    ("six months ago", MONDAY, False, "DATE", "2024-07", None),
    ("the 1990s", MONDAY, False, "DATE", "199X", None),
    ("now", MONDAY, False, "DATE", "PRESENT_REF", None),
    ("three years", MONDAY, False, "DURATION", "P3Y", None),
    ("Three-and-a-half years", MONDAY, False, "DURATION", "P3.5Y", None),
    ("almost a decade", MONDAY, False, "DURATION", "P10Y", "LESS_THAN"),
    ("over a year", MONDAY, False, "DURATION", "P1Y", "MORE_THAN"),
    ("more than 72 hours", MONDAY, False, "DURATION", "PT72H", "MORE_THAN"),
    ("at least two weeks", MONDAY, False, "DURATION", "P2W", "EQUAL_OR_MORE"),
    ("the past year or so", MONDAY, False, "DURATION", "P1Y", "APPROX"),
    ("the past three days", MONDAY, False, "DURATION", "P3D", None),
    ("decades", MONDAY, False, "DURATION", "PXDE", None),
    ("several minutes", MONDAY, False, "DURATION", "PTXM", None),
    ("Days later", MONDAY, False, "DURATION", "PXD", None),
    ("two weeks later", MONDAY, False, "DURATION", "P2W", None),
    ("16-hour", MONDAY, False, "DURATION", "PT16H", None),
    ("every year", MONDAY, False, "SET", "P1Y", None),
    ("weekly", MONDAY, False, "SET", "P1W", None),
    ("twice a month", MONDAY, False, "SET", "P1M", None),
    ("3 p.m.", MONDAY, False, "TIME", "2025-01-06T15:00", None),
    ("10:35 a.m. Friday", MONDAY, False, "TIME", "2025-01-03T10:35", None),
    ("this morning", MONDAY, False, "TIME", "2025-01-06TMO", None),
    ("Sunday night", MONDAY, False, "TIME", "2025-01-05TNI", None),
    # a couple of -> APPROX (R19); "N to M units" -> the lower bound, EQUAL_OR_MORE (R20)
    ("the next couple of years", MONDAY, False, "DURATION", "P2Y", "APPROX"),
    ("a couple of days", MONDAY, False, "DURATION", "P2D", "APPROX"),
    ("two to three years", MONDAY, False, "DURATION", "P2Y", "EQUAL_OR_MORE"),
    ("two or three days", MONDAY, False, "DURATION", "PXD", None),
    # anaphoric days: the anchor here stands for the reference time the component passes
    ("that day", MONDAY, False, "DATE", "2025-01-06", None),
    ("Earlier that day", MONDAY, False, "DATE", "2025-01-06", None),
    ("that same day", MONDAY, False, "DATE", "2025-01-06", None),
    ("the following day", MONDAY, False, "DATE", "2025-01-07", None),
    ("that night", MONDAY, False, "TIME", "2025-01-06TNI", None),
    ("the next morning", MONDAY, False, "TIME", "2025-01-07TMO", None),
    # "overnight" in a report is the night that ended on the publication day
    ("overnight", date(2010, 10, 17), False, "TIME", "2010-10-16TNI", None),
    # a day-month date takes the nearer occurrence only when it is within four months
    ("Oct. 23", date(1999, 5, 6), False, "DATE", "1998-10-23", None),
    ("Jan. 14", MONDAY, False, "DATE", "2025-01-14", None),
]


@pytest.mark.parametrize("text, anchor, future, type_, value, mod", CASES, ids=[f"{case[0]}-{case[1]}-{case[2]}" for case in CASES])
def test_timex_normalize(text, anchor, future, type_, value, mod):
    assert normalize(text, anchor, future=future) == Timex(type_, value, mod)


@pytest.mark.parametrize("text", ["the deadliest year", "year", "the day", "Local", "talks", ""])
def test_timex_normalize_rejects_non_temporal(text):
    assert normalize(text, MONDAY) is None
