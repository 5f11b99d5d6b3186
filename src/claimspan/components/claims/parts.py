"""The parts of a claim record cut from the parse: subject and object phrases, character spans, dates inside."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ...extensions import doc_text, trimmed_bounds
from .speakers import phrase

OBJECT_DEPS = ("dobj", "attr", "oprd", "acomp", "dative")
# a relative clause, an apposition or punctuation after a noun is no part of the phrase a claim names
NOUN_PHRASE_DROP = frozenset({"relcl", "appos", "punct"})


def dated_in(context, span: Span) -> list[tuple[Span, Optional[str]]]:
    return [(date, date._.date_value if date.has_extension("date_value") else None) for date in context.inside(context.dates, span)]


def overlaps(mention: Span, indices: set[int]) -> bool:
    return any(index in indices for index in range(mention.start, mention.end))


def subject_phrase(subject: Token) -> Span:
    if subject.lower_ == "there" and subject.dep_ == "expl":
        attrs = [child for child in subject.head.children if child.dep_ in ("attr", "nsubj")]
        if attrs:
            return phrase(attrs[0], drop=NOUN_PHRASE_DROP)
    return phrase(subject, drop=NOUN_PHRASE_DROP)


def object_phrase(verb: Token) -> Optional[dict]:
    has_expletive = any(child.dep_ == "expl" for child in verb.children)
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and not (has_expletive and child.dep_ == "attr"):
            return text_span(phrase(child, drop=NOUN_PHRASE_DROP))
    return None


def text_span(span: Span) -> dict:
    # the text is sliced from the Doc's text joined once: Span.text joins its tokens anew on every call
    return {"start": span.start_char, "end": span.end_char, "text": doc_text(span.doc)[span.start_char : span.end_char]}


def trimmed_span(sent: Span) -> dict:
    start, end = trimmed_bounds(sent)
    return {"start": start, "end": end}
