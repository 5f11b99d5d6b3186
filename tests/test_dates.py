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


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "US stock markets saw an unusually turbulent day yesterday. A trader said: `` What we saw happen today was chaos.''\n(By the following day the theory had been abandoned.)",
            "2010-05-07",
            [("an unusually turbulent day", "DATE", "2010-05-06", None), ("yesterday", "DATE", "2010-05-06", None), ("today", "DATE", "2010-05-06", None), ("the following day", "DATE", "2010-05-07", None)],
        ),
        (
            "At a press conference at 16:15 UTC, June 1st, the chief executive of the company, which filed for bankruptcy earlier today, outlined a plan.",
            "2009-06-04",
            [("16:15 UTC", "TIME", "2009-06-01T16:15Z", None), ("June 1st", "DATE", "2009-06-01", None), ("earlier today", "DATE", "2009-06-01", None)],
        ),
        (
            "Stocks fell sharply yesterday. Trades made at 2.40 PM are to be cancelled.",
            "2010-05-07",
            [("yesterday", "DATE", "2010-05-06", None), ("2.40 PM", "TIME", "2010-05-06T14:40", None)],
        ),
        (
            "The minister said today that the talks would resume.",
            "2010-05-07",
            [("today", "DATE", "2010-05-07", None)],
        ),
        (
            "However, the workers may not earn what they earn today.",
            "2006-01-23",
            [("today", "DATE", "PRESENT_REF", None)],
        ),
        (
            "The A350 is a new design currently under development, and the airline recently launched three routes.",
            "2007-06-09",
            [("currently", "DATE", "PRESENT_REF", None), ("recently", "DATE", "PAST_REF", None)],
        ),
        (
            "Shares fell 2.5 percent the day the deal was announced.",
            "2007-06-09",
            [("the day", "DATE", "XXXX-XX-XX", None)],
        ),
        (
            "The Dow lost 998 points yesterday but recovered to end the day with a smaller loss.",
            "2010-05-07",
            [("yesterday", "DATE", "2010-05-06", None), ("the day", "DATE", "2010-05-06", None)],
        ),
        (
            "It may look at permanent closure in two to three years.",
            "2006-01-23",
            # one TIMEX3 per bound, the unit read into the first (R20, R983)
            [("two", "DURATION", "P2Y", None), ("three years", "DURATION", "P3Y", None)],
        ),
        (
            "The Greek economy will go through a depression over the next couple of years.",
            "2010-05-07",
            [("the next couple of years", "DURATION", "P2Y", "APPROX")],
        ),
    ],
    ids=["quote-today-is-reference-day", "earlier-today-in-dated-sentence", "clock-time-takes-reference-day", "today-in-narration", "today-nowadays", "currently-recently", "the-day-with-clause", "end-the-day", "n-to-m-years", "couple-of-years"],
)
def test_dates_reference_time(process, text, published, expected):
    assert _dates(process(text, published=published)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The delegation planned to fly to Lusaka on Thursday for the talks.", "1998-09-30", [("Thursday", "DATE", "1998-10-01", None)]),
        ("Until Thursday, they had not called him a suspect.", "1999-05-07", [("Thursday", "DATE", "1999-05-06", None)]),
        ("The firm said it would contest the fine, imposed Wednesday by the regulator.", "2000-01-06", [("Wednesday", "DATE", "2000-01-05", None)]),
        ("Officials postponed until Tuesday any action on the case.", "2000-03-30", [("Tuesday", "DATE", "2000-04-04", None)]),
        ("The government staged celebrations to mark the entry into NATO on Friday.", "1999-03-13", [("Friday", "DATE", "1999-03-12", None)]),
    ],
    ids=["past-plan-looks-ahead", "until-in-past-perfect", "participle-is-done", "deadline-until", "purpose-clause-takes-main-tense"],
)
def test_dates_weekday_direction(process, text, published, expected):
    assert _dates(process(text, published=published)) == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The impacted hourly and salaried workers face uncertain futures.", "hourly"),
        ("He said that day one motions had been filed in the court.", "that day"),
        ("The mural showed a lone cowboy from the old western High Noon.", "Noon"),
        ("It may look at permanent closure in two to three years.", "two to three years"),
    ],
    ids=["hourly-workers", "day-one", "high-noon", "range-not-one-span"],
)
def test_dates_false_hits(process, text, absent):
    doc = process(text, published="2006-01-23")
    assert absent not in [span.text for span in doc.spans["dates"]]


