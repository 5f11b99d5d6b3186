"""The words around a figure that decide what it is: a fraction before it ("half a million"), the joiner
between two figures that makes them one range ("20 to 25"), and the unit a count without a noun takes from
its parallel phrase ("from 20 to 25 percent")."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Optional

from spacy.tokens import Doc, Span

from ...extensions import token_span, tokens_text
from ...figure_lexicon import normalise
from ...quantities import Quantity


# the words of a fraction before "a" + scale, longest first (quantities.FRACTIONS_OF_A reads them)
FRACTION_WORDS = (("three", "-", "quarters", "of"), ("three", "quarters", "of"), ("a", "quarter", "of"), ("quarter", "of"), ("half",))


def opens_a_fraction(doc: Doc, end: int) -> bool:
    """A number followed by "quarters of a" ("three quarters of a million", "three-quarters of a billion")."""
    words = [token.lower_ for token in token_span(doc, end, end + 4)]
    if words[:1] == ["-"]:
        words = words[1:]
    return len(words) >= 3 and words[:2] == ["quarters", "of"] and words[2] in ("a", "an")


def fraction_before(doc: Doc, start: int) -> int:
    for words in FRACTION_WORDS:
        if start >= len(words) and [token.lower_ for token in doc[start - len(words) : start]] == list(words):
            return len(words)
    return 0


def fill_elided_units(doc: Doc, figures: list[tuple[Span, Quantity]]) -> Iterator[tuple[Span, Quantity]]:
    """Give a count with no noun the unit its parallel phrase states (GUIDELINES R25).

    "rose from 20 to 25 percent": "20" is a percentage too; "Two more plants will close in 2008,
    another two in 2012": the second "two" counts plants.
    """
    previous_count: Optional[tuple[Span, Optional[str]]] = None  # the sentence's last count and its unit
    for index, (span, quantity) in enumerate(figures):
        if span.label_ == "COUNT" and quantity.unit is None:
            following = figures[index + 1] if index + 1 < len(figures) else None
            joiner = tokens_text(doc, span.end, following[0].start).strip().lower() if following else None
            if following is not None and joiner in ("to", "-", "–") and following[0].label_ != "COUNT":
                span = Span(doc, span.start, span.end, label=following[0].label_)
                quantity = replace(quantity, unit=following[1].unit)
            elif previous_count is not None and previous_count[0].sent == span.sent:
                quantity = replace(quantity, unit=previous_count[1])
        if span.label_ == "COUNT":
            previous_count = (span, quantity.unit)
        yield span, quantity


# the longest word that can join two figures into a range ("-", "to", "or", "and")
JOINER_CHARACTERS = 3


def range_joiner(doc: Doc, start: int, end: int) -> str:
    """The normalised text between two figures, or "" when it cannot be a range joiner: every word
    token adds at least one character, so more than JOINER_CHARACTERS of them rule it out (the stretch
    can be a whole paragraph between two figures, too long to join and normalise for nothing)."""
    words = 0
    for index in range(start, end):
        if not doc[index].is_space:
            words += 1
            if words > JOINER_CHARACTERS:
                return ""
    return normalise(tokens_text(doc, start, end)) if end > start else ""
