"""A speaker quoted by someone else (GUIDELINES R256): "The Gazette quoted one of the mayor's advisers as saying the
bridge would reopen" reports two attributions. The claim keeps the adviser, who said it (R48); a nested claim, from the
adviser's name to the claim's end, has the one who quoted them as its source and "quoted" as its cue, as R136 nests
the "according to" that reports a speaker."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .speakers import first_person, source_of

QUOTING_VERBS = frozenset({"quote"})


def quoting_phrase(span: Span, own_cue: tuple[int, int]) -> Optional[tuple[Span, Span, int, int]]:
    """(cue, source, start, end of the nested claim) when the claim's own cue is the participle of "quoted X as
    saying" and "quoted" has a subject that names who quoted (a passive "was quoted as saying" names no one)."""
    doc = span.doc
    cue = doc.char_span(own_cue[0], own_cue[1], alignment_mode="expand") if own_cue[0] >= 0 else None
    if cue is None or len(cue) != 1 or cue[0].dep_ != "pcomp" or cue[0].head.lower_ != "as":
        return None
    verb = cue[0].head.head
    if verb.lemma_.lower() not in QUOTING_VERBS or not (span.start <= verb.i < span.end):
        return None
    objects = [child for child in verb.children if child.dep_ == "dobj" and child.i < cue[0].i]
    if not any(child.dep_ == "nsubj" for child in verb.children) or not objects:
        return None
    source = source_of(verb)
    start = objects[0].left_edge.i
    if source is None or first_person(source) or start <= span.start or source.end > start:
        return None
    return doc[verb.i : verb.i + 1], source, start, span.end
