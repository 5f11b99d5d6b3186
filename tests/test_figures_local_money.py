"""Money signs of African and South Asian press (GUIDELINES R280-R285): a scale word is never a figure alone after
digits glued to a prefix, local one-letter signs ("N", "K", "Sh") count only on the article's evidence, taka,
Nepalese rupee and ngultrum signs with lakh and crore. Every sentence and expected reading is written by hand."""

from __future__ import annotations

import pytest

from claimspan.figure_lexicon import States
from claimspan.quantities import read_figure
from claimspan.tables import FigureWord


CASES = [
    # R281: a local sign with its state named, or with its currency's name written in the article
    ("The Nigerian government said it spent N5 billion on roads.", [("N5 billion", "MONEY", 5e9, "NGN")]),
    ("ABUJA - The senate approved N12.5 billion for the census.", [("N12.5 billion", "MONEY", 1.25e10, "NGN")]),
    ("The naira fell after the bank sold N200,000 in bonds to each trader.", [("N200,000", "MONEY", 2e5, "NGN")]),
    # R285: a province written with a capital "State" after it names its state, tagged by the NER or not
    ("The Lagos State government said it would spend N5 billion on roads.", [("N5 billion", "MONEY", 5e9, "NGN")]),
    ("The governor of Cross River State approved N7.5 billion for schools.", [("N7.5 billion", "MONEY", 7.5e9, "NGN")]),
    ("Zambia's cabinet approved K500 million for maize farmers.", [("K500 million", "MONEY", 5e8, "ZMW")]),
    ("Malawi's cabinet approved K500 million for maize farmers.", [("K500 million", "MONEY", 5e8, "MWK")]),
    ("The kwacha slid as the bank approved K3 billion in loans.", [("K3 billion", "MONEY", 3e9, "ZMW")]),
    ("Kenya's Treasury said it lost Sh5 billion to graft and Sh 300,000 to theft.", [("Sh5 billion", "MONEY", 5e9, "KES"), ("Sh 300,000", "MONEY", 3e5, "KES")]),
    ("KAMPALA - The council borrowed Shs 5 billion from a Ugandan bank.", [("Shs 5 billion", "MONEY", 5e9, "UGX")]),
    ("Bhutan's ministry said the bridge costs Nu 10 million.", [("Nu 10 million", "MONEY", 1e7, "BTN")]),
    # R282: the Ghana cedi's sign, against the digits
    ("The ministry released GH¢500 million for schools and GH₵2 billion for roads.", [("GH¢500 million", "MONEY", 5e8, "GHS"), ("GH₵2 billion", "MONEY", 2e9, "GHS")]),
    # R283: taka and Nepalese rupees with lakh and crore, spaced or against the digits
    (
        "The government allocated Tk 3 crore for the bridge, Tk 6,500 crore for power and Tk50 lakh for schools.",
        [("Tk 3 crore", "MONEY", 3e7, "BDT"), ("Tk 6,500 crore", "MONEY", 6.5e10, "BDT"), ("Tk50 lakh", "MONEY", 5e6, "BDT")],
    ),
    ("The ministry spent NRs 5 billion on relief and NRs. 50 lakh on tents.", [("NRs 5 billion", "MONEY", 5e9, "NPR"), ("NRs. 50 lakh", "MONEY", 5e6, "NPR")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[case[0][:40] for case in CASES])
def test_figures_local_money_found_and_read(money_of, text, expected):
    found = money_of(text)
    assert [(t, label, unit) for t, label, _, unit in found] == [(t, label, unit) for t, label, _, unit in expected]
    assert [value for *_, value, _ in found] == pytest.approx([value for *_, value, _ in expected])


@pytest.mark.parametrize(
    "text, expected",
    [
        # R280/R281: no evidence of the sign's state: the number keeps its scale, with no currency
        ("The company said it lost N5 billion last year.", ("N5 billion", 5e9)),
        ("The firm said it approved K500 million for farmers.", ("K500 million", 5e8)),
        ("The club said it earned Sh4 million from the deal.", ("Sh4 million", 4e6)),
        ("The Islamic State said it paid N5 billion.", ("N5 billion", 5e9)),  # no province before "State"
    ],
)
def test_figures_local_sign_without_evidence_keeps_number_and_scale(money_of, text, expected):
    found = money_of(text)
    assert [(t, value) for t, _, value, _ in found] == [(expected[0], pytest.approx(expected[1]))]
    assert all(label != "MONEY" and unit is None for _, label, _, unit in found)


@pytest.mark.parametrize(
    "text",
    [
        "The G7 billion-dollar fund was cut.",  # a name's digits before a scale: not "billion" alone
        "Officials counted COVID19 million doses twice.",
        "Doctors in Nigeria wore N95 masks.",  # a one-letter sign before a bare small number names a model (R281)
        "In Zambia he climbed K2 in summer.",
    ],
)
def test_figures_scale_never_alone_after_glued_digits(money_of, text):
    assert [f for f in money_of(text) if f[0].split()[0].lower() in ("billion", "billion-dollar", "million") or f[1] == "MONEY"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # R284: the number before the scale is a decimal comma or a range against its en dash
        ("Officials said 92,2 million children and 32,2 million adults were counted.", [(9.22e7, 9.22e7, 9.22e7, "children"), (3.22e7, 3.22e7, 3.22e7, "adults")]),
        ("The region lost $1.2–1.4 trillion to smuggling.", [(1.3e12, 1.2e12, 1.4e12, "USD")]),
        ("Fishing brings 9–85 million US dollars a year.", [(4.7e7, 9e6, 8.5e7, "USD")]),
    ],
)
def test_figures_number_against_its_comma_or_dash_takes_the_scale(process, text, expected):
    found = [(span._.figure_value, span._.figure_low, span._.figure_high, span._.figure_unit) for span in process(text).spans["figures"]]
    assert [unit for *_, unit in found] == [unit for *_, unit in expected]
    assert [number for figure in found for number in figure[:3]] == pytest.approx([number for figure in expected for number in figure[:3]])


@pytest.mark.parametrize(
    "text, states, unit",
    [
        ("N5 billion", States("NGA", frozenset({"NGA"})), "NGN"),
        ("N5 billion", States(None, frozenset({"GHA"})), None),  # another state named: no naira
        ("N5 billion", States(None, frozenset(), frozenset({"n"})), "NGN"),  # "naira" written in the article
        ("N5 billion", None, None),
        ("K5 billion", States(None, frozenset({"ZMB", "MWI"})), None),  # two kwachas named: unread
        ("Sh5 billion", States("UGA", frozenset({"UGA"})), "UGX"),
        ("Shs 5 billion", States("TZA", frozenset({"TZA"})), "TZS"),
        ("Tk 50 lakh", None, "BDT"),
    ],
)
def test_quantities_local_signs_read_by_evidence(lexicon, text, states, unit):
    quantity = read_figure(text, lexicon, states)
    assert (quantity.unit if quantity else None) == unit


def test_quantities_local_sign_is_no_currency_after_the_number(lexicon):
    # "K" after a number is a thousand, never the kwacha, even in Zambia
    quantity = read_figure("500 K", lexicon, States("ZMB", frozenset({"ZMB"})))
    assert quantity is None or quantity.unit is None


def test_tables_local_only_on_a_currency_row():
    # `local` says how a currency sign is read; on a scale row it is a typo the table check catches
    assert FigureWord(text="N", kind="currency", code="NGN", reads_as="naira", local=True).local
    with pytest.raises(ValueError, match="kind 'scale' takes"):
        FigureWord(text="lakh", kind="scale", value=100000, local=True)


def test_figures_spaced_one_letter_sign_needs_an_amount(money_of):
    # R281: spaced as against the digits, "N" before a bare small number is no naira even in Nigeria
    found = money_of("In Nigeria the Grid N 12 line failed and N 200,000 was paid.")
    assert [f for f in found if f[1] == "MONEY"] == [("N 200,000", "MONEY", 200000, "NGN")]
