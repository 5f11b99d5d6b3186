"""claimspan_figures: counts, ranges, money, percentages and vague amounts, with what they count.

Rules (the span is the numeric expression, never the counted noun):
- Candidates are the tokens spaCy reads as numbers (LIKE_NUM), scale words and vague amounts, and
  digits with a short suffix ("5m", "3bn"). The NER's CARDINAL/MONEY/PERCENT boundaries are not used: they drop "$" ("41.09"),
  cut ranges ("6,000" of "6,000-6,500") and run across changes ("about $42 to"). Only QUANTITY is
  read from the NER, to tell a measurement ("40 km", span and unit included) from a count.
- Money of any state (R147-R150, money.py): an ISO code in capitals before or against the digits, a local
  sign ("HK$35", "R92 million"), a currency's name after the number, a name several currencies share read by
  the state the article names, a hyphenated amount ("30-million-dollar").
- A span takes the currency sign or code before it, "%"/"percent" or a currency word after it, and an
  approximator before it ("about", "more than", "an estimated"). "X-Y", "X to Y", "X or Y" and
  "between X and Y" are one range, except changes ("from X to Y", "$2.86 to $77.11"), different
  units ("9% or 998 points") and bare hyphenated pairs with nothing counted ("555-1234", "52-48").
- label_ is MONEY (unit: ISO code), PERCENT (unit "percent"), QUANTITY, or COUNT. A count's unit
  (GUIDELINES R25) is the noun the number modifies (nummod) or, for "three of his associates", the
  object of "of", with the common-noun compounds directly before it and a bare coordinated noun
  after it: "16 security personnel", "25 senior leaders and facilitators" -> "leaders and
  facilitators"; names and adjectives are dropped: "four US soldiers" -> "soldiers". With no noun,
  the parallel phrase gives it: "from 20 to 25 percent" (both PERCENT), "another two [plants]".
- approx follows R24 (the lexicon says which markers make a figure approximate), and is also true
  for an "or" range or an estimate word governing the phrase ("an estimated strength of 6,000-6,500").
- Not figures (R22): anything inside a DATE/TIME entity or a doc.spans["dates"] span (years,
  durations), ordinals (text2num rejects them), times ("16:15"), codes and hyphen compounds
  ("2010-09-CA-005", "IS-K", "one-document", "24-hour"), numbers in names and models ("Route 66",
  "Boeing 747", "day one", "Poor's 500 index", "their new 787 aircraft"), definite anaphoric counts
  ("the two countries", "this 30,000 jobs"; not the whole after a part: "182 of the 288 seats", R390), a bare year-like number, and "one" unless it modifies
  a noun not followed by "of" ("one of two plants", "one type of car" are not counts).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator, Optional

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...extensions import entities, register_extensions, tokens_text
from ...figure_lexicon import FigureLexicon, States
from ...quantities import DIGITS_WITH_SUFFIX, Quantity, parse_number, read_figure
from ...tables import CurrencyEntry, FigureWord, SubdivisionEntry, read_table
from .shares import find_shares
from .money import article_states, currency_after, digits_before_scale, glued_pattern, hyphenated_currency_end, is_glued_money, sign_before, space_grouped_end, unread_prefix
from .phrases import fill_elided_units, fraction_before, opens_a_fraction
from .ranges import merge_ranges
from .syntax import DATE_LABELS, HYPHENS, Candidate, attached_unit, counted_noun, is_code, not_a_count, phrase_length, quantity_entity, unit_text
from ..batching import in_batches

ESTIMATE_HOPS = 3
# A number written with a short suffix: "5m", "1.6bn", "3rd"
SUFFIXED_NUMBER = re.compile(r"^\d[\d,.]*[a-z]{1,3}$")


@Language.factory(
    "claimspan_figures",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.dep", "token.tag"],
    default_config={},
)
def make_figures(nlp: Language, name: str) -> "FigureFinder":
    register_extensions()
    return FigureFinder(nlp.vocab, name=name)


class FigureFinder:
    """Find figures and read their value, bounds, approximation and unit."""

    def __init__(self, vocab: Vocab, *, name: str = "claimspan_figures") -> None:
        self.name = name
        self.vocab = vocab
        self.lexicon = FigureLexicon()
        self.start_words: Optional[frozenset[str]] = None  # set by initialize
        # lower-case form (hash) -> whether it starts a number: a word is tested once per run, not once per token
        self._starts_number: dict[int, bool] = {}
        self.glued: Optional[re.Pattern] = None  # a currency and a number written as one token ("HK$35", "12CUP")

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, units_path: Optional[str] = None, currencies_path: Optional[str] = None, subdivisions_path: Optional[str] = None) -> None:
        currencies = read_table(currencies_path, CurrencyEntry) if currencies_path else ()
        subdivisions = read_table(subdivisions_path, SubdivisionEntry) if subdivisions_path else ()
        self.lexicon = FigureLexicon.from_entries(read_table(units_path, FigureWord) if units_path else (), currencies, subdivisions)
        self.start_words = frozenset({phrase.split()[0] for phrase in self.lexicon.vague} | set(self.lexicon.scales))
        self.glued = glued_pattern(self.lexicon) if self.lexicon.currencies else None
        self._starts_number = {}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, list(self.find(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    def find(self, doc: Doc) -> Iterator[tuple[Span, Quantity]]:
        """Yield (span labelled COUNT/MONEY/PERCENT/QUANTITY, its Quantity with unit), in order."""
        if self.start_words is None:
            return  # not initialised: no number words to look for
        # The dates stage decides what is a date; where it ran, a number the NER alone tags DATE
        # ("Between 60 and 90 fighters", "Rs 10bn") is still a figure if it is money or counts a noun.
        tagged_date = {index for ent in entities(doc) if ent.label_ in DATE_LABELS for index in range(ent.start, ent.end)}
        if "dates" in doc.spans:
            blocked = {index for span in doc.spans["dates"] for index in range(span.start, span.end)}
        else:
            blocked, tagged_date = tagged_date, set()
        # shares first: their numbers ("six in 10", "two-thirds") are no counts of their own (R216)
        shares = find_shares(doc, self.lexicon, blocked)
        if shares:
            blocked = blocked | {index for span, _ in shares for index in range(span.start, span.end)}
        seeds = self._seeds(doc)
        states = article_states(doc, self.lexicon)
        candidates = merge_ranges(doc, [self._extend(doc, atom, states) for atom in self._atoms(doc, seeds, blocked)], self.lexicon, states)
        figures: list[tuple[Span, Quantity]] = []
        previous_end = 0
        for candidate in candidates:
            candidate = self._add_approximator(doc, candidate, previous_end, blocked)
            previous_end = candidate.end
            if any(index in blocked for index in range(candidate.core_start, candidate.core_end)):
                continue
            figure = self._read(doc, candidate, states)
            if figure is None:
                continue
            span, quantity = figure
            if span.label_ == "COUNT" and quantity.unit is None and tagged_date.intersection(range(span.start, span.end)):
                continue
            figures.append(figure)
        if shares:
            figures = sorted(figures + shares, key=lambda figure: figure[0].start)
        yield from fill_elided_units(doc, figures)

    def set_annotations(self, doc: Doc, figures: Iterable[tuple[Span, Quantity]]) -> None:
        spans = []
        for span, quantity in figures:
            values = span._  # one accessor for the five values: each `span._` builds a new one
            values.figure_value = quantity.value
            values.figure_low = quantity.low
            values.figure_high = quantity.high
            values.figure_unit = quantity.unit
            values.figure_approx = quantity.approx
            spans.append(span)
        doc.spans["figures"] = spans

    # -- finding the numeric expression ------------------------------------------------------

    def _seeds(self, doc: Doc) -> list[int]:
        """Indices of the tokens a figure can start from: numbers (LIKE_NUM), scale words, vague-amount words, "5m"."""
        columns = doc.to_array([LOWER, LIKE_NUM])
        # each distinct word of the Doc is looked up once, in a cache kept across documents
        forms, inverse = numpy.unique(columns[:, 0], return_inverse=True)
        forms = forms.tolist()
        known = list(map(self._starts_number.get, forms))
        starts = numpy.array([self._starts_a_number(form) if found is None else found for form, found in zip(forms, known)], dtype=bool)
        return numpy.flatnonzero(starts[inverse.reshape(-1)] | columns[:, 1].astype(bool)).tolist()

    def _starts_a_number(self, lower: int) -> bool:
        found = self._starts_number.get(lower)
        if found is None:
            text = self.vocab.strings[lower]
            glued = self.glued is not None and self.glued.fullmatch(text) is not None
            scaled = DIGITS_WITH_SUFFIX.fullmatch(text)  # "250million"
            scaled = scaled is not None and scaled.group(2) in self.lexicon.scales
            found = self._starts_number[lower] = text in self.start_words or SUFFIXED_NUMBER.search(text) is not None or glued or scaled
        return found

    def _is_number(self, token: Token) -> bool:
        if ":" in token.text or self.lexicon.is_short_scale(token.text):
            return False
        return parse_number(token.text, self.lexicon) is not None or self._is_glued_money(token)

    def _is_glued_money(self, token: Token) -> bool:
        """"HK$35", "USD105,000", "QR330.7mn", "R92", "12CUP" (R148)."""
        if self.glued is None or token.is_alpha or token.text[:1] in "-+" or not self._starts_a_number(token.lower):
            return False  # the seeds' cache already knows which forms can be glued money: most tokens cost one lookup
        return is_glued_money(token, self.glued.fullmatch(token.lower_), self.lexicon)

    def _atoms(self, doc: Doc, seeds: list[int], blocked: set[int]) -> Iterator[Candidate]:
        """Group number tokens into numbers: "three hundred and fifty", "Twenty-five", "1.6 billion", "5m"."""
        end = 0
        for index in seeds:
            if index < end or index in blocked:
                continue
            vague = phrase_length(doc, index, self.lexicon.vague, forward=True)
            if vague:
                end = index + vague - (doc[index + vague - 1].lower_ == "of")
                yield Candidate(index, end, index, end, vague=True)
                continue
            if not self._is_number(doc[index]):
                continue
            start = index - 1 if index and doc[index - 1].lower_ in ("a", "an") and doc[index].lower_ in self.lexicon.scales else index
            glued = digits_before_scale(doc, index, self.lexicon) if start == index else None
            if glued is False:
                continue
            start = index - 1 if glued else start
            if start < index:
                start -= fraction_before(doc, start)  # "half a million", "a quarter of a million"
            end = self._number_end(doc, index + 1)
            if opens_a_fraction(doc, end):
                continue  # "three quarters of a million": the scale word after it reads the whole fraction
            if end == index + 1 and (self._is_glued_money(doc[index]) or index and doc[index - 1].lower_ in self.lexicon.currencies):
                end = space_grouped_end(doc, end)  # "R75 000", "N$2 000"
            yield Candidate(start, end, start, end)

    def _number_end(self, doc: Doc, end: int) -> int:
        scales = self.lexicon.scales
        while end < len(doc):
            token, previous = doc[end], doc[end - 1]
            words = tokens_text(doc, end, end + 6).lower().replace("-", " ").split()
            if self._is_number(token) and (token.lower_ in scales or (previous.is_alpha and token.is_alpha)):
                end += 1
            elif token.lower_ in scales and not previous.whitespace_ and previous.text[-1].isdigit():
                end += 1  # "5m": an abbreviated scale written against the digits
            elif token.text in HYPHENS and not previous.whitespace_ and not token.whitespace_ and previous.is_alpha and end + 1 < len(doc) and doc[end + 1].is_alpha and self._is_number(doc[end + 1]):
                end += 2  # "twenty-five"
            elif words[:3] == ["and", "a", "half"]:
                # "three-and-a-half": text2num does not read halves, quantities.parse_number does
                end = next(i for i in range(end + 1, len(doc) + 1) if tokens_text(doc, end, i).lower().replace("-", " ").split() == ["and", "a", "half"])
            elif token.lower_ == "and" and previous.lower_ in scales and end + 1 < len(doc) and doc[end + 1].is_alpha and self._is_number(doc[end + 1]):
                end += 2  # "three hundred and fifty"
            else:
                return end
        return end

    def _extend(self, doc: Doc, atom: Candidate, states: States) -> Candidate:
        """Take a currency sign or code before ("US$ 1.6", "Rs 10bn"), a currency word or percent after."""
        lexicon = self.lexicon
        currency = sign_before(doc, atom, lexicon, states)
        # "millions of dollars": the "of" joins a vague amount to its currency
        after = atom.end + (atom.vague and atom.end < len(doc) and doc[atom.end].lower_ == "of")
        suffix = currency_after(doc, atom, after, lexicon, states)
        hyphenated = 0 if suffix or atom.vague else hyphenated_currency_end(doc, atom.end, lexicon, states)
        if hyphenated:
            return atom._replace(start=atom.start - currency, end=hyphenated, currency_before=bool(currency), suffix=True)  # "30-million-dollar" (R150)
        if not suffix and not atom.vague:
            after = atom.end
            suffix = phrase_length(doc, after, self.lexicon.percent, forward=True)
        end = after + suffix if suffix else atom.end
        return atom._replace(start=atom.start - currency, end=end, currency_before=bool(currency), suffix=bool(suffix))

    def _add_approximator(self, doc: Doc, candidate: Candidate, floor: int, blocked: set[int]) -> Candidate:
        length = phrase_length(doc, candidate.start, self.lexicon.approximators, forward=False)
        start = candidate.start - length
        if not length or start < floor or blocked.intersection(range(start, candidate.start)):
            return candidate
        last = doc[candidate.start - 1]
        if last.dep_ == "prep" or last.tag_ == "RP":
            return candidate  # a preposition or particle, not a modifier: "under two agreements", "took over 14 plants"
        return candidate._replace(start=start)

    # -- reading the figure --------------------------------------------------------------------

    def _read(self, doc: Doc, candidate: Candidate, states: Optional[States] = None) -> Optional[tuple[Span, Quantity]]:
        start, end = candidate.start, candidate.end
        text = tokens_text(doc, start, end)
        quantity = read_figure(text, self.lexicon, states)
        prefix = unread_prefix(doc, start, end, self.lexicon) if quantity is None else 0
        if prefix:
            quantity = read_figure(text[prefix:], self.lexicon, states)  # the number and its scale, no currency (R280)
        if quantity is None or is_code(doc, start, end):
            return None
        if quantity.unit is not None:
            label = "PERCENT" if quantity.unit == "percent" else "MONEY"
        else:
            measure = quantity_entity(doc, candidate)
            unit_token = attached_unit(doc, end)
            if measure is not None and measure.end > end:
                label, unit, end = "QUANTITY", tokens_text(doc, end, measure.end), measure.end
            elif unit_token is not None:
                label, unit, end = "QUANTITY", unit_token.text, end + 1
            else:
                noun = counted_noun(doc, candidate)
                if not_a_count(doc, candidate, noun):
                    return None
                label, unit = "COUNT", unit_text(doc, noun, candidate.core_end) if noun is not None else None
            quantity = replace(quantity, unit=unit)
        if not quantity.approx and self._is_estimated(doc, candidate):
            quantity = replace(quantity, approx=True)
        return Span(doc, start, end, label=label), quantity

    def _is_estimated(self, doc: Doc, candidate: Candidate) -> bool:
        """An estimate word governing the figure's phrase: "an estimated strength of 6,000 fighters"."""
        token = counted_noun(doc, candidate) or doc[candidate.start : candidate.end].root
        for _ in range(ESTIMATE_HOPS):
            outside = [child for child in token.children if not candidate.start <= child.i < candidate.end]
            if token.lower_ in self.lexicon.estimates or any(child.lower_ in self.lexicon.estimates for child in outside):
                return True
            if token.head is token:
                return False
            token = token.head
        return False
