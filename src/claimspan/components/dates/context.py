"""The context a temporal expression is read in: tense, direct quotes, and the text's reference time.

TimeML/TempEval practice: deictic expressions ("today", "yesterday") are anchored to the document
creation time, relative ones ("the following day", "that day") to the reference time, the day the
text is talking about. In news the reference time is the last day the text named ("US stocks saw a
turbulent day yesterday ... `` what we saw happen today ''": the quote was spoken yesterday).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from ...extensions import doc_text, sentence_starts, span_text, token_span
from ...quotes import find_quotes
from ...timex import MONTHS, Timex, normalize

# The head verb's lemma marks a forward-looking sentence even in the present tense ("talks are scheduled for May").
FORWARD_LEMMAS = frozenset({"plan", "schedule", "expect", "due", "set", "intend", "aim"})
FORWARD_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll", "would", "might", "may", "should"})
FORWARD_CERTAIN = frozenset({"will", "shall", "'ll", "wo", "’ll"})
FUTURE_CLAUSE_MARKERS = frozenset({"when", "if", "once", "unless", "until", "before", "after"})
# Signals that put the expression ahead of the speech time: a deadline ("until 9 a.m. Tuesday"), "as soon as".
FORWARD_SIGNALS = frozenset({"until", "till", "as soon as", "as early as"})
ANAPHORIC = re.compile(r"(?:(?:earlier|later) )?(?:that|the same|that same|the following|the next|the previous) (?:day|morning|afternoon|evening|night)")
DEICTIC = re.compile(r"(?:(?:earlier|later) )?(?:today|tonight|this (?:morning|afternoon|evening))")
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# "end the day with a smaller loss": the day is the one the text is talking about.
DAY_VERBS = frozenset({"end", "close", "open", "start", "begin", "finish"})
# Adjectives that make "a ... day" an amount or a kind of day rather than a reference to one.
NOT_A_DAY_REFERENCE = frozenset({"single", "whole", "full", "half", "typical", "normal", "given", "certain", "same", "different", "average", "working", "school"})
# A reference set this many sentences back still anchors a past-tense "today" ("described the events of today").
PAST_TODAY_REACH = 1


@dataclass(frozen=True)
class Mention:
    """A temporal expression found in the text, with what its value was read from."""

    span: Span
    timex: Timex
    reading: str
    future: bool
    own_day: bool = True  # False for a clock time or part of day that takes the day from its context
    nominal: Optional[str] = None  # "adjacent", "reference" or "unknown" for "an unusually turbulent day", "the day"


def resolve_references(mentions: list[Mention], anchor: Optional[date]) -> Iterator[tuple[Span, Timex]]:
    """Re-read anaphoric, deictic and clock expressions against the text's reference time."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    quotes = find_quotes(doc_text(doc))
    sentence_numbers = {sentence.start: number for number, sentence in enumerate(doc.sents)}
    reference, reference_sentence = None, -99
    for index, mention in enumerate(mentions):
        span, timex = mention.span, mention.timex
        phrase = " ".join(span_text(span).lower().split())
        sentence = sentence_numbers.get(sentence_starts(doc)[span.start], 0)
        quoted = _inside(span.start_char, quotes)
        if mention.nominal:
            timex = _nominal_day(mention, mentions[index + 1] if index + 1 < len(mentions) else None, reference or anchor)
        elif ANAPHORIC.fullmatch(phrase):
            timex = normalize(mention.reading, reference or anchor, future=mention.future) or timex
        elif DEICTIC.fullmatch(phrase):
            if is_generic_today(span):
                timex = Timex("DATE", "PRESENT_REF")
            elif reference is not None and (quoted or reference_sentence == sentence or (sentence - reference_sentence <= PAST_TODAY_REACH and _past(span))):
                timex = normalize(mention.reading, reference, future=mention.future) or timex
        elif not mention.own_day and reference is not None:
            timex = normalize(mention.reading, reference, future=mention.future) or timex
        if mention.own_day and not mention.nominal and timex.type in {"DATE", "TIME"} and FULL_DAY.match(timex.value) and not _bracketed(span):
            reference, reference_sentence = date.fromisoformat(timex.value[:10]), sentence
        yield span, timex


