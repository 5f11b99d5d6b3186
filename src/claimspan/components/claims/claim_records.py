"""The record of one claim (records.Claim's fields, offsets into the text): its type and flags (R27-R29), subject,
predicate, object, source, quotes, hedges and negation, from the clause, its content verb and its source."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ...extensions import doc_text, token_span
from ...quotes import quotes_in
from .claim_types import choose_type
from .context import DocContext
from .fitting_types import fitting_types, is_directive
from .hedging import hedges_in, is_negated
from .parts import object_phrase, subject_phrase, text_span, trimmed_span
from .speakers import Attribution, subject_of


def claim_record(span: Span, head: Token, sent: Span, content: Token, source: Optional[dict], attribution: Optional[Attribution], context: DocContext) -> dict:
    """The record of the claim a clause makes: `content` is the verb whose clause is claimed (the reported clause's
    verb when a cue reports it), `source` the source record or None."""
    fitting = fitting_types(span, head, content, context, reported=source is not None, directive=is_directive(attribution))
    subject = subject_of(content)
    if subject is not None and subject.i < span.start and content.i >= span.start:
        # a subject in a dateline the clause left out ("KABUL, Afghanistan (Sept. 1) - An Afghan force ...")
        subject = next((token for token in span if token.i < content.i and token.head.i < span.start and token.pos_ in ("NOUN", "PROPN")), subject)
    subject_span = subject_phrase(subject) if subject is not None else None
    claim_type, flags = choose_type(fitting)
    negated = is_negated(content) or (attribution is not None and source is not None and is_negated(attribution.cue.root))
    return {
        "sentence": trimmed_span(sent),
        "type": claim_type,
        "flags": flags,
        "subject": text_span(subject_span) if subject_span is not None else None,
        "predicate": {**text_span(token_span(content.doc, content.i, content.i + 1)), "lemma": content.lemma_},
        "object": object_phrase(content),
        "source": source,
        "quotes": [{"start": start, "end": end} for start, end in quotes_in(context.quotes, span.start_char, span.end_char, doc_text(span.doc))],
        "hedges": [text_span(hedge) for hedge in hedges_in(span.doc, context.hedges, span)],
        "negated": bool(negated),
    }


def agreement(record: dict) -> tuple:
    """Type, polarity and source; a pronoun source counts as what it refers to ("Nasdaq says ...; it noted ...")."""
    source = record["source"]
    if source is None:
        return record["type"], record["negated"], None
    target = source["resolved"] or source
    return record["type"], record["negated"], (target["start"], target["end"])
