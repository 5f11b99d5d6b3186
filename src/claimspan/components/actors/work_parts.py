"""Works named after a noun of their parts, copies or editions (GUIDELINES R521): 'an English translation of the Kitab
al-Nur', 'the known text of the Kitab', 'the first edition of the Mawu Gathering' name a work or an event, which the
model reads as a body, in every mention of the article."""

from __future__ import annotations

import re
from typing import Collection

from spacy.tokens import Doc

from ...extensions import doc_text, tokens_text
from .actor_spans import Candidate
from .actor_types import ORGANIZATION_HEADS

POSSESSIVES = frozenset({"'s", "’s"})


def after_a_part_noun(doc: Doc, start: int, end: int, part_nouns: Collection[str]) -> bool:
    """doc[start:end] follows a lower-case part noun and 'of' (and 'the'), and heads its noun phrase: a name before a
    noun or a possessive modifies it ('the text of the Lancet study', 'the text of Roe's speech' name authors)."""
    if end < len(doc) and (doc[end].lower_ in POSSESSIVES or (doc[end].is_lower and doc[end].pos_ == "NOUN")):
        return False
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].is_lower and doc[i - 1].lower_ in part_nouns


def drop_work_parts(doc: Doc, accepted: list[Candidate], part_nouns: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop every mention of a name the article writes after a noun of a work's part, copy or edition (R521). Names
    of the actor tables keep their own rules, and so does a name ending in a body's head: 'a copy of the Daily Herald'
    is the newspaper, 'the local chapter of the Rotary Society' the body.
    part_nouns: lower-case nouns of parts, copies and editions (not_actors.jsonl, match 'part')."""
    names = {
        tokens_text(doc, c.start, c.end) for c in accepted
        if c.label in ("ORGANIZATION", "PERSON") and c.actor_id not in table_ids and doc[c.end - 1].lower_ not in ORGANIZATION_HEADS
    }
    if not part_nouns or not names:
        return accepted
    text = doc_text(doc)
    works = set()
    # the name's other mentions may not be candidates here (the model's cut differs): the text is searched for each name
    for name in names:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and after_a_part_noun(doc, span.start, span.end, part_nouns):
                works.add(name)
                break
    if not works:
        return accepted
    # the work wherever it is written, and any piece of it the model or a later rule reads on its own ('NURAYN' of
    # 'KITAB AL-NURAYN')
    ranges = [(found.start(), found.end()) for name in works for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]

    def in_a_work(candidate: Candidate) -> bool:
        start, end = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1])
        return any(first <= start and end <= last for first, last in ranges)

    return [c for c in accepted if c.actor_id in table_ids or not in_a_work(c)]