def _nominal_day(mention: Mention, following: Optional[Mention], reference: Optional[date]) -> Timex:
    """'an unusually turbulent day yesterday' is yesterday; 'end the day' the reference day; 'the day the deal was announced' unknown."""
    span = mention.span
    if following is not None and following.span.start - span.end <= 1 and FULL_DAY.fullmatch(following.timex.value):
        return Timex("DATE", following.timex.value)
    if mention.nominal == "unknown" or reference is None:
        return Timex("DATE", "XXXX-XX-XX")
    return Timex("DATE", reference.isoformat())


def nominal_day(span: Span) -> Optional[str]:
    """How a nominal day reference is resolved: 'an unusually turbulent day', 'end the day', 'the day <clause>'."""
    words = [token.lower_ for token in span]
    if not words or words[-1] != "day":
        return None
    day = span[-1]
    if words[0] in {"a", "an"} and 3 <= len(words) <= 4 and span[-2].pos_ == "ADJ" and words[-2] not in NOT_A_DAY_REFERENCE:
        return "reference"
    if words != ["the", "day"]:
        return None
    if day.dep_ == "dobj" and day.head.lemma_ in DAY_VERBS:
        return "reference"
    return "unknown" if any(child.dep_ == "relcl" for child in day.children) else None


def is_generic_today(span: Span) -> bool:
    """'today' meaning nowadays: 'what they earn today', 'the auto industry today' -> PRESENT_REF."""
    if span_text(span).lower() != "today":
        return False
    head = span[0].head
    if head.pos_ == "NOUN" and span[0].dep_ == "npadvmod":
        verb = governing_verb(span)  # "what is the auto industry today", not "a statement today by ..."
        return verb is not None and verb.tag_ in {"VBP", "VBZ"}
    return head.tag_ in {"VBP", "VBZ"} and any(child.tag_ in {"WP", "WDT"} or child.lower_ in {"than", "as"} for child in head.children)


def _bracketed(span: Span) -> bool:
    """An aside in brackets ('(By the following day this theory had been abandoned.)') does not move the narrative."""
    before = token_span(span.doc, sentence_starts(span.doc)[span.start], span.start)
    return sum(token.text == "(" for token in before) > sum(token.text == ")" for token in before)


def _inside(position: int, intervals: list[tuple[int, int]]) -> bool:
    index = bisect_right(intervals, (position, float("inf"))) - 1
    return index >= 0 and intervals[index][0] <= position < intervals[index][1]


def _past(span: Span) -> bool:
    verb = governing_verb(span)
    return verb is not None and _simple_past(verb)


def _simple_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" for child in verb.children)


def governing_verb(span: Span) -> Optional[Token]:
    head = span.root
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    return _reporting_verb_before(span, head) or head


def _reporting_verb_before(span: Span, verb: Token) -> Optional[Token]:
    """"The ministry said on Monday it would cut prices": the parser hangs "on Monday" on "cut", but a time
    between a verb and the subject of its complement clause is the time of that verb, the saying (R278)."""
    if verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return None
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None or span.end > subject.left_edge.i or any(child.dep_ == "mark" for child in verb.children):
        return None
    return verb.head if verb.head.pos_ in {"VERB", "AUX"} else None


def looks_forward(span: Span) -> Optional[bool]:
    """True when the governing verb looks ahead ('will resume in January', 'visits to resume in January');
    None when the date can only be past: 'since October 7' starts a state that still holds (R85)."""
    doc = span.doc
    before = " ".join(token.lower_ for token in token_span(doc, max(0, span.start - 3), span.start))
    if before.endswith("since"):
        return None
    verb = governing_verb(span)
    if any(before.endswith(signal) for signal in FORWARD_SIGNALS):
        # a deadline looks ahead unless the clause is past perfect ("Until Thursday, they had not called him a suspect")
        return verb is None or not any(child.lower_ in {"had", "'d"} for child in verb.children)
    return verb is not None and _verb_looks_forward(verb)


# "March next year", "November last year": the year after a month names which March (R274).
RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}
MONTH_OR_DAY = re.compile(r"(?:the )?(?:(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(?P<month>[a-z]+)\.?(?: (?P<day2>\d{1,2})(?:st|nd|rd|th)?)?")


