"""The body a definite description of an organisation refers to (GUIDELINES R370): "the Federal Election Commission
... the commission said" -> the commission is the Federal Election Commission, and takes its actor id."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .reference import MAX_EARLIER_ACTORS


def described_body(source: Span, actors: list[Span]) -> Optional[Span]:
    """The nearest organisation named before a source "the <noun>" ("the agency", "the budget office") whose name
    holds the noun and every modifier of it ("the election commission" -> the Federal Election Commission, not a
    nearer Securities and Exchange Commission; "the local party" names no party of the text)."""
    root = source.root
    # one body: "the agencies" may be any of several
    if root.tag_ != "NN":
        return None
    head = root.lemma_.lower()
    # the words before the noun ("budget" office); a phrase after it ("the commission, which ...") says no name
    modifiers = {token.lower_ for token in source if token.i < root.i and token.dep_ != "det" and token.is_alpha}
    words = modifiers | {head}
    return next((actor for actor in reversed(actors[-MAX_EARLIER_ACTORS:]) if actor.end <= source.start and actor.label_ == "ORGANIZATION" and actor.kb_id_ and words <= _words(actor)), None)


def _words(actor: Span) -> set[str]:
    return {token.lower_ for token in actor if token.is_alpha}
