"""Terms and titles the article defines in brackets (GUIDELINES R248): an abbreviation the non-actor table lists is
no actor however the article introduces it ('Generative Adversarial Networks (GANs)', 'the Inspector General of
Police (IGP)'), and neither is the name it abbreviates."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_spans import Candidate


def _initials(doc: Doc, start: int, end: int) -> str:
    """The first letters of the capitalised words ('Inspector General of Police' -> 'IGP')."""
    return "".join(token.text[0] for token in doc[start:end] if token.text[:1].isupper()).upper()


def abbreviates_a_term(doc: Doc, start: int, end: int, terms: Collection[str]) -> bool:
    """The name is followed by its abbreviation in brackets, whose initials it spells, and the non-actor table lists
    the abbreviation ('Generative Adversarial Networks (GANs)'). The initials keep a body named inside a longer title
    ('Member of Parliament (MP)': 'Parliament' spells no 'MP'). terms: lower-case whole names of not_actors.jsonl."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    abbreviation = doc[end + 1].text
    if abbreviation.lower() not in terms:
        return False
    singular = abbreviation[:-1] if abbreviation.endswith("s") and not abbreviation.isupper() else abbreviation
    return _initials(doc, start, end) == singular.upper()


def drop_defined_terms(doc: Doc, accepted: list[Candidate], terms: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop the listed abbreviations the article's brackets or repeats made mentions ('GANs are ...', 'The IGP
    wishes ...'), which R65 reads only on the model's own names, and the names they abbreviate, in every mention
    (R248). The tables' names keep their rules."""
    if not terms:
        return accepted
    abbreviated = frozenset(tokens_text(doc, c.start, c.end) for c in accepted if c.actor_id not in table_ids and abbreviates_a_term(doc, c.start, c.end, terms))
    return [
        c for c in accepted
        if c.actor_id in table_ids or not ((text := tokens_text(doc, c.start, c.end)).lower() in terms or text in abbreviated)
    ]
