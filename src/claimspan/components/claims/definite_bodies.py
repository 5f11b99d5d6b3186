"""The body a definite description of an organisation refers to (GUIDELINES R370, R870): "the Federal Election
Commission ... the commission said" -> the commission is the Federal Election Commission, and takes its actor id."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .reference import MAX_EARLIER_ACTORS


def described_body(source: Span, actors: list[Span]) -> Optional[Span]:
    """The nearest organisation named before a source "the <noun>" ("the agency", "the budget office") whose name
    holds the noun and every modifier of it ("the election commission" -> the Federal Election Commission, not a
    nearer Securities and Exchange Commission; "the local party" names no party of the text)."""
    root = source.root
    capitalised = capitalised_description(source)
    # one body: "the agencies" may be any of several
    if root.tag_ != "NN" and not capitalised:
        return None
    head = root.lemma_.lower()
    # the words before the noun ("budget" office); a phrase after it ("the commission, which ...") says no name
    modifiers = {token.lower_ for token in source if token.i < root.i and token.dep_ != "det" and token.is_alpha}
    words = modifiers | {head}
    for actor in reversed(actors[-MAX_EARLIER_ACTORS:]):
        if actor.end <= source.start and actor.label_ == "ORGANIZATION" and actor.kb_id_ and words <= _words(actor):
            # a capitalised noun reads as a short name only of a body it is the head of: "the Senate" is not the
            # Senate Judiciary Committee, "the President" not the Office of the President (R870)
            if capitalised and actor.root.lower_ != root.lower_:
                continue
            return actor
    return None


def capitalised_description(source: Span) -> bool:
    """"the Ministry", "the Commission": "the" and one capitalised singular noun, which the tagger reads as a name
    (NNP), as non-US papers write a body named before (R870)."""
    return len(source) == 2 and source[0].lower_ == "the" and source[1].tag_ == "NNP" and source[1].is_title


def _words(actor: Span) -> set[str]:
    return {token.lower_ for token in actor if token.is_alpha}
