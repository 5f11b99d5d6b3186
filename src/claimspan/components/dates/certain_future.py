"""A month, or a day of a month, that a "will" clause dates lies ahead of the text (GUIDELINES R340).

timex_calendar reads a month name without a year as the nearest one in the sentence's direction, and turns back
to the past one when the next is more than half a year away: right for weak forward signals (a plan, an
infinitive), which often report what was due. "will", "shall" and "'ll" on the date's own verb leave no such
doubt: "Elections will be held in December" in a March text is this December, not the last one."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from spacy.tokens import Span

from ...timex import Timex
from .context import FORWARD_CERTAIN, governing_verb

# A written year, or a year the reading names ("March next year", R274), decides the year on its own.
YEAR_WRITTEN = re.compile(r"\d{3,4}|'\d\d\b|\byear\b")
# A date that names a thing, not the time of the verb: "the damage from December's storm will take years" (the
# storm is past); "December will be busy" says what the month holds.
NOT_THE_VERBS_TIME = frozenset({"poss", "compound", "amod", "nmod", "nsubj", "nsubjpass", "dobj"})
# "the flood of November", "the damage from December": a preposition that makes the date part of a name.
NAMING_PREPOSITIONS = frozenset({"of", "from", "since"})
CALENDAR_VALUE = re.compile(r"(?P<year>\d{4})(?P<rest>-\d{2}(?:-\d{2})?)")


def is_certainly_ahead(span: Span) -> bool:
    """The date's verb carries "will", "shall" or "'ll", and no perfect ("will have finished by March" still
    looks ahead; "should have been done in October" does not, but "should" is no certain signal anyway)."""
    root = span.root
    if root.dep_ in NOT_THE_VERBS_TIME or root.dep_ == "pobj" and root.head.lower_ in NAMING_PREPOSITIONS:
        return False
    verb = governing_verb(span)
    if verb is None:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return any(aux.lower_ in FORWARD_CERTAIN for aux in auxiliaries) and not any(aux.lemma_ == "have" for aux in auxiliaries)


def not_before_text(timex: Timex, reading: str, anchor: Optional[date]) -> Timex:
    """The timex moved a year on when its month or day, read without a year, falls before the anchor's."""
    match = CALENDAR_VALUE.fullmatch(timex.value)
    if anchor is None or match is None or YEAR_WRITTEN.search(reading):
        return timex
    if timex.type != "DATE" or timex.value >= anchor.isoformat()[: len(timex.value)] or match["rest"] == "-02-29":
        return timex
    return replace(timex, value=f"{int(match['year']) + 1:04d}{match['rest']}")
