"""The states an article names by a province of one state only ('Sindh', 'Khyber Pakhtunkhwa', 'Jalisco'; GUIDELINES
R182): evidence of the article's state for party acronyms (the actor stage) and shared currency names (figures)."""

from __future__ import annotations

from typing import Mapping

from spacy.tokens import Doc

from ..extensions import entities, span_text
from ..tables import folded

# the entity labels a province or region gets
PROVINCE_LABELS = frozenset({"GPE", "LOC"})


def states_of_provinces(doc: Doc, province_states: Mapping[str, str]) -> frozenset[str]:
    """The states of the provinces the model tags in the doc; province_states: tables.states_by_subdivision."""
    return frozenset(province_states[name] for name in (folded(span_text(ent)) for ent in entities(doc) if ent.label_ in PROVINCE_LABELS) if name in province_states)