def with_named_year(span: Span, reading: str, anchor: Optional[date]) -> str:
    """A month or a day of a month written without its year, then "next year", "last year" or "this year": the
    reading with that year added ("March next year" in a 2025 text is 2026-03, not the nearer March, R274)."""
    doc = span.doc
    match = MONTH_OR_DAY.fullmatch(reading.lower())
    if anchor is None or match is None or match.group("month") not in MONTHS or span.end + 1 >= len(doc):
        return reading
    relative, year = doc[span.end], doc[span.end + 1]
    if relative.lower_ not in RELATIVE_YEAR or year.lower_ != "year":
        return reading
    return f"{reading} {anchor.year + RELATIVE_YEAR[relative.lower_]}"


def dates_a_past_event(span: Span) -> bool:
    """The expression is the time of a past-tense verb's own event (R270): its adverbial ("rejected the
    claim on March 3", "arrived Tuesday"), not a date inside one of its arguments ("offered no cause for
    the Feb. 2 cutoff") or a plan it reports ("said the vote was set for May 2")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"on", "in"}:
        head = head.head
    elif root.dep_ != "npadvmod":
        return False
    if head.pos_ not in {"VERB", "AUX"} or head.tag_ == "VBN" and head.dep_ in {"acl", "amod", "relcl"}:
        return False
    return _simple_past(head) and not _verb_looks_forward(head)


def _verb_looks_forward(verb: Token, depth: int = 0) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in FORWARD_AUX for aux in auxiliaries):
        # "should have been completed in October" looks back; "will have finished by March" does not
        return not any(aux.lemma_ == "have" for aux in auxiliaries) or any(aux.lower_ in FORWARD_CERTAIN for aux in auxiliaries)
    if verb.tag_ == "VBN" and not auxiliaries and verb.dep_ in {"acl", "amod", "relcl"}:
        # a participle on a noun is a done thing ("the decision, announced Wednesday"), unless it is
        # a plan: then its clause decides ("a service planned for Saturday was canceled")
        if verb.lemma_.lower() not in FORWARD_LEMMAS or depth > 2:
            return False
        head = verb.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        return head.pos_ not in {"VERB", "AUX"} or head.i == verb.i or not _past_tense(head)
    if verb.lemma_.lower() in FORWARD_LEMMAS and not (verb.lemma_.lower() == "set" and verb.tag_ == "VBD"):
        # "the team planned to leave on Thursday": in news a plan is for the days ahead; but "(they)
        # set Friday as the deadline" is a past act
        return True
    if _past_tense(verb):
        return False
    if _infinitive(verb, auxiliaries):
        # an infinitive looks ahead of its clause ("visits to resume"), but a complement or a purpose
        # clause takes the time of the verb it depends on ("has been attempting to take over since ...",
        # "staged celebrations to mark the entry on Friday")
        if verb.dep_ in {"xcomp", "advcl"} and verb.head.i != verb.i and depth < 3:
            return _verb_looks_forward(verb.head, depth + 1)
        return True
    if verb.dep_ in {"advcl", "ccomp"} and any(child.lower_ in FUTURE_CLAUSE_MARKERS for child in verb.children if child.dep_ in {"mark", "advmod"}):
        # English puts a future event in the present inside a time or condition clause ("when the case is heard in May")
        return verb.tag_ in {"VBZ", "VBP"} or any(aux.tag_ in {"VBZ", "VBP"} for aux in auxiliaries)
    return False


def _infinitive(verb: Token, auxiliaries: list[Token]) -> bool:
    """'to resume' and the passive 'to be held' (R103), not the perfect 'to have been killed'."""
    if not any(aux.lower_ == "to" for aux in auxiliaries):
        return False
    return verb.tag_ == "VB" or verb.tag_ == "VBN" and any(aux.lower_ == "be" for aux in auxiliaries) and not any(aux.lemma_ == "have" for aux in auxiliaries)


def _past_tense(verb: Token) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    return "Past" in verb.morph.get("Tense") and verb.tag_ != "VBN" or any(aux.tag_ == "VBD" for aux in auxiliaries) or (verb.tag_ == "VBN" and not auxiliaries)
