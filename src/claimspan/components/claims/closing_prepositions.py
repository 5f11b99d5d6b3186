"""A preposition cue that closes a sentence the splitter cut in parts (GUIDELINES R199): in "A, while B, according to
an analysis by the institute" the phrase hangs on the first part's verb but stands after the second part, and the
splitter leaves it out of both; it reports them all, as a speaker after the last part does (R45)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .attribution import CITING, _prep_object
from .cues import CueTable
from .speakers import Attribution, first_person


def closing_preposition(sent: Span, parts: list[Span], prep_matches: list[tuple[int, int]], cues: CueTable) -> Optional[Attribution]:
    """The preposition cue and its object that end the sentence after a comma, outside every part."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for start, end in prep_matches:
        if not sent.start < start < end <= sent.end or doc[start - 1].text != "," or doc[start].lower_ in CITING:
            continue
        # a phrase inside a part is that part's own reading (R29, R136)
        if any(part.start <= start < part.end for part in parts):
            continue
        source = _prep_object(doc, end, cues)
        if source is None or first_person(source) or max(source.end, doc[end - 1].right_edge.i + 1) <= last:
            continue
        return Attribution(cue=doc[start:end], source=source, content=None)
    return None
