"""claimspan_dates on crafted sentences through the whole pipeline."""

import pytest

SEED_ANCHOR = "2025-01-06"


def _dates(doc):
    return [(span.text, span.label_, span._.date_value, span._.date_mod) for span in doc.spans["dates"]]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "The group returned to power over three years ago.",
            SEED_ANCHOR,
            [("over three years ago", "DATE", "2022", "BEFORE")],
        ),
        (
            "An attack in late December killed 16 soldiers. Days later, on Dec 24, jets struck hideouts.",
            SEED_ANCHOR,
            [("late December", "DATE", "2024-12", "END"), ("Days later", "DURATION", "PXD", None), ("Dec 24", "DATE", "2024-12-24", None)],
        ),
        (
            "The talks ended after over a year of coercive policy.",
            SEED_ANCHOR,
            [("over a year", "DURATION", "P1Y", "MORE_THAN")],
        ),
        (
            "Trade has declined over the past year or so.",
            SEED_ANCHOR,
            [("the past year or so", "DURATION", "P1Y", "APPROX")],
        ),
        (
            "Three-and-a-half years of talks yielded little.",
            SEED_ANCHOR,
            [("Three-and-a-half years", "DURATION", "P3.5Y", None)],
        ),
        (
            "Last week, the minister said visits would resume in January.",
            SEED_ANCHOR,
            [("Last week", "DATE", "2025-W01", None), ("January", "DATE", "2025-01", None)],
        ),
        (
            "The plant will close between 2014 and 2016.",
            SEED_ANCHOR,
            [("2014", "DATE", "2014", None), ("2016", "DATE", "2016", None)],
        ),
        (
            "Jets carried out strikes on Dec 24.",
            None,
            [("Dec 24", "DATE", "XXXX-12-24", None)],
        ),
        (
            "At a press conference at 16:15 UTC, June 1st, he said the process would take between 60 and 90 days.",
            "2009-06-04",
            [("16:15 UTC", "TIME", "2009-06-01T16:15Z", None), ("June 1st", "DATE", "2009-06-01", None), ("60", "DURATION", "P60D", None), ("90 days", "DURATION", "P90D", None)],
        ),
    ],
    ids=["ago-with-over", "late-month-and-days-later", "over-a-year", "past-year-or-so", "and-a-half", "week-and-future-month", "year-range", "no-anchor", "utc-time-and-duration-range"],
)
def test_dates_spans(process, text, published, expected):
    assert _dates(process(text, published=published)) == expected


@pytest.mark.parametrize(
    "text",
    ["In fact, 2024 was the deadliest year in a decade of fighting.", "He chaired Local 1520 of the union.", "Release 2010-09-CA-125 was issued."],
    ids=["deadliest-year", "union-local", "release-code"],
)
def test_dates_drops_non_dates(process, text):
    doc = process(text, published=SEED_ANCHOR)
    texts = [span.text for span in doc.spans["dates"]]
    assert "the deadliest year" not in texts and "1520" not in texts and "2010-09" not in texts


def test_dates_weekday_in_past_tense_news(process):
    doc = process("Insurgents attacked a patrol in Helmand province on Tuesday.", published="2010-09-08")
    assert _dates(doc) == [("Tuesday", "DATE", "2010-09-07", None)]


def test_dates_spans_sorted_and_disjoint(process):
    doc = process("On Monday, Oct. 26, and again last year, for three years, every week.", published=SEED_ANCHOR)
    spans = list(doc.spans["dates"])
    assert spans == sorted(spans, key=lambda span: span.start)
    assert all(left.end <= right.start for left, right in zip(spans, spans[1:]))
