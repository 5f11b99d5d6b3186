"""An amount led by or fused to a currency mark that the figures stage knows is no actor, however many tokens the
mention spans (GUIDELINES R700-R701). On sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.amounts import CurrencyMarks, names_an_amount
from claimspan.loader import pipeline_dir
from claimspan.tables import CurrencyEntry, FigureWord, read_table


@pytest.fixture(scope="module")
def marks():
    """The marks as the actor stage builds them from the shipped tables."""
    return CurrencyMarks.from_entries(read_table(pipeline_dir() / "currencies.jsonl", CurrencyEntry), read_table(pipeline_dir() / "figure_units.jsonl", FigureWord))


def _bounds(doc, name):
    start = next(i for i in range(len(doc)) if doc[i:].text.startswith(name))
    return start, next(end for end in range(start + 1, len(doc) + 1) if doc[start:end].text == name)


def test_marks_come_from_the_figure_table(marks):
    """Signs and capitalised short forms are marks; the currencies' lower-case words are not (R700)."""
    assert {"GH₵", "KD", "R", "QR", "Rs."} <= marks.signs
    assert not {"dollars", "won", "rupees", "pounds sterling"} & marks.signs
    assert {"KWD", "ZAR"} <= marks.codes and "million" in marks.scales and "%" in marks.percents


@pytest.mark.parametrize(
    "text, name",
    [
        ("The buyer paid GH₵950,000.50 for the plot .", "GH₵950,000.50"),
        ("The buyer paid GH₵ 950,000 for the plot .", "GH₵ 950,000"),
        ("The judge set bail at R20 000 on Monday .", "R20 000"),
        ("The judge set bail at R 20 000 on Monday .", "R"),
        ("Deputies backed a KD 2,500 bonus for nurses .", "KD"),
        ("Deputies backed a KD 2,500 bonus for nurses .", "KD 2,500"),
        ("The club spent QR 4.5 million on the stadium .", "QR"),
        ("The club spent Tk 75 crore on the bridge .", "Tk 75 crore"),
        ("The firm lost SAR 60,000 last year .", "SAR 60,000"),
        ("The fare rose to €45 this week .", "€45"),
    ],
    ids=["sign-fused", "sign-then-figure", "letter-fused-thousands", "letter-alone-before-thousands", "code-alone-before-grouped",
         "code-and-grouped-figure", "code-before-decimal-and-scale", "code-figure-and-scale", "iso-code-and-figure", "symbol-fused-plain"],
)
def test_a_marked_amount_is_no_actor(blank_nlp, marks, text, name):
    doc = blank_nlp(text)
    assert names_an_amount(doc, *_bounds(doc, name), marks) is True


@pytest.mark.parametrize(
    "text, name",
    [
        ("In Stockholm the KD 16 seats held firm .", "KD"),
        ("The SR 71 flew over the base .", "SR"),
        ("Take the R5 towards the coast .", "R5"),
        ("Polls put KD 6.5 per cent ahead of the Greens .", "KD"),
        ("Polls put KD 6.5 % ahead of the Greens .", "KD"),
        ("KD said on Monday that 3,000 members joined .", "KD"),
        ("The SAR 2022 summit opened .", "SAR"),
        ("Kofi Mensah paid GH₵950,000 for the plot .", "Kofi Mensah"),
    ],
    ids=["party-before-its-seats", "aircraft-number", "road-number", "share-before-per-cent", "share-before-percent-sign",
         "acronym-with-no-figure-after-it", "edition-year-after-a-code", "person-before-an-amount"],
)
def test_a_mark_without_an_amount_stays(blank_nlp, marks, text, name):
    """A letter mark needs an amount's shape after it (R701): a party's seats or share, a model's or road's number stay."""
    doc = blank_nlp(text)
    assert names_an_amount(doc, *_bounds(doc, name), marks) is False


ARTICLES = {
    "sign": "Mensah said the council paid GH₵950,000.50 for the plot.",
    "code": "Deputies backed the promised KD 2,500 grant for retired nurses.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize("doc_id, amount", [("sign", "GH₵950,000.50"), ("code", "KD")], ids=["fused-sign", "code-before-figure"])
def test_the_pipeline_drops_amounts_the_model_reads_as_names(found, doc_id, amount):
    """The model tags both as a person; the mention goes, the person in the same sentence stays."""
    assert found.overlapping(doc_id, amount) == []


def test_the_pipeline_keeps_the_speaker(found):
    assert found.mention("sign", "Mensah") is not None
