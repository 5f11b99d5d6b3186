"""Ranges of figures: two neighbouring numbers joined by "-", "to", "or" or "between ... and" are one figure
(GUIDELINES R24), unless the words around them make a change ("from X to Y") or a code ("555-1234")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...extensions import tokens_text
from ...figure_lexicon import FigureLexicon, States
from ...quantities import read_figure
from .phrases import range_joiner
from .syntax import Candidate, counted_noun, phrase_length


def merge_ranges(doc: Doc, candidates: list[Candidate], lexicon: FigureLexicon, states: Optional[States] = None) -> list[Candidate]:
    """Join neighbouring candidates that form one range ("6,000-6,500", "between 20 and 25 percent")."""
    merged: list[Candidate] = []
    for candidate in candidates:
        if merged:
            low = merged[-1]
            joined = _range(doc, low, candidate, lexicon, states)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(candidate)
    return merged

def _range(doc: Doc, low: Candidate, high: Candidate, lexicon: FigureLexicon, states: Optional[States] = None) -> Optional[Candidate]:
    joiner = range_joiner(doc, low.end, high.start)
    before = doc[low.start - 1].lower_ if low.start else ""
    between = joiner == "and" and before == "between"
    if not (joiner in ("-", "to", "or") or between) or low.vague or high.vague:
        return None
    if low.suffix and not high.suffix:
        return None  # "5% to 10 points", "$5m-6 times": a suffix on the low side alone is its own figure
    approximator = phrase_length(doc, low.start, lexicon.approximators, forward=False)
    if "from" in (before, doc[max(low.start - approximator - 1, 0)].lower_) or (
        joiner == "to" and low.currency_before and high.currency_before
    ):
        return None  # a change, not a range: "from X to Y", "down $2.86 to $77.11"
    start = low.start - between
    quantity = read_figure(tokens_text(doc, start, high.end), lexicon, states)
    if quantity is None or quantity.low is None or quantity.high is None or quantity.low >= quantity.high:
        return None
    if joiner == "-" and quantity.unit is None and counted_noun(doc, high) is None:
        return None  # "555-1234", "52-48": a bare hyphenated pair is a code or a score, not a range
    return Candidate(start, high.end, low.core_start, high.core_end, low.currency_before, high.suffix)
