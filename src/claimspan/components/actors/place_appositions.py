"""'Wad Madani, the capital of Gezira state', 'the town of Mughayir': the text calls the name a place (R192, R198).

Places are not actors (R13). The model reads many towns, counties and provinces as persons or bodies; an
appositive whose head is a lower-case place noun is the article's own definition of the name, so every mention of
that name read from the model is a place, the headline's too ("Army retakes Wad Madani")."""

from __future__ import annotations

from typing import Collection, Iterable

from spacy.tokens import Doc, Span

from ...extensions import span_text
from .actor_spans import trimmed_parts

# the appositive reads the name only while it is near: 'X, a town of some 40,000 where ...'
NEAR = 6


def names_called_places(entities: Iterable[Span], place_nouns: Collection[str]) -> frozenset[str]:
    """The texts of the person and organisation entities with a place noun in apposition after them."""
    places = set()
    for entity in entities:
        if entity.label_ not in ("PERSON", "ORG"):
            continue
        for child in entity.root.rights:
            if child.dep_ == "appos" and child.is_lower and child.lower_ in place_nouns and entity.end <= child.i <= entity.end + NEAR:
                places.update(span_text(entity.doc[start:end]) for start, end in trimmed_parts(entity))
    return frozenset(places)


def named_as_place(doc: Doc, start: int, place_nouns: Collection[str]) -> bool:
    """'the town of Mughayir', 'the Indian state of Haryana': a lower-case place noun and "of" right before a name the
    model read as a body make it a place (R198); 'the City of Johannesburg' (a capital) names the body."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower and doc[start - 2].lower_ in place_nouns