def test_quote_intervals():
    """The dates stage reads quotations with the shared claimspan.quotes.find_quotes."""
    from claimspan.quotes import find_quotes

    text = 'He said: `` One.\\nTwo.\'\' Then "three" and “four”.'
    assert [text[start:end] for start, end in find_quotes(text)] == ["`` One.\\nTwo.''", '"three"', "“four”"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Set to be held in November, our book fair in Kumasi will feature talks on poetry.", [("November", "DATE", "2024-11", None)]),
        ("The regional summit is scheduled to be held in November.", [("November", "DATE", "2024-11", None)]),
        ("The merger of the two dairy firms should be completed in November.", [("November", "DATE", "2024-11", None)]),
        ("The new bridge should have been opened in November.", [("November", "DATE", "2023-11", None)]),
        ("The farmer was said to have been arrested in November.", [("November", "DATE", "2023-11", None)]),
    ],
    ids=["passive-infinitive-under-set", "passive-infinitive-under-scheduled", "should-looks-ahead", "should-have-looks-back", "perfect-infinitive-looks-back"],
)
def test_dates_month_direction_r103(process, text, expected):
    # published 1 June: next November is five months ahead, last November seven months back
    assert _dates(process(text, published="2024-06-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The farmers have not signed the lease, which lapses if they lose when the appeal is heard in November.", [("November", "DATE", "2024-11", None)]),
        ("Traders expect little movement until the central bank meets in November.", [("November", "DATE", "2024-11", None)]),
        ("Shares will rally once the central bank meets in November.", [("November", "DATE", "2024-11", None)]),
        ("The farmers lost the lease when the appeal was heard in November.", [("November", "DATE", "2023-11", None)]),
    ],
    ids=["present-in-when-clause-looks-ahead", "present-in-until-clause-looks-ahead", "present-in-once-clause-looks-ahead", "past-in-when-clause-looks-back"],
)
def test_dates_present_in_time_clause_r104(process, text, expected):
    # published 1 June: next November is five months ahead, last November seven months back
    assert _dates(process(text, published="2024-06-01")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Since October 7, more than 38,000 people have been killed.", [("October 7", "DATE", "2023-10-07", None)]),
        ("He has been in custody since Oct. 7.", [("Oct. 7", "DATE", "2023-10-07", None)]),
        ("The army has been on alert since October.", [("October", "DATE", "2023-10", None)]),
        # without "since" a day four months ahead is still the nearer reading (R18)
        ("The Oct. 23 hearing was moved.", [("Oct. 23", "DATE", "2024-10-23", None)]),
    ],
    ids=["since-day-month", "since-abbreviated-month", "since-month", "no-since-nearest"],
)
def test_dates_since_is_always_past_r85(process, text, expected):
    # published 1 July: last October is eight to nine months back, next October three months ahead
    assert _dates(process(text, published="2024-07-01")) == expected


ANCHORED_TEXTS = [
    "Monday morning talks ended. Last week, 3-4 days later and two and a half years ago, the past few months.",
    "On 12/05/2021 and Friday, 05-07-2022 at 5 p.m. GMT Sunday, the mid-1990s gave way to the 2000s; mid-March 2019 too.",
    "The same day, the following morning, a very busy day: once a year, every other week, for decades, over the years.",
    "May 3, 2020 was earlier this year and later today; the first quarter of 2021, spring of 2019, this summer.",
    "Jan 5 , 2024 and 5 January 2024 were currently and recently noon; now the future is tonight.",
    "Talks",
    "weekend",
]


@pytest.mark.parametrize("text", ANCHORED_TEXTS)
def test_anchored_matcher_finds_what_the_whole_doc_run_finds(nlp, text):
    """The date Matcher, run over the stretches around its anchor words, gives the whole-Doc run's
    matches in the same order (the stretches start and end at the Doc's edges in the last two texts)."""
    matcher = nlp.get_pipe("claimspan_dates").matcher
    doc = nlp(text)
    whole = [(span.label_, span.start, span.end) for span in matcher.matcher(doc, as_spans=True)]
    assert [(span.label_, span.start, span.end) for span in matcher(doc)] == whole
    assert whole or len(doc) == 1
    covered = sum(end - start for start, end in matcher.stretches(doc))
    assert covered <= len(doc)


