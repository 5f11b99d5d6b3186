"""The state of a ministry the tables do not know (GUIDELINES R382): every state has a 'Ministry of Finance', so a
ministry named without its state takes the state of a possessive before it ('Kenya's Ministry of Finance') or of the
article's dateline ('NAIROBI, Kenya -'): `org:ministry-of-finance-ken`."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Mapping, Optional

from spacy.tokens import Doc

from ...extensions import token_span, tokens_text
from .actor_linking import NAME
from .actor_spans import POSSESSIVES, Candidate

# the most words of a state's name before its possessive ('Democratic Republic of the Congo's')
MAX_STATE_WORDS = 5


def state_before(doc: Doc, start: int, lookup: Callable) -> Optional[str]:
    """The ISO3 code of the state whose name and possessive stand right before token start, or None."""
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES:
        return None
    for first in range(start - 2, max(start - 2 - MAX_STATE_WORDS, -1), -1):
        found = lookup(tokens_text(doc, first, start - 1))
        if found and found[0] == NAME and found[1].type == "COUNTRY":
            return found[1].id.split(":", 1)[1]
    return None


def _unknown_ministry(doc: Doc, candidate: Candidate, entries: Mapping, lookup: Callable) -> bool:
    """An organisation the tables do not know, named 'Ministry' with no state or demonym among its words."""
    if candidate.label != "ORGANIZATION" or not candidate.actor_id.startswith("org:") or candidate.actor_id in entries:
        return False
    words = token_span(doc, candidate.start, candidate.end)
    if not any(token.text == "Ministry" for token in words):
        return False
    return not any(found and found[1].type == "COUNTRY" for found in (lookup(token.text) for token in words if token.text[:1].isupper()))


def ministries_of_states(doc: Doc, accepted: list[Candidate], entries: Mapping, lookup: Callable, home_state: Optional[str]) -> list[Candidate]:
    """Give each unknown ministry's id its state's code: the one state its possessives name, else the dateline's.
    Every mention with that id (its acronym, its repeats) takes the new id; a ministry two states' possessives name
    keeps each possessive's state on that mention only."""
    ministry_ids = {c.actor_id for c in accepted if _unknown_ministry(doc, c, entries, lookup)}
    if not ministry_ids:
        return accepted
    possessed = {i: state_before(doc, c.start, lookup) for i, c in enumerate(accepted) if c.actor_id in ministry_ids}
    states_of: dict[str, set[str]] = {}
    for i, state in possessed.items():
        if state:
            states_of.setdefault(accepted[i].actor_id, set()).add(state)
    result = []
    for i, candidate in enumerate(accepted):
        states = states_of.get(candidate.actor_id, set())
        state = next(iter(states)) if len(states) == 1 else possessed.get(i) if states else home_state
        if candidate.actor_id in ministry_ids and state:
            candidate = replace(candidate, actor_id=f"{candidate.actor_id}-{state.lower()}")
        result.append(candidate)
    return result
