"""claimspan_figures through the whole pipeline: crafted sentences -> figure spans (GUIDELINES R22-R25)."""

from __future__ import annotations

import pytest

NOT_FIGURES = "not-figures"


def figures(doc) -> list[tuple]:
    return [
        (span.text, span.label_, span._.figure_value, span._.figure_low, span._.figure_high, span._.figure_unit, span._.figure_approx)
        for span in doc.spans["figures"]
    ]


# (sentence, [(span text, label, value, low, high, unit, approx), ...]) written by hand
CASES = [
    (
        "The group has an estimated strength of 6,000-6,500 fighters, the report says.",
        [("6,000-6,500", "COUNT", 6250, 6000, 6500, "fighters", True)],
    ),
    (
        "An attack on a border post left 16 security personnel dead.",
        [("16", "COUNT", 16, 16, 16, "security personnel", False)],
    ),
    (
        "A roadside bomb killed four US soldiers and ten insurgents.",
        [("four", "COUNT", 4, 4, 4, "soldiers", False), ("ten", "COUNT", 10, 10, 10, "insurgents", False)],
    ),
    (
        "The company reported a US$ 1.6 billion loss and will invest $200 million in the plant.",
        [("US$ 1.6 billion", "MONEY", 1.6e9, 1.6e9, 1.6e9, "USD", False), ("$200 million", "MONEY", 2e8, 2e8, 2e8, "USD", False)],
    ),
    (
        "The aircraft cost €3.2 billion, and the government pledged Rs 10bn in aid.",
        [("€3.2 billion", "MONEY", 3.2e9, 3.2e9, 3.2e9, "EUR", False), ("Rs 10bn", "MONEY", 1e10, 1e10, 1e10, "INR", False)],
    ),
    (
        "The cuts make up 20 to 25 percent of the workforce, and unemployment rose 4.5% last year.",
        [("20 to 25 percent", "PERCENT", 22.5, 20, 25, "percent", False), ("4.5%", "PERCENT", 4.5, 4.5, 4.5, "percent", False)],
    ),
    (
        "Police arrested more than 30 protesters and about 300 supporters gathered outside.",
        [("more than 30", "COUNT", 30, 30, None, "protesters", False), ("about 300", "COUNT", 300, 300, 300, "supporters", True)],
    ),
    (
        "Nearly 40 villagers fled, and up to 500 troops were deployed.",
        [("Nearly 40", "COUNT", 40, None, 40, "villagers", True), ("up to 500", "COUNT", 500, None, 500, "troops", True)],
    ),
    (
        "Rebels fired a dozen rockets and dozens of shells at the town.",
        [("a dozen", "COUNT", 12, 12, 12, "rockets", False), ("dozens", "COUNT", None, None, None, "shells", True)],
    ),
    (
        "Twenty-five soldiers and three of their commanders were captured.",
        [("Twenty-five", "COUNT", 25, 25, 25, "soldiers", False), ("three", "COUNT", 3, 3, 3, "commanders", False)],
    ),
    (
        "The flood has cost the region millions of dollars.",
        [("millions of dollars", "MONEY", None, None, None, "USD", True)],
    ),
    (
        "Its shares fell from about $42 to four cents.",
        [("about $42", "MONEY", 42, 42, 42, "USD", True), ("four cents", "MONEY", 0.04, 0.04, 0.04, "USD", False)],
    ),
    (
        "The convoy covered 40 km before it stopped.",
        [("40 km", "QUANTITY", 40, 40, 40, "km", False)],
    ),
    (
        "The jobless rate rose from 20 to 25 percent.",
        [("20", "PERCENT", 20, 20, 20, "percent", False), ("25 percent", "PERCENT", 25, 25, 25, "percent", False)],
    ),
    (
        "Between 300 and 400 homes burned, and 2,000-2,500 people fled.",
        [("Between 300 and 400", "COUNT", 350, 300, 400, "homes", False), ("2,000-2,500", "COUNT", 2250, 2000, 2500, "people", False)],
    ),
    # R22: a "that" opening a reported clause is a conjunction, not a determiner of the count
    (
        "Police said that three people were arrested.",
        [("three", "COUNT", 3, 3, 3, "people", False)],
    ),
    (
        "The agency estimates that more than 12 million people have fled.",
        [("more than 12 million", "COUNT", 12e6, 12e6, None, "people", True)],  # approx: "estimates" governs it (R24)
    ),
    # R23: a unit abbreviation written against the digits is part of a measure, not a code
    (
        "Customs officers seized 20kg of heroin near the 2,640km border.",
        [("20kg", "QUANTITY", 20, 20, 20, "kg", False), ("2,640km", "QUANTITY", 2640, 2640, 2640, "km", False)],
    ),
    (
        "Parts of the city got 150mm of rain.",
        [("150mm", "QUANTITY", 150, 150, 150, "mm", False)],
    ),
    # R24: a percent range may write the sign on both bounds; a poll score (high bound first) is two figures
    (
        "Her approval stood at between 2% and 4%, and emissions will fall by 5 per cent to 15 per cent.",
        [("between 2% and 4%", "PERCENT", 3, 2, 4, "percent", False), ("5 per cent to 15 per cent", "PERCENT", 10, 5, 15, "percent", False)],
    ),
    (
        "The senator beat her 51% to 36% in the state.",
        [("51%", "PERCENT", 51, 51, 51, "percent", False), ("36%", "PERCENT", 36, 36, 36, "percent", False)],
    ),
    # R23/R24: a fraction before "a" + scale word is part of the figure ("half a million" is 500,000, not a million)
    (
        "The region burned nearly half a million hectares of grassland, and a quarter of a million people fled.",
        [("nearly half a million", "COUNT", 5e5, None, 5e5, "hectares", True), ("a quarter of a million", "COUNT", 2.5e5, 2.5e5, 2.5e5, "people", False)],
    ),
    (
        "About three quarters of a million people voted.",
        [("About three quarters of a million", "COUNT", 7.5e5, 7.5e5, 7.5e5, "people", True)],
    ),
    (
        "Two more plants will close in 2008, another two in 2012.",
        [("Two", "COUNT", 2, 2, 2, "plants", False), ("two", "COUNT", 2, 2, 2, "plants", False)],
    ),
    # R216: a fraction or a ratio of a whole is a share, its value the percentage it states
    (
        "Two-thirds of the displaced are children, and about a quarter of the budget goes to defence.",
        [("Two-thirds", "PERCENT", 66.6667, 66.6667, 66.6667, "percent", False), ("about a quarter", "PERCENT", 25, 25, 25, "percent", True)],
    ),
    (
        "Aid pledges fell by nearly a third, and exports fell by half last year.",
        [("nearly a third", "PERCENT", 33.3333, None, 33.3333, "percent", True), ("half", "PERCENT", 50, 50, 50, "percent", False)],
    ),
    (
        "Six in 10 voters said the mayor is honest, and one in five adults is unemployed.",
        [("Six in 10", "PERCENT", 60, 60, 60, "percent", False), ("one in five", "PERCENT", 20, 20, 20, "percent", False)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[case[0][:40] for case in CASES])
def test_figures_found_and_read(process, text, expected):
    doc = process(text, published="2025-01-06")
    assert figures(doc) == expected


# Sentences with numbers that are not figures (R22), each written to hold no figure at all.
NOT_FIGURE_SENTENCES = [
    "It was the second-largest attack since the war began.",
    "The talks resumed in 2009 after a year's hiatus.",
    "The meeting began at 16:15 on Tuesday.",
    "The release was numbered 2010-09-CA-005.",
    "The one-document regime angered traders.",
    "The St. Louis plant is the one that makes the Explorer.",
    "He drove down Route 66 in a Boeing 747.",
    "Tensions rose between the two countries.",
    "The airline prefers their new 787 aircraft.",
    "Three-and-a-half years of talks failed.",
    "IS-K fighters attacked the checkpoint.",
    "Call 555-1234 for details; the vote was 52-48.",
    "The Standard & Poor's 500 index closed lower.",
    "The company makes one type of car.",
    "Of that 500, none came back.",
    "Operators rolled out 5G in the capital.",
    # R216: a fraction word as an ordinal or a part of a year is no share
    "He won a third term in the election.",
    "Talks stalled in the second half of the year.",
]


@pytest.mark.parametrize("text", NOT_FIGURE_SENTENCES, ids=[text[:40] for text in NOT_FIGURE_SENTENCES])
def test_figures_not_figures(process, text):
    doc = process(text, published="2025-01-06")
    assert figures(doc) == []


def test_figures_one_of_two_counts_only_two(process):
    doc = process("The plant is one of two plants that make the car.", published="2025-01-06")
    assert [(span.text, span._.figure_unit) for span in doc.spans["figures"]] == [("two", "plants")]


def test_figures_spans_sorted_disjoint_and_exact(process):
    text = "Between 60 and 90 fighters, 2.5 percent and $3.68 (€ 2.73) were counted; 14 plants closed."
    doc = process(text, published="2025-01-06")
    spans = list(doc.spans["figures"])
    assert [span.text for span in spans] == ["Between 60 and 90", "2.5 percent", "$3.68", "€ 2.73", "14"]
    assert all(text[span.start_char : span.end_char] == span.text for span in spans)
    assert all(left.end <= right.start for left, right in zip(spans, spans[1:]))


@pytest.mark.xfail(reason="the parser tags the adjective 'core' as a compound noun, so it stays in the unit (R25)")
def test_figures_unit_drops_adjective_compound(process):
    doc = process("GM is expected to focus on four core brands.", published="2025-01-06")
    assert [span._.figure_unit for span in doc.spans["figures"]] == ["brands"]


def test_figures_ner_date_that_counts_a_noun(process):
    # the NER tags "2000" DATE; the dates stage does not keep it, and it counts soldiers
    doc = process("Officials said 2000 soldiers were deployed.", published="2025-01-06")
    assert [span.text for span in doc.spans["figures"]] == ["2000"]


def test_range_joiner_is_read_only_when_short_enough_to_be_one(blank_nlp):
    from spacy.tokens import Doc

    from claimspan.components.figures.phrases import range_joiner

    doc = Doc(blank_nlp.vocab, words=["3", "\n", "To", "5", "and", "then", "rose", "by", "6"], spaces=[True, False, True, True, True, True, True, True, False])
    assert range_joiner(doc, 1, 3) == "to"
    assert range_joiner(doc, 1, 1) == ""
    # four words between two figures can join nothing
    assert range_joiner(doc, 4, 8) == ""
    assert range_joiner(doc, 4, 7) == "and then rose"
