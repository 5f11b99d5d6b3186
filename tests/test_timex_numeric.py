"""Numeric dates in every order (GUIDELINES R33-R39): readings, decisions and the document's order, by hand."""

from datetime import date

import pytest

from claimspan.timex import normalize
from claimspan.timex_numeric import decide, document_order, readings, rewrite

ANCHOR = date(2022, 8, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("26/07/2022", {"DMY": date(2022, 7, 26)}),
        ("07/26/2022", {"MDY": date(2022, 7, 26)}),
        ("26.07.2022", {"DMY": date(2022, 7, 26)}),
        ("2022/07/26", {"YMD": date(2022, 7, 26)}),
        ("2022.7.26", {"YMD": date(2022, 7, 26)}),
        ("26-07-22", {"DMY": date(2022, 7, 26)}),
        ("05/07/2022", {"DMY": date(2022, 7, 5), "MDY": date(2022, 5, 7)}),
        ("5/7/22", {"DMY": date(2022, 7, 5), "MDY": date(2022, 5, 7)}),
        ("05/05/2022", {"DMY": date(2022, 5, 5), "MDY": date(2022, 5, 5)}),
        ("29/02/2024", {"DMY": date(2024, 2, 29)}),
        ("29/02/2023", {}),
        ("31/04/2022", {}),
        ("13/13/2022", {}),
        ("00/07/2022", {}),
        ("2022/13/01", {}),
        ("4-4-2", {}),
        ("5-7-22", {}),
        ("3.5.12", {}),
        ("1.2.3.4", {}),
        ("10/20/30/40", {}),
        ("9/11", {}),
        ("26/07/98", {"DMY": date(1998, 7, 26)}),
    ],
    ids=[
        "day-first", "month-first", "dotted", "year-first", "year-first-dotted-short", "dashes-two-digit-year",
        "ambiguous", "ambiguous-short", "same-either-way", "leap-day", "no-leap-day", "no-31-april", "no-month-13",
        "no-day-0", "year-first-no-month-13", "football-formation", "dashes-need-two-digits", "dots-need-two-digits",
        "version-number", "longer-run", "fraction", "two-digit-year-last-century",
    ],
)
def test_timex_numeric_readings(text, expected):
    assert readings(text, anchor=ANCHOR) == expected


@pytest.mark.parametrize(
    "text, anchor, year",
    [("1/1/22", date(2022, 8, 1), 2022), ("1/1/98", date(2022, 8, 1), 1998), ("1/1/30", date(2022, 8, 1), 2030), ("1/1/80", date(2022, 8, 1), 1980), ("1/1/22", None, 2022), ("1/1/75", None, 1975)],
    ids=["this-year", "nearer-last-century", "eight-years-ahead", "forty-two-years-back", "no-anchor-pivot-low", "no-anchor-pivot-high"],
)
def test_timex_numeric_two_digit_year_nearest_anchor(text, anchor, year):
    assert {value.year for value in readings(text, anchor=anchor).values()} == {year}


@pytest.mark.parametrize(
    "weekday, order, expected",
    [(None, None, None), (None, "DMY", date(2022, 7, 5)), (None, "MDY", date(2022, 5, 7)), (None, "YMD", None), (2, None, date(2022, 7, 5)), (6, "DMY", date(2022, 5, 7)), (3, "MDY", date(2022, 5, 7))],
    ids=["undecided", "order-dmy", "order-mdy", "order-ymd-does-not-apply", "tuesday-picks-5-july", "saturday-beats-order", "weekday-fits-neither"],
)
def test_timex_numeric_decide_ambiguous(weekday, order, expected):
    # 5 July 2022 is a Tuesday, 7 May 2022 a Saturday
    assert decide({"DMY": date(2022, 7, 5), "MDY": date(2022, 5, 7)}, weekday=weekday, order=order) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["05/07/2022", "26/07/2022"], "DMY"),
        (["05/07/2022", "07/26/2022"], "MDY"),
        (["05/07/2022", "26.07.2022", "13-08-22"], "DMY"),
        (["26/07/2022", "07/26/2022"], None),
        (["05/07/2022", "2022/07/26"], None),
        (["05/07/2022", "06/07/2022"], None),
        (["Tuesday", "last week"], None),
    ],
    ids=["day-first-evidence", "month-first-evidence", "mixed-separators-agree", "conflicting-evidence", "year-first-says-nothing", "only-ambiguous", "no-numeric-dates"],
)
def test_timex_numeric_document_order(texts, expected):
    assert document_order(texts, anchor=ANCHOR) == expected


