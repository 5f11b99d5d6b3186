"""A speaker's report in a participle after the claim's own cue (GUIDELINES R400): "“We will win,” Roe said, adding
that the count would take a week", "Roe defended the plan, calling it a model". The claim keeps its first cue (R29)
and its words (R135); the participle, a cue verb with content of its own after a comma and without a subject of its
own, reports a second content of the same speaker and becomes a nested claim with the participle as cue, as a second
finite act does (R207). Only the children of the claim's own cue verb are looked at."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from spacy.tokens import Doc, Span, Token

from .clauses import SUBJECT_DEPS
from .cues import CueTable, content_head
from .embedded import with_nested
from .parts import text_span
from .second_acts import second_act_clause

if TYPE_CHECKING:
    from . import ClaimExtractor, Found
    from .context import DocContext

# Closing quotation marks as the tokenizer gives them ("”", "''", a straight double quote, a single closing quote).
CLOSING_QUOTES = frozenset({"”", "''", '"', "’"})
# How a participle after a comma hangs on the verb it follows.
TRAILING_PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp"})


def participle_cues(span: Span, cue_start: int, cues: CueTable) -> Iterator[Token]:
    """Participles after a comma that hang on the claim's own cue verb, report with content and have no subject."""
    own = next((token for token in span if token.idx == cue_start), None)
    if own is None or own.pos_ not in ("VERB", "AUX"):
        return
    for child in own.rights:
        if _trailing_report(child, span, cues):
            yield child
    # a participle the parser hangs on the reported clause's verb ("said the system was corrupt, noting that ...") is
    # the speaker's too when it reports a clause of its own
    reported = content_head(own)
    for child in reported.rights if reported is not None else ():
        if child.i > own.i and _trailing_report(child, span, cues) and cues.reports_clause(child):
            yield child


def _trailing_report(child: Token, span: Span, cues: CueTable) -> bool:
    """A cue verb with content, a participle after a comma inside the claim, without a subject of its own."""
    if child.tag_ != "VBG" or child.dep_ not in TRAILING_PARTICIPLE_DEPS or child.i >= span.end or not _after_comma(span.doc, child.i):
        return False
    if any(grand.dep_ in SUBJECT_DEPS for grand in child.children):
        return False
    return cues.verb_needs(child) is not None and cues.is_cue_verb(child)


def _after_comma(doc: Doc, index: int) -> bool:
    """A comma right before the token, or one inside the closing quotation mark right before it (R451: news style puts
    the comma inside the quotation, "... the Republican party,” claiming that ...")."""
    before = doc[index - 1]
    if before.text == ",":
        return True
    return index >= 2 and before.text in CLOSING_QUOTES and doc[index - 2].text == ","


def with_participle_acts(extractor: "ClaimExtractor", doc: Doc, sent: Span, found: list["Found"], context: "DocContext") -> list["Found"]:
    """The sentence's claims, with a nested claim for each reporting participle after a claim's own cue."""
    nested = []
    for item in found:
        source = item.record["source"]
        if source is None:
            continue
        for verb in participle_cues(item.span, source["cue"]["start"], extractor.cues):
            part = extractor._claim(doc, second_act_clause(verb, item.span), sent, context)
            inner = part.record["source"] if part is not None else None
            # kept when the participle is the cue found; its speaker is the claim's own, whatever subject the parser
            # gives the participle through the verb it hangs on
            if inner is None or inner["cue"]["start"] != verb.idx:
                continue
            part.record["source"] = {**source, "cue": text_span(doc[verb.i : verb.i + 1])}
            nested.append(part)
    return with_nested(found, nested)
