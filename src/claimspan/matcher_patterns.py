"""Rewrite Matcher patterns so the first token is checked in spaCy's C code (a speed-up with the same matches).

spaCy's Matcher starts a state for every pattern at every token. When the first token's spec uses
a set ({"LOWER": {"IN": [...]}}), the Matcher calls a Python predicate for each of those states, on
every token of every document; an exact value ({"LOWER": "monday"}) is compared in C. Expanding the
leading set into one pattern per value gives the same matches at a fraction of the cost. Duplicate
matches can arise when the first token is optional; callers keep one match per span.
"""

from __future__ import annotations

from typing import Any

# Attributes whose IN-sets can be replaced by exact values.
EXACT_ATTRIBUTES = frozenset({"ORTH", "LOWER", "TEXT", "NORM", "SHAPE", "TAG", "POS", "LEMMA"})


def expand_leading_sets(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One pattern per value of the first token's IN-set; the pattern as it is when there is none."""
    if not pattern:
        return [pattern]
    first, rest = pattern[0], pattern[1:]
    set_keys = [key for key, value in first.items() if key in EXACT_ATTRIBUTES and isinstance(value, dict) and set(value) == {"IN"}]
    if len(set_keys) != 1:
        return [pattern]
    key = set_keys[0]
    return [[{**first, key: value}, *rest] for value in first[key]["IN"]]