@pytest.mark.parametrize(
    "phrase, order, expected",
    [
        ("on 26/07/2022 at noon", None, "on 2022-07-26 at noon"),
        ("05/07/2022", None, "2022-XX-XX"),
        ("tuesday 05/07/2022", None, "tuesday 2022-07-05"),
        ("between 05/07/2022 and 06/07/2022", "DMY", "between 2022-07-05 and 2022-07-06"),
        ("31/02/2022", None, "31/02/2022"),
        ("the 4-4-2", None, "the 4-4-2"),
    ],
    ids=["inside-a-phrase", "undecided", "weekday-decides", "range-with-order", "impossible-left-alone", "not-a-date"],
)
def test_timex_numeric_rewrite(phrase, order, expected):
    assert rewrite(phrase, anchor=ANCHOR, order=order) == expected


@pytest.mark.parametrize(
    "text, order, value, timex_type",
    [
        ("26/07/2022", None, "2022-07-26", "DATE"),
        ("07/26/2022", None, "2022-07-26", "DATE"),
        ("26.07.2022", None, "2022-07-26", "DATE"),
        ("2022/07/26", None, "2022-07-26", "DATE"),
        ("26-07-22", None, "2022-07-26", "DATE"),
        ("Tuesday 26/07/2022", None, "2022-07-26", "DATE"),
        ("05/07/2022", None, "2022-XX-XX", "DATE"),
        ("05/07/2022", "MDY", "2022-05-07", "DATE"),
        ("05/07/2022", "DMY", "2022-07-05", "DATE"),
        ("26/07/2022 10:30", None, "2022-07-26T10:30", "TIME"),
        ("05/07/2022 10:30", None, "2022-XX-XXT10:30", "TIME"),
    ],
    ids=["day-first", "month-first", "dotted", "year-first", "dashes", "weekday-day-first", "ambiguous-open", "ambiguous-mdy", "ambiguous-dmy", "with-clock-time", "ambiguous-with-clock-time"],
)
def test_timex_numeric_normalize(text, order, value, timex_type):
    timex = normalize(text, ANCHOR, order=order)
    assert (timex.type, timex.value) == (timex_type, value)


@pytest.mark.parametrize(
    "text",
    ["31/02/2022", "45/67/2022", "00/00/0000", "99.99.99", "Tuesday 31/02/2022", "1000-10-00", "2024-13", "2022-02-30 10:30"],
    ids=["no-such-day", "no-such-month", "zeros", "nines", "weekday-no-such-day", "iso-day-zero", "iso-month-13", "iso-time-no-such-day"],
)
def test_timex_numeric_impossible_dates_are_not_read(text):
    assert normalize(text, ANCHOR) is None


def _numeric_dates(nlp, text, *, date_order=None, meta_order=None):
    from claimspan.records import InputDocument, SourceMeta
    from claimspan.runner import make_doc

    meta = SourceMeta(published=ANCHOR, date_order=meta_order)
    doc = nlp(make_doc(nlp, InputDocument(id="numeric", text=text, meta=meta), date_order=date_order))
    return [(span.text, span._.date_value) for span in doc.spans["dates"]]


@pytest.mark.parametrize(
    "text, date_order, meta_order, expected",
    [
        ("The attack on Tuesday 26/07/2022 killed five.", None, None, [("Tuesday 26/07/2022", "2022-07-26")]),
        ("Talks on 05/07/2022 failed.", None, None, [("05/07/2022", "2022-XX-XX")]),
        ("Talks on 05/07/2022 failed. A truce on 26/07/2022 held.", None, None, [("05/07/2022", "2022-07-05"), ("26/07/2022", "2022-07-26")]),
        ("Talks on 05/07/2022 failed. A truce on 07/26/2022 held.", "DMY", None, [("05/07/2022", "2022-05-07"), ("07/26/2022", "2022-07-26")]),
        ("Talks on 05/07/2022 failed.", "MDY", None, [("05/07/2022", "2022-05-07")]),
        ("Talks on 05/07/2022 failed.", None, "DMY", [("05/07/2022", "2022-07-05")]),
        ("Talks on 05/07/2022 failed.", "MDY", "DMY", [("05/07/2022", "2022-05-07")]),
        ("Talks on 05-07-22 and 2022/07/26 failed.", None, None, [("05-07-22", "2022-XX-XX"), ("2022/07/26", "2022-07-26")]),
        ("The coach kept his 4-4-2 on 12.07.2022.", None, None, [("12.07.2022", "2022-XX-XX")]),
    ],
    ids=["crash-case", "ambiguous-open", "other-date-decides", "document-beats-option", "option", "metadata", "option-beats-metadata", "dashes-and-year-first", "formation-not-a-date"],
)
def test_timex_numeric_dates_stage(nlp, text, date_order, meta_order, expected):
    assert _numeric_dates(nlp, text, date_order=date_order, meta_order=meta_order) == expected
