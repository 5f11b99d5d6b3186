"""Sentence starts and quote spans with ''...'' quotation marks (R350, R351)."""

import pytest

from claimspan.quotes import find_quotes, quotes_in


@pytest.mark.parametrize(
    "text, expected",
    [
        ("''It is over,'' she said. ''We lost.''", ["''It is over,'' she said.", "''We lost.''"]),
        ("The mayor spoke. ''We will win,'' he said. ''They will lose.''", ["The mayor spoke.", "''We will win,'' he said.", "''They will lose.''"]),
        ("The coach was blunt. ''I quit,'' he told reporters.", ["The coach was blunt.", "''I quit,'' he told reporters."]),
    ],
    ids=["quote-after-said", "two-quotes", "quote-after-plain-sentence"],
)
def test_doubled_apostrophes_open_the_next_sentence(process, text, expected):
    doc = process(text)
    assert [sent.text.strip() for sent in doc.sents if sent.text.strip()] == expected


def test_closing_doubled_apostrophes_stay_with_their_sentence(process):
    doc = process("He said ''no.'' Then he left the room.")
    assert [sent.text for sent in doc.sents] == ["He said ''no.''", "Then he left the room."]


def test_claims_hold_their_quotations_and_no_bare_mark(claims_of):
    text = "''It is over,'' she said. ''We lost.''"
    records = claims_of(text)
    assert [record.text for record in records] == ["''It is over,'' she said", "''We lost.''"]
    quotes = [[text[quote.start : quote.end] for quote in record.quotes] for record in records]
    assert quotes == [["''It is over,''"], ["''We lost.''"]]


def test_a_clipped_quote_part_with_no_word_is_dropped():
    text = "The mayor spoke. ''We will win.''"
    quotes = find_quotes(text, doubled_apostrophes=True)
    assert quotes == [(17, 33)]
    assert list(quotes_in(quotes, 0, 19, text)) == []  # a claim ending on the opening mark
    assert list(quotes_in(quotes, 0, 21, text)) == [(17, 21)]



def counts(doc) -> list[tuple]:
    return [(span.text, span._.figure_value, span._.figure_unit) for span in doc.spans["figures"] if span.label_ == "COUNT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 40,000-strong force was deployed, the army said.", ("40,000", 40000, "force")),
        ("The 5,000-strong militia seized the town, residents said.", ("5,000", 5000, "militia")),
        ("Officials said the 300-strong crowd left peacefully.", ("300", 300, "crowd")),
    ],
    ids=["the-force", "the-militia", "the-crowd-mid-sentence"],
)
def test_strength_after_the_is_a_count(process, text, expected):
    assert counts(process(text)) == [expected]


def test_the_before_a_number_without_strong_still_refers_back(process):
    assert counts(process("The 300 soldiers were deployed, the army said.")) == []



def test_a_lone_letter_after_a_lower_case_word_is_no_actor(process, claims_of):
    text = "The minister announced the plan on X. He said it would cut costs."
    assert [span.text for span in process(text).spans["actors"]] == []
    source = [record.source for record in claims_of(text) if record.text.startswith("He said")][0]
    assert source.text == "He" and source.actor_id is None and not source.resolved


def test_an_initial_before_a_surname_stays_a_name(process):
    assert [span.text for span in process("The talks were led by J. Smith in Geneva.").spans["actors"]] == ["J. Smith"]
