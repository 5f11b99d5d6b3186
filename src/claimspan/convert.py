"""The only bridge from a processed Doc to records; also the offset-invariant check (STYLE G7)."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from datetime import date
from typing import Iterator, Optional

import spacy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import __version__
from .errors import ClaimspanError, Errors
from .extensions import doc_text, span_text, trimmed_bounds
from .records import (
    Claim,
    DocumentRecord,
    PipelineInfo,
    TextSpan,
)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pipeline_info(nlp: Language) -> PipelineInfo:
    """Name and version of the sourced pretrained model, read from its package."""
    from importlib.metadata import version

    from .loader import MODEL_PACKAGE

    return PipelineInfo(claimspan=__version__, model=MODEL_PACKAGE, model_version=version(MODEL_PACKAGE), spacy=spacy.__version__)


# The mention and sentence fields are plain dicts that DocumentRecord validates in one call: pydantic
# checks a list of dicts in its compiled core, where building each small record first cost a Python-level
# __init__ per mention (a tenth of document_record's time); the records and the JSON written are the same.


def _actor_fields(span: Span) -> dict:
    return {"start": span.start_char, "end": span.end_char, "text": span_text(span), "id": span.kb_id_, "type": span.label_, "name": span._.actor_name}


def _date_fields(span: Span) -> dict:
    values = span._  # one accessor for all of the span's values: each `span._` builds a new one
    return {"start": span.start_char, "end": span.end_char, "text": span_text(span), "type": span.label_, "value": values.date_value, "mod": values.date_mod}


def _figure_fields(span: Span) -> dict:
    values = span._
    return {
        "start": span.start_char,
        "end": span.end_char,
        "text": span_text(span),
        "value": values.figure_value,
        "low": values.figure_low,
        "high": values.figure_high,
        "unit": values.figure_unit,
        "approx": bool(values.figure_approx),
    }


def _spans(doc: Doc, group: str) -> list[Span]:
    return sorted(doc.spans[group], key=lambda span: (span.start_char, span.end_char)) if group in doc.spans else []


def document_record(doc: Doc, *, info: Optional[PipelineInfo] = None) -> DocumentRecord:
    published = doc._.published
    return DocumentRecord(
        doc_id=doc._.doc_id or "doc",
        text_sha256=text_sha256(doc_text(doc)),
        published=date.fromisoformat(published) if published else None,
        sentences=[sentence for sentence in (_trimmed(sent) for sent in doc.sents) if sentence is not None],
        actors=[_actor_fields(span) for span in _spans(doc, "actors")],
        dates=[_date_fields(span) for span in _spans(doc, "dates")],
        figures=[_figure_fields(span) for span in _spans(doc, "figures")],
        pipeline=info,
        meta=doc._.document_meta or {},
    )


def _trimmed(sent: Span) -> Optional[dict]:
    """A sentence runs from its first to its last non-space character (GUIDELINES: sentences); None when it is all space."""
    start, end = trimmed_bounds(sent)
    return {"start": start, "end": end} if start < end else None


def claim_id(doc_id: str, sha: str, start: int, end: int) -> str:
    """Stable id from the document, its text version and the claim's offsets."""
    digest = hashlib.sha1(f"{doc_id}\x00{sha}\x00{start}\x00{end}".encode("utf-8")).hexdigest()[:12]
    return f"{doc_id}:{start}-{end}:{digest}"


def claim_records(doc: Doc, *, info: Optional[PipelineInfo] = None, document: Optional[DocumentRecord] = None) -> Iterator[Claim]:
    """The claims the claims stage stored on doc.spans['claims'], with the mentions inside each.

    document (DocumentRecord): the doc's record, if already built; its mention records are reused.
    """
    document = document or document_record(doc, info=info)
    sha = document.text_sha256
    for span in _spans(doc, "claims"):
        values = span._
        fields = dict(values.claim_record or {})
        start, end = span.start_char, span.end_char
        yield Claim(
            claim_id=claim_id(document.doc_id, sha, start, end),
            doc_id=document.doc_id,
            start=start,
            end=end,
            text=span_text(span),
            actors=_inside(document.actors, start, end),
            dates=_inside(document.dates, start, end),
            figures=_inside(document.figures, start, end),
            pipeline=info,
            checkworthy=values.claim_checkworthy,
            **fields,
        )


def _inside(mentions: list, start: int, end: int) -> list:
    """The mentions (sorted by start) that lie within [start, end)."""
    first = bisect_left(mentions, start, key=lambda mention: mention.start)
    last = bisect_left(mentions, end, lo=first, key=lambda mention: mention.start)
    return [mention for mention in mentions[first:last] if mention.end <= end]


def iter_text_spans(record: BaseModel, kind: str = "") -> Iterator[tuple[str, TextSpan]]:
    """Yield (kind, span) for every span with a text inside a record, nested ones included."""
    if isinstance(record, TextSpan):
        yield kind or type(record).__name__, record
    for name, value in record:
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, BaseModel) and name != "pipeline":
                yield from iter_text_spans(child, name)
    if isinstance(record, Claim):
        yield "claim", TextSpan(start=record.start, end=record.end, text=record.text)


def check_spans(record: BaseModel, text: str, *, path="<record>", line=1) -> None:
    """Raise a coded error unless every span of the record slices the source to its text."""
    for kind, span in iter_text_spans(record):
        if span.end > len(text) or span.start > span.end:
            raise ClaimspanError(Errors.E102.format(path=path, line=line, kind=kind, start=span.start, end=span.end, length=len(text)))
        actual = text[span.start : span.end]
        if actual != span.text:
            raise ClaimspanError(
                Errors.E101.format(path=path, line=line, kind=kind, start=span.start, end=span.end, actual=actual, expected=span.text)
            )
