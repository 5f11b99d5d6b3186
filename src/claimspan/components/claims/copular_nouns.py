"""A reporting noun that is the subject of "be" with a that-clause (GUIDELINES R431): "The senator's view is that the
bill is a giveaway" reports the clause as the senator's view, as "the senator's view that ..." does (R29 pattern 4)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .reporting_nouns import has_that


def copular_content(noun: Token) -> Optional[Token]:
    """The head of the that-clause after "be" when the noun, with an owner, is its subject: "Her argument was that
    ...". Without an owner ("The fear is that ...") the noun names no one, and the clause stays the writer's."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be" or not any(child.dep_ == "poss" for child in noun.children):
        return None
    verb = noun.head
    return next((child for child in verb.children if child.dep_ == "ccomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX") and has_that(child)), None)