def test_anchored_matcher_reads_the_whole_doc_for_an_unbounded_pattern(blank_nlp):
    from claimspan.components.dates.anchored_matcher import AnchoredMatcher

    matcher = AnchoredMatcher(blank_nlp.vocab)
    matcher.add("days", [{"LOWER": "day"}, {"LOWER": "later"}])
    doc = blank_nlp("the next day later on a day later")
    assert matcher.stretches(doc) == [(2, 4), (6, 8)]
    assert [(span.start, span.end) for span in matcher(doc)] == [(2, 4), (6, 8)]
    matcher.add("many", [{"LOWER": "many"}, {"IS_ALPHA": True, "OP": "+"}])
    assert matcher.whole_doc
    assert [(span.start, span.end) for span in matcher(blank_nlp("so many days later"))][:1] == [(1, 3)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # past tense: the latest fourth quarter that has begun, as a month name would be (R194)
        ("House prices rose in the fourth quarter to their highest level.", "2007-03-13", [("the fourth quarter", "DATE", "2006-Q4", None)]),
        ("The company expects sales to recover in the fourth quarter.", "2006-08-19", [("the fourth quarter", "DATE", "2006-Q4", None)]),
        ("In the first quarter of last year, the firm lost $381 million.", "2009-05-07", [("the first quarter of last year", "DATE", "2008-Q1", None)]),
        ("For the final quarter of 2009, the carmaker posted a profit.", "2010-01-28", [("the final quarter of 2009", "DATE", "2009-Q4", None)]),
        ("Poverty rose to 52.9% in the first half of 2024.", "2025-01-14", [("the first half of 2024", "DATE", "2024-H1", None)]),
    ],
    ids=["past-quarter-last-year", "planned-quarter-this-year", "quarter-of-last-year", "final-quarter", "half-of-year"],
)
def test_dates_quarters_and_halves_r194(process, text, published, expected):
    assert _dates(process(text, published=published)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # after a part word, "the year" and "the month" are the ones the text is in (R188)
        ("About 1,200 civilians were killed in the first half of the year.", "2025-07-10", [("the first half of the year", "DATE", "2025-H1", None)]),
        ("Inflation will ease by the end of the year, the bank said.", "2025-07-10", [("the end of the year", "DATE", "2025", "END")]),
        ("The bill passed at the beginning of the month.", "2025-07-10", [("the beginning of the month", "DATE", "2025-07", "START")]),
        # a bare "the year" is left alone: "over the year" is a stretch of time, not the calendar year
        ("The figure doubled over the year.", "2025-07-10", []),
    ],
    ids=["half-of-the-year", "end-of-the-year", "beginning-of-the-month", "bare-the-year"],
)
def test_dates_part_of_the_current_year_r188(process, text, published, expected):
    assert _dates(process(text, published=published)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # R190: "on" opening a phrase of its own is not the "on" of "a year on"
        # the "a year" of an amount is how often, a SET (R984)
        ("Washington spends about $400 million a year on security aid.", [("a year", "SET", "P1Y", None)]),
        ("The painter and her niece stayed for a month on a small farm.", [("a month", "DURATION", "P1M", None)]),
        # "a year on" as "a year later" keeps its "on"
        ("Two days on, rescuers are still searching.", [("Two days on", "DURATION", "P2D", None)]),
    ],
    ids=["rate-on-object", "month-on-farm", "days-on-later"],
)
def test_dates_on_with_its_own_object_r190(process, text, expected):
    assert _dates(process(text, published="2025-06-02")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # R216: "a quarter of the budget" and "by a quarter" are shares, not three months
        ("A quarter of the children are malnourished.", []),
        ("Exports fell by a quarter.", []),
        # a quarter of a year stays a duration
        ("The plant was idle for a quarter of the year.", [("a quarter", "DURATION", "P3M", None)]),
    ],
    ids=["quarter-of-the-children", "by-a-quarter", "quarter-of-the-year"],
)
def test_dates_a_quarter_as_a_share_r216(process, text, expected):
    assert _dates(process(text, published="2025-07-10")) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # next March is 52 days ahead, last March 10 months back: a past act on that day was last March
        ("The foreign ministry rejected the claim on March 3.", "2025-01-10", [("March 3", "DATE", "2024-03-03", None)]),
        ("Police arrested the two men on Feb. 14, the officer said.", "2025-01-10", [("Feb. 14", "DATE", "2024-02-14", None)]),
        ("The army withdrew its troops in December.", "2024-11-15", [("December", "DATE", "2023-12", None)]),
        # within a week after the text's date: the wire dated the story the evening before (R270)
        ("The council met on Jan. 11 to discuss the budget.", "2025-01-10", [("Jan. 11", "DATE", "2025-01-11", None)]),
        # not a past act's own time: a plan, a future act, a date inside a noun phrase
        ("The ministry will respond on March 3.", "2025-01-10", [("March 3", "DATE", "2025-03-03", None)]),
        ("The talks were scheduled for March 3.", "2025-01-10", [("March 3", "DATE", "2025-03-03", None)]),
        ("The minister gave no reason for the March 3 deadline.", "2025-01-10", [("March 3", "DATE", "2025-03-03", None)]),
    ],
    ids=["past-act-on-day", "past-act-abbreviated", "past-act-in-month", "past-act-next-day", "future-act", "plan", "date-in-noun-phrase"],
)
def test_dates_past_act_is_never_months_ahead_r270(process, text, published, expected):
    assert _dates(process(text, published=published)) == expected
