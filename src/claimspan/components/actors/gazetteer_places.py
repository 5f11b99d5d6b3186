"""'spread to Pune', 'a rally in Kandy', 'a senator from Sonora': a city or province the model reads as a body or a
person is a place (R300).

Places are not actors (R13). The gazetteer is the cities of GeoNames (pipeline/cities.jsonl) and the first-level
subdivisions of pycountry (pipeline/subdivisions.jsonl); a name counts only when it is the whole mention and a place of
a state the article names (R71's evidence, R277's dateline city), so 'Jackson' in a story from Mississippi is a city only
where the sentence puts it as a place ('a rally in Jackson'). Table names (a capital standing for its government, R11)
keep their rules: only mentions read from the model or from document evidence are checked."""

from __future__ import annotations

from typing import Collection, Mapping

from spacy.tokens import Doc, Token

from ...extensions import tokens_text
from ...tables import folded
from .actor_spans import Candidate

# Prepositions that put their object as a place: 'in Lucknow', 'a senator from Sonora', 'spread to Pune'.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "across", "into", "outside", "throughout", "around", "towards", "toward"})
# For a person's name only those that never take a person: 'a letter to Jackson', 'a call from Austin', 'angry at
# Florence' name the person.
PERSON_PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "into", "outside", "throughout", "around"})


def place_states(cities: Mapping[str, str], provinces: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Folded place name -> the states with a city (of one state only, pipeline/cities.jsonl) or a first-level
    subdivision of that name."""
    states = {name: frozenset({state}) for name, state in cities.items()}
    for name, owners in provinces.items():
        states[name] = states.get(name, frozenset()) | owners
    return states


def as_a_place(token: Token, prepositions: Collection[str] = PLACE_PREPOSITIONS) -> bool:
    """The token is the object of a place preposition, directly or as a conjunct ('in Koshi and Bagmati'); 'according
    to' gives a source, not a place."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    preposition = token.head
    if not (token.dep_ == "pobj" and preposition.lower_ in prepositions):
        return False
    return not (preposition.i > 0 and token.doc[preposition.i - 1].lower_ == "according")


def drop_gazetteer_places(
    doc: Doc, accepted: list[Candidate], places: Mapping[str, frozenset[str]], countries: Collection[str],
    title_ends: Collection[int], table_ids: Collection[str],
) -> list[Candidate]:
    """The mentions without bodies and persons named like a city or province of a state the article names where the
    sentence puts them as a place: the object of a place preposition, with no title before the name (R300). A person
    needs a preposition that never takes a person ('in', not 'to' or 'from'); 'Jackson said' stays a person,
    'Liverpool won' a club. places: folded place name -> its states (place_states); title_ends: the token indices
    right after a title ('Mr', 'Dr'); table_ids: the ids of the actor tables, whose names keep their rules."""
    if not countries:
        return accepted
    states = frozenset(countries)
    return [c for c in accepted if c.actor_id in table_ids or not _a_place(doc, c, places, states, title_ends)]


def _a_place(doc: Doc, c: Candidate, places: Mapping[str, frozenset[str]], countries: frozenset[str], title_ends: Collection[int]) -> bool:
    if c.label not in ("PERSON", "ORGANIZATION") or c.start in title_ends:
        return False
    text = tokens_text(doc, c.start, c.end)
    # the whole mention is the place's name: a longer name linked to a place's ('Yukon First Nations') is a body
    if c.name and c.name != text:
        return False
    if not places.get(folded(text), frozenset()) & countries:
        return False
    return as_a_place(doc[c.start : c.end].root, PERSON_PLACE_PREPOSITIONS if c.label == "PERSON" else PLACE_PREPOSITIONS)
