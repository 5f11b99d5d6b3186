"""Money as world news writes it (GUIDELINES R147-R150): ISO codes and local signs against the digits, the
currencies' own names, names several currencies share read by the article's state, hyphenated amounts.
Every sentence and expected reading is written by hand."""

from __future__ import annotations

import pytest

from claimspan.figure_lexicon import States
from claimspan.quantities import read_figure


CASES = [
    # R148: an ISO code in capitals before the number or against it, either side
    (
        "The smugglers moved goods worth USD105,000, and the cabinet set aside MNT 6.5 billion.",
        [("USD105,000", "MONEY", 105000, "USD"), ("MNT 6.5 billion", "MONEY", 6.5e9, "MNT")],
    ),
    ("Tomatoes were capped at 30CUP in the capital.", [("30CUP", "MONEY", 30, "CUP")]),
    # R147: a currency's own name after the number
    (
        "Farmers received 22 billion cedis, and each family paid 35,000 baht.",
        [("22 billion cedis", "MONEY", 2.2e10, "GHS"), ("35,000 baht", "MONEY", 35000, "THB")],
    ),
    ("The ticket costs 1,200 colones in Costa Rica.", [("1,200 colones", "MONEY", 1200, "CRC")]),
    # R147: a shared name is the currency of the state the article names
    ("Mexico will spend 50 million pesos on the bridge.", [("50 million pesos", "MONEY", 5e7, "MXN")]),
    ("The Philippines will spend 50 million pesos on the bridge.", [("50 million pesos", "MONEY", 5e7, "PHP")]),
    # R182: a province of one state only names that state
    ("The Sindh government released 2 billion rupees for flood relief.", [("2 billion rupees", "MONEY", 2e9, "PKR")]),
    ("The Jalisco government will spend 50 million pesos on the bridge.", [("50 million pesos", "MONEY", 5e7, "MXN")]),
    # R183: "Rs" is read as "rupees" is, with India's rupee only as the default
    ("Pakistan released Rs 2 billion for flood relief.", [("Rs 2 billion", "MONEY", 2e9, "PKR")]),
    ("Sri Lanka paid Rs. 500 million to farmers.", [("Rs. 500 million", "MONEY", 5e8, "LKR")]),
    ("The firm raised Rs 40 million.", [("Rs 40 million", "MONEY", 4e7, "INR")]),
    # R149: local signs and abbreviations, also written against the digits and with thousands grouped by spaces
    (
        "Rents reached HK$35,000, the council lost R92 million and the fine was N$2 000.",
        [("HK$35,000", "MONEY", 35000, "HKD"), ("R92 million", "MONEY", 9.2e7, "ZAR"), ("N$2 000", "MONEY", 2000, "NAD")],
    ),
    ("The shipment was worth ZAR1,7 million at the border.", [("ZAR1,7 million", "MONEY", 1.7e6, "ZAR")]),
    ("Investors put $80B into the sector and $250million into the park.", [("$80B", "MONEY", 8e10, "USD"), ("$250million", "MONEY", 2.5e8, "USD")]),
    # R150: a hyphenated amount is one figure, the currency word included
    ("Workers finished the 30-million-dollar temple last year.", [("30-million-dollar", "MONEY", 3e7, "USD")]),
    ("Tourism brought US$10 million dollars to the region.", [("US$10 million dollars", "MONEY", 1e7, "USD")]),
    ("The fund lent about 2.75 billion U.S. dollars to the railway.", [("about 2.75 billion U.S. dollars", "MONEY", 2.75e9, "USD")]),
    # R148: a code before an edition's number is a name ("COP 27"), the same code before an amount a currency
    ("Delegates met at COP 27, where the fund paid COP 500 million.", [("COP 500 million", "MONEY", 5e8, "COP")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[case[0][:40] for case in CASES])
def test_figures_money_found_and_read(money_of, text, expected):
    found = money_of(text)
    assert [(t, label, unit) for t, label, _, unit in found] == [(t, label, unit) for t, label, _, unit in expected]
    assert [value for *_, value, _ in found] == pytest.approx([value for *_, value, _ in expected])


def test_figures_money_shared_name_of_no_named_state_stays_a_count(money_of):
    # R147: 'pesos' is the currency of eight states, none of them Costa Rica: the number counts the noun
    assert money_of("A vendor in Costa Rica said 300 pesos was too much, but 1,200 colones was fair.") == [
        ("300", "COUNT", 300, "pesos"),
        ("1,200 colones", "MONEY", 1200, "CRC"),
    ]


def test_figures_money_codes_count_only_in_capitals(money_of):
    # 'all' and 'top' are ISO codes (ALL, TOP) in capitals only; 'won' and 'mark' are not money before a number
    found = money_of("All 5 members won 3 seats, and the lek fell to ALL 4,000 against the euro.")
    assert [f for f in found if f[1] == "MONEY"] == [("ALL 4,000", "MONEY", 4000, "ALL")]
    # KGS (Kyrgyz som) after a number is the kilograms' abbreviation, before it the currency
    found = money_of("Each family got 20 KGS of maize, and the fee was KGS 5,000.")
    assert [f for f in found if f[1] == "MONEY"] == [("KGS 5,000", "MONEY", 5000, "KGS")]


@pytest.mark.parametrize(
    "text, states, unit",
    [
        ("300 pesos", States("ARG", frozenset({"ARG", "USA"})), "ARS"),  # the main state's peso
        ("300 pesos", States("USA", frozenset({"USA", "PHL"})), "PHP"),  # the one named state with a peso
        ("300 pesos", States(None, frozenset({"MEX", "PHL"})), None),  # two named states with a peso: unread
        ("300 pesos", None, None),
        ("5 million shillings", States("KEN", frozenset({"KEN"})), "KES"),
        ("5 million shillings", States("UGA", frozenset({"UGA"})), "UGX"),
        ("5 million dollars", States("AUS", frozenset({"AUS"})), "AUD"),
        ("5 million dollars", States("ECU", frozenset({"ECU"})), "USD"),  # no state's own: the table's default
        ("20 million won", None, "KRW"),  # the table's default for a name two states share
        ("$5 pesos", States("MEX", frozenset({"MEX"})), "MXN"),  # the word says which currency '$' means
    ],
)
def test_quantities_shared_currency_names_read_by_state(lexicon, text, states, unit):
    quantity = read_figure(text, lexicon, states)
    assert (quantity.unit if quantity else None) == unit


@pytest.mark.parametrize(
    "text, value, unit",
    [("QR330.7mn", 3.307e8, "QAR"), ("N$2,25 billion", 2.25e9, "NAD"), ("69.8-million-peso", 6.98e7, "MXN"), ("12CUP", 12, "CUP"), ("Dh 5,000", 5000, "AED")],
)
def test_quantities_money_written_together(lexicon, text, value, unit):
    quantity = read_figure(text, lexicon, States("MEX", frozenset({"MEX"})))
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


def test_build_tables_currency_words(build_tables):
    words = build_tables.currency_words("Costa Rican Colon", ["Costa Rica", "Costa Rican"])
    assert {"colon", "colones", "costa rican colones", "costa rica colon"} <= set(words)
    # a head that is a common English word is written only with its qualifier
    assert set(build_tables.currency_words("Convertible Mark", ["Bosnia and Herzegovina"])).isdisjoint({"mark", "marks"})
    # ISO writes some names head first
    assert "yuan" in build_tables.currency_words("Yuan Renminbi", ["China"])
    assert "cfa francs" in build_tables.currency_words("CFA Franc BCEAO", [])


def test_build_tables_currency_state_from_the_code(build_tables):
    rows = {row["code"]: row for row in build_tables.build_currencies([{"id": "country:GHA", "name": "Ghana", "demonyms": ["Ghanaian"]}])}
    assert rows["GHS"]["country"] == "GHA" and "ghanaian cedis" in rows["GHS"]["words"]
    assert "country" not in rows["EUR"] and "euros" in rows["EUR"]["words"]
    assert "words" not in rows["XAU"]  # gold is no money a figure is counted in


def test_figures_money_won_as_a_verb_is_no_currency(money_of):
    # "won" after a team's number is the verb; "5,000 won" is Korean money (R147)
    found = money_of("In the final, CFC 2 won the first set, and fans paid 5,000 won for tickets in Seoul.")
    assert [f for f in found if f[1] == "MONEY"] == [("5,000 won", "MONEY", 5000, "KRW")]
    # after a number that is no name's, the tagger's verb reading of "won" is wrong: the currency stays
    found = money_of("The bank in Seoul lost three trillion won a year later.")
    assert found == [("three trillion won", "MONEY", 3e12, "KRW")]


def test_province_is_evidence_for_a_party_acronym_r182(process):
    # R182 with R71: Sindh is a province of Pakistan only, so "PML-N" is the Pakistani party
    doc = process("Sindh is in crisis. The PML-N said the talks had failed.")
    assert [(span.text, span.kb_id_) for span in doc.spans["actors"]] == [("PML-N", "org:pakistan-muslim-league-nawaz-pak")]
