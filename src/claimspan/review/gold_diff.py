"""The gold diff of one document: what the predictions miss, what they add, and values that differ.

It reuses the scorer's matching (scoring.match), so the page shows exactly what `claimspan score --diff` counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..scoring import CATEGORIES, CategoryResult, Item, category_items, match, score_document
from .session import DocumentEntry


@dataclass
class GoldDiff:
    """Misses, false hits and wrong values per scored category of one document."""

    misses: dict[str, list[Item]] = field(default_factory=dict)
    false_hits: dict[str, list[Item]] = field(default_factory=dict)
    wrong: dict[str, list[tuple[Item, tuple, tuple]]] = field(default_factory=dict)
    wrong_claims: dict[tuple[int, int], list[str]] = field(default_factory=dict)

    def count(self, which: str, categories: tuple = CATEGORIES) -> int:
        table = self.misses if which == "misses" else self.false_hits
        return sum(len(table.get(category, [])) for category in categories)


def gold_diff(entry: DocumentEntry) -> GoldDiff:
    """Compare the predictions of one document with its gold (entry.gold must be set)."""
    gold_document, gold_claims = entry.gold
    results = {category: CategoryResult() for category in CATEGORIES}
    gold_items = category_items(gold_document, gold_claims, entry.text)
    predicted_items = category_items(entry.document, entry.claims, entry.text)
    score_document(gold_items, predicted_items, results, entry.doc_id)
    diff = GoldDiff()
    for category, result in results.items():
        diff.misses[category] = [item for _, item in result.misses]
        diff.false_hits[category] = [item for _, item in result.false_hits]
        diff.wrong[category] = [(item, expected, actual) for _, item, expected, actual in result.wrong_attributes]
    # The scorer reports wrong values on the gold item; the claim panel needs the predicted claim's span.
    _, pairs = match(gold_items["claims"], predicted_items["claims"])
    for gold_item, predicted_item in pairs:
        lines = [f"{expected[0]}: gold {expected[1]}, predicted {actual[1]}" for expected, actual in zip(gold_item.attributes, predicted_item.attributes) if expected != actual]
        if lines:
            diff.wrong_claims[(predicted_item.start, predicted_item.end)] = lines
    return diff
