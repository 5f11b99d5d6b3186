"""Terms and titles the article defines in brackets (GUIDELINES R248): an abbreviation the non-actor table lists is
no actor however the article introduces it ('Generative Adversarial Networks (GANs)', 'the Inspector General of
Police (IGP)'), and neither is the name it abbreviates. A table's acronym the article defines as a term is no
actor either (R770)."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_spans import Candidate, tokens_written


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


def drop_table_acronyms_defined_as_terms(doc: Doc, accepted: list[Candidate], term_acronyms: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop every mention of an actor table's or a party's acronym that the article itself defines in brackets as
    something that is no actor (R770: 'a Cumulative Impact Assessment (CIA)' is no intelligence agency there), found
    by R70, R114 and R620 (term_acronyms). The table's reading stands where the article also writes the acronym in
    brackets after a mention of that very actor ('the Central Intelligence Agency (CIA)'): the words define the body.
    A state keeps its reading, as in R70.
    table_ids: the ids of actors.jsonl and parties.jsonl, whose mentions are not linkable and so kept by R70's drop."""
    if not term_acronyms:
        return accepted
    ids_ending = {c.end: c.actor_id for c in accepted}
    defined_as_body = {
        (doc[token.i + 1].text, ids_ending[token.i])
        for token in tokens_written(doc, ("(",), ignore_case=False)
        if token.i in ids_ending and token.i + 2 < len(doc) and doc[token.i + 2].text == ")"
    }
    return [
        c for c in accepted
        if c.linkable or c.label == "COUNTRY" or c.actor_id not in table_ids
        or (text := tokens_text(doc, c.start, c.end)) not in term_acronyms or (text, c.actor_id) in defined_as_body
    ]
