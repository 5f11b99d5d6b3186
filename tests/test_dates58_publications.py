"""A frequency word that names a newspaper is no date (GUIDELINES R880-R882); as an adverb or adjective it stays one."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R880: the last word of a paper's title after a name, also after a possessive
        ("The figures were first printed by the Harbour City Daily.", []),
        ("The editorial ran in the Citizen’s Daily and in the Farmers Weekly.", []),
        # R881: the head of a noun phrase with a determiner or a possessor
        ("The minister told the Kenyan daily that he would resign.", []),
        ("The plan was leaked to the state's weekly.", []),
        ("They reported it to the English-language daily last week.", [("last week", "2025-W45")]),
        # R882: lower case right after a paper's name
        ("Al-Watan daily reported that the talks had failed.", []),
        # frequencies stay
        ("The airline flies to Dubai daily.", [("daily", "P1D")]),
        ("The pills are taken twice daily.", [("daily", "P1D")]),
        ("There are daily flights and weekly markets.", [("daily", "P1D"), ("weekly", "P1W")]),
        ("The daily limit was raised.", [("daily", "P1D")]),
        ("He gave his weekly radio address.", [("weekly", "P1W")]),
        ("Daily protests shut the city.", [("Daily", "P1D")]),
    ],
    ids=["title", "title-possessive", "determiner", "possessor", "hyphenated-adjective", "after-name",
         "adverb-after-place", "twice-daily", "adjectives", "determiner-of-noun", "possessor-of-noun", "sentence-opening"],
)
def test_a_frequency_word_naming_a_paper_is_no_date_r880_r882(process, text, expected):
    doc = process(text, published="2025-11-12")
    assert [(span.text, span._.date_value) for span in doc.spans["dates"]] == expected
