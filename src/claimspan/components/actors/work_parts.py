"""Works named after a noun of their parts, copies or editions (GUIDELINES R521): 'an English translation of the Kitab
al-Nur', 'the known text of the Kitab', 'the first edition of the Mawu Gathering' name a work or an event, which the
model reads as a body, in every mention of the article."""

from __future__ import annotations

import re
from typing import Collection

from spacy.tokens import Doc

from ...extensions import doc_text, tokens_text
from .actor_spans import POSSESSIVES, Candidate, tokens_written
from .actor_types import ORGANIZATION_HEADS



def after_a_part_noun(doc: Doc, start: int, end: int, part_nouns: Collection[str]) -> bool:
    """doc[start:end] follows a lower-case part noun and 'of' (and 'the'), and heads its noun phrase: a name before a
    noun or a possessive modifies it ('the text of the Lancet study', 'the text of Roe's speech' name authors)."""
    if end < len(doc) and (doc[end].lower_ in POSSESSIVES or (doc[end].is_lower and doc[end].pos_ == "NOUN")):
        return False
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].is_lower and doc[i - 1].lower_ in part_nouns


def _name_starts(doc: Doc, part_nouns: Collection[str]) -> list[int]:
    """The token positions right after 'translation of', 'the text of the': where a work's name may start."""
    starts = []
    for noun in tokens_written(doc, part_nouns):
        i = noun.i + 1
        if not noun.is_lower or i >= len(doc) or doc[i].lower_ != "of":
            continue
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i < len(doc):
            starts.append(i)
    return starts


def drop_work_parts(doc: Doc, accepted: list[Candidate], part_nouns: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop every mention of a name the article writes after a noun of a work's part, copy or edition (R521). Names
    of the actor tables keep their own rules, and so does a name ending in a body's head: 'a copy of the Daily Herald'
    is the newspaper, 'the local chapter of the Rotary Society' the body.
    part_nouns: lower-case nouns of parts, copies and editions (not_actors.jsonl, match 'part')."""
    starts = _name_starts(doc, part_nouns) if part_nouns else []
    if not starts:
        return accepted
    names = {
        tokens_text(doc, c.start, c.end) for c in accepted
        if c.label in ("ORGANIZATION", "PERSON") and c.actor_id not in table_ids and doc[c.end - 1].lower_ not in ORGANIZATION_HEADS
    }
    text = doc_text(doc)
    works = set()
    # the part nouns are rare: the names are looked for only where one of them and 'of' open a noun phrase; the name
    # written there may not be a candidate itself (the model's cut differs), so the text is compared
    for start in starts:
        position = doc[start].idx
        for name in names:
            name_end = position + len(name)
            if text.startswith(name, position) and (name_end == len(text) or not (text[name_end].isalnum() or text[name_end] == "-")):
                span = doc.char_span(position, name_end)
                if span is not None and after_a_part_noun(doc, span.start, span.end, part_nouns):
                    works.add(name)
    if not works:
        return accepted
    # the work wherever it is written, and any piece of it the model or a later rule reads on its own ('NURAYN' of
    # 'KITAB AL-NURAYN')
    ranges = [(found.start(), found.end()) for name in works for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]

    def in_a_work(candidate: Candidate) -> bool:
        start, end = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1])
        return any(first <= start and end <= last for first, last in ranges)

    return [c for c in accepted if c.actor_id in table_ids or not in_a_work(c)]
