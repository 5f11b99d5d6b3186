"""'President Tinubu's spokesman, Bayo Onanuga, said': a name in apposition to a person's role noun is a person (R142).

R101 reads a role noun after a name ('Avril Haines, director of ...,'); news in Africa and South Asia as often puts the
role first and the name after a comma. Such a name the model reads as an organisation is the person, with every
mention of it in the article, like R101's names; a name shaped like a body keeps its type.
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc, Span

from ...extensions import token_span, tokens_text
from .actor_spans import Candidate, skip_titles
from .actor_types import plain_name


def persons_after_roles(
    doc: Doc, candidates: list[Candidate], persons: list[tuple[int, int]], person_nouns: Collection[str], titles: dict[int, int]
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The candidates without the organisation readings of names set after '<role noun>,', and the persons with them.
    person_nouns: lower-case nouns that name a person by role ('spokesman', 'author', 'founder', 'director')."""
    readings = [
        c for c in candidates
        if c.label == "ORGANIZATION" and c.linkable and c.priority == 2 and c.start >= 2 and c.start not in titles
        and _plain_name(token_span(doc, c.start, c.end))
    ]
    names = {tokens_text(doc, c.start, c.end) for c in readings if after_role(doc, c.start, c.end, person_nouns)}
    if not names:
        return candidates, persons
    parts = {word for name in names if " " in name for word in (name.split()[0], name.split()[-1])}
    chosen = {id(c) for c in readings if tokens_text(doc, c.start, c.end) in names or tokens_text(doc, c.start, c.end) in parts}
    return [c for c in candidates if id(c) not in chosen], persons + [(skip_titles(c.start, titles), c.end) for c in candidates if id(c) in chosen]


def _plain_name(name: Span) -> bool:
    """A plain name without "of" (an office's name: 'Supervisor General of ... Affairs'); one Span per candidate."""
    return plain_name(name) and not any(token.lower_ == "of" for token in name)


def after_role(doc: Doc, start: int, end: int, person_nouns: Collection[str]) -> bool:
    """doc[start:end] follows a comma and the parser sets it in apposition to a role noun before it: 'the petition's
    author, Kobus Vermeulen,'. A name opening a new clause after a comma ('As leader, Smith said') is not in apposition."""
    if doc[start - 1].text != ",":
        return False
    root = doc[start:end].root
    role = root.head
    # the role noun may carry an 'of' phrase before the comma: 'the Country Director of HelpNet Kenya, Wanjiru Otieno,'
    return root.dep_ == "appos" and role.i < start and role.lower_ in person_nouns and role.pos_ in ("NOUN", "PROPN")
