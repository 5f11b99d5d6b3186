"""Cue verbs in a sense that reports nothing (GUIDELINES R926): "continue" with a verb after it is aspect ("She
continued to renew it", "The firm continues gaining ground"), while "he continued" alone or with a clause ("He
continued that the plan was sound") goes on speaking; "add up (to)" sums, while "added that" reports."""

from __future__ import annotations

from spacy.tokens import Token

# verbs of going on: with an infinitive or a gerund of their own they say that something goes on, not that anyone spoke
ASPECT_VERBS = frozenset({"continue"})
# verbs a following particle turns into a sum ("the promises add up to $8 million")
SUMMING_VERBS = frozenset({"add"})
SUM_PARTICLES = frozenset({"up"})


def reports_nothing(token: Token) -> bool:
    """Whether a cue verb is used in a sense that reports nothing: aspect or a sum (R926)."""
    lemma = token.lemma_.lower()
    if lemma in ASPECT_VERBS:
        return any(child.dep_ == "xcomp" and child.tag_ in ("VB", "VBG") for child in token.children)
    if lemma in SUMMING_VERBS:
        # the parser hangs "up" on the verb as a particle or on the figure after it
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.lower_ in SUM_PARTICLES
    return False
