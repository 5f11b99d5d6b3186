"""'Nigeria's Plateau state', 'Benue state', 'the Henoko district': a name before a subdivision noun is a place (R143).

Places are not actors (R13). A name the model reads as a body or a person right before a lower-case subdivision noun
is the place, unless a body noun follows the subdivision noun ('the Kano state government', 'Benue state police':
the body is the actor). Table names keep their rules, and an acronym stays a body ('the SADC region')."""

from __future__ import annotations

from itertools import takewhile
from typing import Collection, Mapping

from spacy.tokens import Doc

from ...extensions import token_span, tokens_text
from ...tables import folded
from .actor_spans import Candidate


def drop_subnational_places(doc: Doc, accepted: list[Candidate], subdivision_nouns: Collection[str], body_words: Collection[str]) -> list[Candidate]:
    """The mentions without the names the document shows to be places by a subdivision noun after them.
    body_words: lower-case nouns that make 'X state <noun>' a body ('government', 'police', 'assembly')."""
    places = set()
    before_nouns = set()
    for c in accepted:
        if not _readable(c) or c.end >= len(doc):
            continue
        noun = doc[c.end]
        # a body noun may come second: 'Benue state high court', 'Lagos state house of assembly'; not past a
        # comma ('in Plateau state, police said')
        body = any(token.lower_ in body_words for token in takewhile(lambda token: not token.is_punct, token_span(doc, c.end + 1, c.end + 3)))
        if noun.is_lower and noun.lower_ in subdivision_nouns and not body and not tokens_text(doc, c.start, c.end).isupper():
            places.add(tokens_text(doc, c.start, c.end))
            before_nouns.add(c.start)
    if not places:
        return accepted
    return [c for c in accepted if not (_readable(c) and c.start in before_nouns)]


def _readable(candidate: Candidate) -> bool:
    """A mention read from the model or from document evidence, not from the tables."""
    return candidate.linkable or candidate.label == "PERSON"


def drop_named_provinces(doc: Doc, accepted: list[Candidate], province_states: Mapping[str, frozenset[str]], countries: Collection[str]) -> list[Candidate]:
    """The mentions without 'persons' named like a province of a state the article names ('violence in Manipur' in an
    Indian story, 'Guanacaste' in a Costa Rican one): a place, not an actor (R217). Bodies keep their names
    ('Auckland' the council, 'Nunavut' the government)."""
    if not countries:
        return accepted
    # a short form of a longer name keeps the name's reading ('Nandi' after 'Principal Jack Nandi')
    return [c for c in accepted if not (c.label == "PERSON" and province_states.get(folded(c.name or tokens_text(doc, c.start, c.end)), frozenset()) & countries)]
