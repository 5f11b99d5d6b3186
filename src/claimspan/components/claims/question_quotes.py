"""A quotation that opens with a question is still its speaker's after it (GUIDELINES R291).

"Roe said, “How many of you trust the council? I believe it has failed the farmers.”": the sentence that opens the
quotation is a question, so it gives no claim (R162), and R45 finds no claim holding the quotation's opening mark
to carry the speaker over. The speaker who announces the quotation in that question's sentence, before its opening
mark, still owns the sentences of the quotation after it. Looked up once per quotation, only for a claim inside a
quotation that no earlier claim holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Span

from ...extensions import doc_text
from .attribution import find_attribution
from .clauses import _is_question
from .cues import CueTable
from .source_records import source_record

if TYPE_CHECKING:
    from .context import DocContext


def question_speaker(span: Span, cues: CueTable, context: "DocContext") -> Optional[dict]:
    """The source of a claim inside a quotation opened by an earlier sentence that is a question, as the speaker
    named before the opening mark in that sentence; None when there is no such speaker."""
    quote_start = next((start for start, end in context.quotes if start < span.start_char < end), None)
    if quote_start is None:
        return None
    if quote_start not in context.question_speakers:
        context.question_speakers[quote_start] = _announcing_speaker(span, quote_start, cues, context)
    return context.question_speakers[quote_start]


def _announcing_speaker(span: Span, quote_start: int, cues: CueTable, context: "DocContext") -> Optional[dict]:
    doc = span.doc
    text = doc_text(doc)
    end = next(end for start, end in context.quotes if start == quote_start)
    if text[quote_start] == '"' and "”" in text[quote_start:end]:
        # a straight mark closed by a curly one left the pairing open (as for R45)
        return None
    opening = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if opening is None or opening.sent.end_char > span.start_char or not _is_question(opening.sent):
        return None
    # the words before the opening mark: the parser may make a verb inside the quotation the sentence's head
    lead = doc[opening.sent.start : opening.start]
    if not len(lead):
        return None
    attribution = find_attribution(lead, lead.root, cues, context.prep_matches)
    if attribution is None or attribution.source is None:
        return None
    if attribution.cue.end_char > quote_start or attribution.source.end_char > quote_start:
        # only a speaker who announces the quotation: "“Why now?” he asked" is R118's and R202's
        return None
    return source_record(attribution, context)
