"""Amounts read as actors (GUIDELINES R98, R700-R701): a currency's code, sign or short form before a figure or fused
to it ('SAR 50,000', 'QR330.7mn', 'GH₵950,000.50', 'KD 2,500', 'R20 000') is money, which the model reads as a body
or a person. The marks are the figures stage's own: the ISO codes of pipeline/currencies.jsonl and the currency rows,
scale and percent words of pipeline/figure_units.jsonl, so a sign added for the figures is known here too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc

from ...extensions import tokens_text
from ...tables import CurrencyEntry, FigureWord
from .not_actors import EDITION_YEAR

FUSED_CODE = re.compile(r"^\d[\d,.]*([A-Z]{3})$")
CLOCK_TIME = re.compile(r"^\d{1,2}:\d\d$")
# A figure's digits grouped in thousands ('2,500', '50 000'): with a decimal part or a scale word, what makes a
# letter mark's figure an amount and not a party's seats or a model's number ('KD 19', 'SR 71', R701).
GROUPED = re.compile(r"\d[ ,\u00a0]\d{3}")
# How many tokens after a mark may still be its figure: the number and a thousands group or scale word ('R 50 000').
FIGURE_TOKENS = 2


@dataclass(frozen=True)
class CurrencyMarks:
    """The marks that make a figure money, as the figures stage reads them. codes: ISO 4217 codes (currencies.jsonl);
    signs: currency rows of figure_units.jsonl written as symbols or capitalised short forms ('GH₵', 'KD', 'R'), not
    the lower-case words ('dollars', 'won'); scales, percents: lower case (figure_units.jsonl)."""

    codes: frozenset[str] = frozenset()
    signs: frozenset[str] = frozenset()
    scales: frozenset[str] = frozenset()
    percents: frozenset[str] = frozenset()
    # a mark, then a figure and a scale word, over a whole amount's text (R700)
    amount: Optional[re.Pattern] = field(default=None, compare=False)

    @classmethod
    def from_entries(cls, currencies: Iterable[CurrencyEntry] = (), figure_words: Iterable[FigureWord] = ()) -> "CurrencyMarks":
        words = tuple(figure_words)
        codes = frozenset(entry.code for entry in currencies)
        signs = frozenset(
            word.text for word in words
            if word.kind == "currency" and " " not in word.text and not (word.text.isalpha() and word.text.islower())
        )
        scales = frozenset(word.text.lower() for word in words if word.kind == "scale")
        percents = frozenset(word.text.lower() for word in words if word.kind == "percent")
        amount = None
        if codes or signs:
            marks = "|".join(re.escape(mark) for mark in sorted(codes | signs, key=len, reverse=True))
            scale_words = "|".join(re.escape(scale) for scale in sorted(scales, key=len, reverse=True)) or "(?!)"
            amount = re.compile(
                rf"^(?P<mark>{marks}) ?(?P<number>\d{{1,3}}(?:[ ,\u00a0]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: ?(?P<scale>(?i:{scale_words})))?$"
            )
        return cls(codes=codes, signs=signs, scales=scales, percents=percents, amount=amount)


def names_an_amount(doc: Doc, start: int, end: int, marks: CurrencyMarks) -> bool:
    """Any currency mark leading an amount, in the mention or with its figure right after it, makes the amount
    ('QR330.7mn', 'R75 000', 'KD 2,500'; R700-R701, the one reading of marks for R98 too, R860). A currency's ISO
    code right before a figure is the currency, not a body ('MNT 3,380'), a short code right before a clock time is
    a place's code ('IAD 02:30'), and a figure with a code fused after it is the amount ('7CUP'). Other codes
    before figures stay: a party before its votes ('DA 84'), a team before its score. A year after a name is an
    edition, not an amount (R75); R98."""
    if is_marked_amount(doc, start, end, marks):
        return True
    if end - start != 1:
        return False
    token, following = doc[start], doc[end] if end < len(doc) else None
    if token.is_upper and token.is_alpha and len(token) <= 3 and following is not None:
        if token.text in marks.codes:
            return any(char.isdigit() for char in following.text) and not EDITION_YEAR.match(following.text)
        return CLOCK_TIME.match(following.text) is not None
    suffix = FUSED_CODE.match(token.text)
    if suffix is not None and suffix.group(1) in marks.codes:
        return True  # a figure with the currency's code fused after it ('7CUP', '12CUP', R114)
    return False


def is_marked_amount(doc: Doc, start: int, end: int, marks: CurrencyMarks) -> bool:
    """The mention, alone or with up to two tokens after it, is a currency mark and a figure ('GH₵950,000.50',
    'GH₵ 950,000', 'R20 000', 'KD' before '2,500'; R700). A mark of letters only must lead an amount in shape,
    digits grouped in thousands, a decimal part or a scale word ('KD 2,500', 'R1.2 billion'): 'KD 19' is a party's
    seats, 'SR 71' an aircraft, 'R5' a road (R701). A figure before a percent word is a share, not money."""
    if marks.amount is None or doc[start].text[:1].isdigit():
        return False
    if not any(char.isdigit() for char in tokens_text(doc, start, end + 1)):
        return False  # most mentions: no figure in them or right after them
    for after in range(min(len(doc), end + FIGURE_TOKENS), end - 1, -1):
        match = marks.amount.match(tokens_text(doc, start, after))
        if match is not None:
            return is_money_shaped(match, marks) and not before_a_percent(doc, after, marks.percents)
    return False


def is_money_shaped(match: re.Match, marks: CurrencyMarks) -> bool:
    """A sign with a symbol ('GH₵', '€', 'Rs.') or an ISO code makes any figure money, but a year after a code is an
    edition ('SAR 2022', R75); a mark of letters needs an amount's shape (R701)."""
    mark, number = match.group("mark"), match.group("number")
    if match.group("scale") or GROUPED.search(number) or "." in number:
        return True
    if mark in marks.codes:
        return not EDITION_YEAR.match(number)
    return not mark.replace(".", "").isalpha()


def before_a_percent(doc: Doc, end: int, percents: frozenset[str]) -> bool:
    """A percent word right after the figure ('KD 6.3 per cent', 'SR 12.5%'): a party's share of the vote."""
    return any(tokens_text(doc, end, end + len(percent.split())).lower() == percent for percent in percents)
