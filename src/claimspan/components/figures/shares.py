"""Shares written as fractions or ratios: 'a third of the budget', 'nearly half the population', 'fell by two-thirds',
'six in 10 voters', 'nine out of 10 doctors' (GUIDELINES R216). A share's value is the percentage it states, so it
compares with '33 percent'; the words before the fraction and the ratio's numbers are no counts of their own.

A fraction word alone is often an ordinal or a date ('a third term', 'the first quarter', 'the second half'): it is a
share only as a part of something ('of', or 'half' before a determiner) or as the amount of a change ('by a third',
'cut in half')."""

from __future__ import annotations

from typing import Iterator, Optional

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Span

from ...extensions import token_span
from ...figure_lexicon import FigureLexicon
from ...quantities import Quantity, bounded, parse_number
from .syntax import phrase_length

# words that make "half" a share without "of": "half the population", "half its budget"
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all"})
# words before a fraction that make it the amount of a change: "fell by a third", "more than half", "cut in half"
CHANGE_WORDS = frozenset({"by", "than", "in"})
# a ratio's second number: "one in five", "six in 10", "one in 100"
RATIO_WORDS = (("in",), ("out", "of"))
HYPHENS = frozenset({"-", "‐", "‑"})


def find_shares(doc: Doc, lexicon: FigureLexicon, blocked: set[int]) -> list[tuple[Span, Quantity]]:
    """Every fraction or ratio share of the doc, in text order, none overlapping another or a date."""
    found = []
    end = 0
    for start, stop, share in _candidates(doc, lexicon, blocked):
        if start < end or blocked.intersection(range(start, stop)):
            continue
        approximator = phrase_length(doc, start, lexicon.approximators, forward=False)
        if approximator and not blocked.intersection(range(start - approximator, start)) and start - approximator >= end:
            bound, approx = lexicon.approximators[" ".join(token.lower_ for token in doc[start - approximator : start])]
            start -= approximator
        else:
            bound, approx = None, False
        found.append((Span(doc, start, stop, label="PERCENT"), bounded(round(100 * share, 4), bound, approx, "percent")))
        end = stop
    return found


def _candidates(doc: Doc, lexicon: FigureLexicon, blocked: set[int]) -> Iterator[tuple[int, int, float]]:
    # the whole-Doc test runs in numpy; Python reads only fraction words and numbers
    columns = doc.to_array([LOWER, LIKE_NUM])
    fraction_ids = numpy.array([doc.vocab.strings.add(word) for word in lexicon.fractions], dtype=columns.dtype)
    is_fraction = numpy.isin(columns[:, 0], fraction_ids)
    for index in numpy.flatnonzero(is_fraction | columns[:, 1].astype(bool)).tolist():
        found = _fraction(doc, index, lexicon, blocked) if is_fraction[index] else _ratio(doc, index, lexicon)
        if found is not None:
            yield found


def _fraction(doc: Doc, index: int, lexicon: FigureLexicon, blocked: set[int]) -> Optional[tuple[int, int, float]]:
    """'a third of', 'two-thirds of', 'half the', 'by half', 'by a quarter'."""
    word = doc[index].lower_
    denominator = lexicon.fractions[word]
    start, numerator = index, None
    before = index - 1
    if before >= 0 and doc[before].text in HYPHENS and not doc[before].whitespace_:
        before -= 1  # "two-thirds"
    if before >= 0:
        previous = doc[before].lower_
        numerator = 1.0 if previous in ("a", "an") else parse_number(doc[before].text, lexicon)
        if numerator is not None:
            start = before
    if numerator is None:
        if denominator != 2:
            return None  # "third" alone is an ordinal
        numerator = 1.0
    if not 0 < numerator < denominator or (numerator > 1 and not word.endswith("s")):
        return None
    following = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    after_that = doc[index + 2].lower_ if index + 2 < len(doc) else ""
    # the word before the fraction and its approximator: "by nearly a third"
    before_start = start - phrase_length(doc, start, lexicon.approximators, forward=False)
    preceding = doc[before_start - 1].lower_ if before_start > 0 else ""
    if preceding in ("the", "first", "second", "third", "fourth", "final", "last", "each", "every"):
        return None  # "the third of June", "the second half", "each half"
    if following == "of":
        if after_that in ("a", "an") or (index + 2 < len(doc) and doc[index + 2].like_num):
            return None  # "half a million" is a number; "a quarter of 2024" is a date
        return start, index + 1, numerator / denominator
    if denominator == 2 and following in DETERMINERS:
        return start, index + 1, numerator / denominator
    # after "by" the fraction ends its phrase: "by a third last year", not "by a third term"
    if preceding in CHANGE_WORDS and (index + 1 >= len(doc) or index + 1 in blocked or doc[index + 1].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")):
        return start, index + 1, numerator / denominator
    return None


def _ratio(doc: Doc, index: int, lexicon: FigureLexicon) -> Optional[tuple[int, int, float]]:
    """'one in five', 'six in 10', 'nine out of 10' before what they count."""
    first = parse_number(doc[index].text, lexicon)
    for words in RATIO_WORDS:
        second_at = index + 1 + len(words)
        if second_at >= len(doc) or [token.lower_ for token in token_span(doc, index + 1, second_at)] != list(words):
            continue
        second = parse_number(doc[second_at].text, lexicon) if doc[second_at].like_num else None
        # a share of a whole: the second number is the larger, and a noun or "of" follows it ("one in five adults")
        if first is None or second is None or not 0 < first < second <= 1000 or "," in doc[second_at].text:
            return None
        following = doc[second_at + 1] if second_at + 1 < len(doc) else None
        if following is None or not (following.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "AUX") or following.lower_ == "of"):
            return None
        return index, second_at + 1, first / second
    return None
