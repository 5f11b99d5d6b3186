"""claimspan_dates: find temporal expressions and normalise them to TIMEX3 against the publication date,
or against the reference time the text sets (context.py)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ...extensions import entities, register_extensions, span_text, token_span
from ...tables import DatePatternEntry, read_table
from ...timex import MODIFIER_WORDS, MONTHS, SET_ADVERBS, Timex, normalize
from ...timex_calendar import is_year_range
from ...timex_holidays import HOLIDAYS
from ...timex_numeric import document_order
from .anchored_matcher import AnchoredMatcher
from .certain_future import is_certainly_ahead, not_before_text
from .context import Mention, dates_a_past_event, looks_forward, with_named_year, nominal_day, resolve_references
from .publications import names_a_publication
from .rates import is_a_rate
from .flags import flagged_pattern, refresh_special_cases, reserve_leading_flags
from ..batching import in_batches

SPAN_KEY = "dates"
NER_LABELS = frozenset({"DATE", "TIME"})
# TimeML: a leading preposition or conjunction is a signal, not part of the TIMEX3 ("in [late December]").
LEADING_SIGNALS = frozenset({
    "in", "on", "at", "since", "by", "for", "during", "until", "till", "from", "through", "throughout", "between",
    "within", "after", "before", "of", "to", "and", "or", "as", "than", "into", "across", "per", "'s", "’s",
})
# Brackets and spaced dashes end an expression: "(Sept. 8) - Afghan and coalition forces".
BREAKS = frozenset({"(", ")", "[", "]", "—", "–", "-", ";", ":", "|"})
RANGE_WORDS = frozenset({"and", "to", "through", "-", "–", "or", "until"})
# the first words of the holidays timex_holidays.py reads; before another name they are part of it (R980)
HOLIDAY_WORDS = frozenset(name.split()[0].split("'")[0].title() for name in HOLIDAYS)


@Language.factory("claimspan_dates", assigns=["doc.spans"], requires=["doc.ents", "token.dep", "token.morph"], default_config={})
def make_dates(nlp: Language, name: str) -> "DateNormalizer":
    register_extensions()
    return DateNormalizer(nlp, name=name)


class DateNormalizer:
    """Temporal expressions from the NER's DATE/TIME entities and our patterns, normalised by timex.normalize."""

    def __init__(self, nlp: Language, *, name: str = "claimspan_dates") -> None:
        self.name = name
        self.matcher = AnchoredMatcher(nlp.vocab)

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, patterns_path: Optional[str] = None) -> None:
        # with the pipeline at hand, the patterns' word sets become lexeme flags (flags.py): faster, same matches
        self.matcher = AnchoredMatcher(self.matcher.vocab, validate=nlp is None)
        if patterns_path:
            entries = [(entry.id, [dict(token) for token in entry.pattern]) for entry in read_table(Path(patterns_path), DatePatternEntry)]
            if nlp is not None:
                reserve_leading_flags([pattern for _, pattern in entries], self.matcher.vocab)
            for pattern_id, pattern in entries:
                self.matcher.add(pattern_id, flagged_pattern(pattern, self.matcher.vocab) if nlp is not None else pattern)
        if nlp is not None:
            refresh_special_cases(nlp.tokenizer)
        # dateparser builds its time-zone and locale tables on first use (about 0.3 s): pay that at
        # load time, not on the first document
        normalize("December 24, 2024", date(2025, 1, 6))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, list(self.find(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    def find(self, doc: Doc) -> Iterator[tuple[Span, Timex]]:
        """Yield non-overlapping (span, timex) pairs in document order; longer expressions win."""
        anchor = date.fromisoformat(doc._.published) if doc._.published else None
        candidates = [(ent, True) for ent in entities(doc) if ent.label_ in NER_LABELS]
        candidates += [(span, False) for span in self.matcher(doc)]
        # an ambiguous numeric date follows the document's other numeric dates, else the given order (R37, R38)
        order = document_order((span_text(candidate) for candidate, _ in candidates), anchor=anchor) or doc._.date_order
        found: dict[tuple[int, int], Mention] = {}
        for candidate, is_entity in candidates:
            for span, reading in _split_range(_trim(candidate), anchor):
                if span is None or (span.start, span.end) in found or _is_not_a_date(span, is_entity=is_entity, bound=reading is not None):
                    continue
                span = _extend_left(span, anchor) if reading is None else span
                future = looks_forward(span)
                if future is False and dates_a_past_event(span):
                    future = None
                reading = with_named_year(span, reading or span_text(span), anchor)
                timex = normalize(reading, anchor, future=future, order=order)
                if timex is not None and future and is_certainly_ahead(span):
                    timex = not_before_text(timex, reading, anchor)
                if timex is not None and timex.type == "DURATION" and is_a_rate(span):
                    timex = Timex("SET", timex.value)  # "15 a year": how often, as "twice a year" (R984)
                nominal = nominal_day(span) if timex is None else None
                if nominal is not None:
                    timex = Timex("DATE", "XXXX-XX-XX")
                if timex is not None:
                    own_day = timex.type != "TIME" or reading.lower() == "overnight" or not (normalize(reading, None) or timex).value.startswith("XXXX-XX-XXT")
                    found[(span.start, span.end)] = Mention(span, timex, reading, future, own_day, nominal)
        spans = filter_spans([mention.span for mention in found.values()])
        mentions = []
        for index, span in enumerate(spans):
            mention = found[(span.start, span.end)]
            following = spans[index + 1] if index + 1 < len(spans) else None
            if mention.timex.type == "TIME" and following is not None and following.start - span.end <= 2:
                day = found[(following.start, following.end)].timex
                if day.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
                    mention = Mention(span, _with_day(mention.timex, day), mention.reading, mention.future)
            mentions.append(mention)
        yield from resolve_references(mentions, anchor)

    def set_annotations(self, doc: Doc, found: list[tuple[Span, Timex]]) -> None:
        spans = []
        for span, timex in found:
            span = Span(doc, span.start, span.end, label=timex.type)
            values = span._  # one accessor for both values: each `span._` builds a new one
            values.date_value = timex.value
            values.date_mod = timex.mod
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


def _trim(span: Span) -> Optional[Span]:
    """Cut the span at a bracket or spaced dash, then drop leading signals and trailing punctuation."""
    doc, start, end = span.doc, span.start, span.end
    # each doc[i] builds a new Token: the word before is carried along, the edge words read once per step
    previous = doc[start - 1] if start > 0 else None
    for token in span:
        spaced = token.whitespace_ or (previous is not None and previous.whitespace_)
        if token.i > start and (token.text in BREAKS and (spaced or token.text not in {"-", "–"}) or "\n" in token.text):
            end = token.i
            break
        previous = token
    while start < end:
        first = doc[start]
        if not (first.lower_ in LEADING_SIGNALS or first.is_punct or first.is_space or _is_preposition_over(first) or _governs_noun_after(first, end)):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not ((last.is_punct or last.is_space or last.lower_ in {"'s", "’s"}) and last.text not in {"a.m.", "p.m."}):
            break
        end -= 1
    # "a year on" is "a year later", but in "$400 million a year on security aid" or "lived for a month on an
    # estate" the "on" opens a phrase of its own (R190)
    if end - start > 1 and doc[end - 1].lower_ == "on" and any(child.dep_ == "pobj" for child in doc[end - 1].children):
        end -= 1
    return token_span(doc, start, end) if end > start else None


def _governs_noun_after(token: Token, end: int) -> bool:
    """'under fiscal year 2014 levels': 'under' is the preposition of the noun after the date, no modifier of it (R391)."""
    return token.pos_ == "ADP" and any(child.dep_ == "pobj" and child.i >= end for child in token.children)


def _is_preposition_over(token: Token) -> bool:
    """'over the past year': here 'over' is a preposition; in 'over a year' it is a modifier (MORE_THAN)."""
    return token.lower_ == "over" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "the"


def _split_range(span: Optional[Span], anchor: Optional[date]) -> list[tuple[Optional[Span], Optional[str]]]:
    """Split a range into its end points, as TimeML annotates them: '2014 and 2016' -> '2014', '2016';
    '60 and 90 days', '2-3 hours', 'two to three years' -> '60' (read as '60 days') and '90 days' (R20, R983).
    A range written as one token ('10–12 days') cannot be cut and stays one span. Pairs (span, text to read or None)."""
    if span is None:
        return [(None, None)]
    whole = normalize(span_text(span), anchor)
    if whole is not None and whole.type == "DURATION" and whole.mod is None and "X" not in whole.value:
        return [(span, None)]  # "two and a half years" is one amount, P2.5Y: its "and" joins no bounds (R982)
    if whole is not None and whole.type == "DATE" and is_year_range(" ".join(span_text(span).split())):
        return [(span, None)]  # "2020-2022", "fiscal year 2022-2023": one date (R391, R393)
    # span[1:-1]'s tokens (none in a span of one or two)
    for token in token_span(span.doc, span.start + 1, span.end - 1):
        if token.lower_ in RANGE_WORDS:
            left, right = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
            left_timex, right_timex = normalize(span_text(left), anchor), normalize(span_text(right), anchor)
            if left_timex and right_timex and left_timex.type == right_timex.type == "DATE":
                return [(left, None), (right, None)]
            if left_timex is None and len(left) == 1 and left[0].like_num and right_timex and right_timex.type == "DURATION":
                return [(left, f"{span_text(left)} {right[-1].text}"), (right, None)]
    return [(span, None)]


def _with_day(timex: Timex, day: Timex) -> Timex:
    """'16:15 UTC, June 1st': a clock time takes the day written right after it."""
    if day.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
        return timex
    return Timex(timex.type, day.value + timex.value[timex.value.index("T"):], timex.mod)


def _is_not_a_date(span: Span, *, is_entity: bool, bound: bool = False) -> bool:
    """A number that only looks like a year: 'Local 1520', '2000 soldiers', a release code '2010-09-CA-125';
    a frequency word naming a kind of thing: 'hourly and salaried workers', 'the Communist Party daily Granma';
    a holiday's name inside a longer name: 'Easter Island', 'the Christmas Island detention centre'.
    bound: the span is the first bound of a range ('2' of '2-3 hours'), whose dash is the range's."""
    doc = span.doc
    if not bound and span.end < len(doc) and doc[span.end].text in {"-", "–"} and not span[-1].whitespace_:
        return True
    if span[0].text in HOLIDAY_WORDS and span.end < len(doc) and doc[span.end].is_title and doc[span.end].pos_ == "PROPN":
        return True  # R980
    if span[-1].lower_ == "day" and span.end < len(doc) and doc[span.end].lower_ in {"one", "1"}:
        return True  # "day one motions" names a stage, not a day (GUIDELINES R16)
    if span[-1].lower_ in {"quarter", "quarters"} and [token.lower_ for token in doc[span.end : span.end + 2]] in (["of", "a"], ["of", "an"]):
        # "a quarter of a million people": a fraction of the number after it (R23), not a quarter year
        if span.end + 2 < len(doc) and doc[span.end + 2].like_num:
            return True
    if _is_a_share(span):
        return True
    if span[-1].lower_ == "second" and not any(token.like_num for token in span[:-1]) and span[-1].head.i >= span.end and span[-1].head.pos_ in {"NOUN", "PROPN"}:
        # "a second consecutive term", "a second look": the ordinal of a noun, not one second; "a 30-second ad" is (R392)
        return True
    if span_text(span).lower() == "noon" and span.start > 0 and doc[span.start - 1].lower_ == "high":
        return True  # "high noon", the idiom and the film
    if len(span) == 1 and span[0].lower_ in SET_ADVERBS:
        if names_a_publication(span[0]):
            return True  # 'the Gulf daily said', 'Al-Sabah daily said', 'the Beijing Daily' (R880-R882)
        following = doc[span.end : span.end + 2]
        if len(following) == 2 and following[0].dep_ == "cc" and following[1].pos_ in {"ADJ", "VERB"}:
            return True
        if span.start > 0 and doc[span.start - 1].pos_ in {"PROPN", "NOUN"} and len(following) and following[0].pos_ == "PROPN":
            return True
        # a newspaper's name: "told The Daily Star", "the Daily Nation reported", "the Weekly Holiday" (R275)
        if span[0].is_title and len(following) and following[0].is_title and following[0].is_alpha:
            return True
    if len(span) != 1 or span[0].shape_ != "dddd":
        return False
    token = span[0]
    if not 1800 <= int(token.text) <= 2100 and not is_entity:
        return True
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.pos_ in {"PROPN", "NOUN"} and previous.lower_.rstrip(".") not in MONTHS:
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.tag_ == "NNS"


# what a quarter of is when it is a share, not three months: "a quarter of the budget" (R216)
YEAR_WORDS = frozenset({"year", "century", "decade", "hour", "mile"})


def _is_a_share(span: Span) -> bool:
    """"a quarter of the budget", "fell by a quarter": a share of something (R216). "a quarter of the year", "in a
    quarter" and "the first quarter" stay dates."""
    doc = span.doc
    if span[-1].lower_ not in {"quarter", "quarters"} or not any(token.lower_ in ("a", "one", "three") for token in span):
        return False
    following = [token for token in doc[span.end : span.end + 4]]
    if following[:1] and following[0].lower_ == "of":
        return not any(token.lower_ in YEAR_WORDS for token in following[1:]) and not (len(following) > 1 and following[1].like_num)
    return span.start > 0 and doc[span.start - 1].lower_ == "by"


def _extend_left(span: Span, anchor: Optional[date]) -> Span:
    """Take in modifiers the NER leaves out: 'over three years ago', 'almost a decade', 'the end of'."""
    doc, start = span.doc, span.start
    while start > 0 and span.start - start < 4 and (doc[start - 1].lower_ in MODIFIER_WORDS or doc[start - 1].lower_ in {"the", "of"}):
        start -= 1
    for begin in range(start, span.start):
        if any(_governs_noun_after(token, span.end) for token in token_span(doc, begin, span.start)):
            continue  # "under fiscal year 2014 levels": a preposition of the noun after the date, no modifier (R391)
        extended = token_span(doc, begin, span.end)
        timex = normalize(extended.text, anchor)
        if timex is not None and timex.mod is not None:
            return extended
    return span
