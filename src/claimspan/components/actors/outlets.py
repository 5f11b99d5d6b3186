"""A one-word name told things and never doing anything else is a news outlet, not a person (R260).

"..., the minister told Rudaw", "Madi told Haaretz", "the PTI leader told Dawn": the model reads a paper's or a
broadcaster's one-word name after 'told' as a person. A person the story quotes is named in full somewhere, has a
title, or acts in another sentence ('Liu told Ho ...', 'Ho, who ...'); an outlet's name stays one word and only
ever follows 'told'. Media are organisations (R1)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from .actor_linking import slugify
from .actor_spans import Candidate

TELL_WORDS = frozenset({"told"})


def outlets_told(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """The mentions with every one-word person whose mentions all follow 'told' retyped ORGANIZATION."""
    mentions: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in accepted:
        if candidate.label == "PERSON":
            mentions[candidate.actor_id].append(candidate)
    outlets = {}
    for actor_id, group in mentions.items():
        text = doc[group[0].start : group[0].end].text
        # one word, not linked to a longer name ('Leifer' -> 'Malka Leifer'), each mention the object of 'told'
        if " " in text or actor_id != f"person:{slugify(text)}":
            continue
        if all(c.start > 0 and doc[c.start - 1].lower_ in TELL_WORDS and doc[c.start : c.end].text == text for c in group):
            outlets[actor_id] = f"org:{slugify(text)}"
    if not outlets:
        return accepted
    return [
        replace(c, label="ORGANIZATION", actor_id=outlets[c.actor_id]) if c.label == "PERSON" and c.actor_id in outlets else c
        for c in accepted
    ]
