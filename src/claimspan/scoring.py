"""Score predicted records against gold: P/R/F1 under exact and overlap match, attribute accuracies.

Matching is one-to-one. Exact: same (start, end). Overlap: after exact pairs, each remaining gold
span is paired with the unpaired predicted span that overlaps it most (ties: the earliest). We do
this ourselves rather than with nervaluate because its partial scheme scores a partial hit as half
a hit and does not hand back the matched pairs, and we need the pairs to score attributes (actor ids,
TIMEX values, figure values, claim types) on exactly the mentions both sides found.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from .convert import check_spans
from .errors import EMPTY_GOLD, EMPTY_PREDICTIONS, EMPTY_RECORDS, ClaimspanError, Errors
from .records import Claim, DocumentRecord
from .records_io import read_records

CATEGORIES = ("sentences", "actors", "dates", "figures", "claims", "sources", "quotes", "hedges")


@dataclass(frozen=True)
class Item:
    """One scored span with the attributes compared on matched pairs."""

    start: int
    end: int
    text: str
    attributes: tuple = ()


@dataclass
class Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, other: "Counts") -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative

    def scores(self) -> dict:
        predicted = self.true_positive + self.false_positive
        gold = self.true_positive + self.false_negative
        precision = self.true_positive / predicted if predicted else (1.0 if not gold else 0.0)
        recall = self.true_positive / gold if gold else (1.0 if not predicted else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "tp": self.true_positive, "fp": self.false_positive, "fn": self.false_negative}


@dataclass
class CategoryResult:
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    attribute_hits: dict = field(default_factory=lambda: defaultdict(int))
    attribute_total: int = 0
    per_document_f1: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    false_hits: list = field(default_factory=list)
    wrong_attributes: list = field(default_factory=list)


def overlaps_any(span: tuple[int, int], ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the character range shares a character with any of the ranges (the benchmarks' overlap match)."""
    return any(start < span[1] and span[0] < end for start, end in ranges)


def match(gold: list[Item], predicted: list[Item]) -> tuple[list[tuple[Item, Item]], list[tuple[Item, Item]]]:
    """Return (exact pairs, overlap pairs); overlap pairs include the exact ones."""
    exact_index = {(item.start, item.end): item for item in predicted}
    exact_pairs = [(item, exact_index[(item.start, item.end)]) for item in gold if (item.start, item.end) in exact_index]
    used = {id(pred) for _, pred in exact_pairs}
    paired_gold = {id(item) for item, _ in exact_pairs}
    overlap_pairs = list(exact_pairs)
    for item in gold:
        if id(item) in paired_gold:
            continue
        best, best_overlap = None, 0
        for pred in predicted:
            overlap = min(item.end, pred.end) - max(item.start, pred.start)
            if id(pred) not in used and overlap > best_overlap:
                best, best_overlap = pred, overlap
        if best is not None:
            used.add(id(best))
            overlap_pairs.append((item, best))
    return exact_pairs, overlap_pairs


def _items(spans: Iterable, attributes: Callable = lambda span: ()) -> list[Item]:
    unique = {}
    for span in spans:
        unique.setdefault((span.start, span.end), Item(span.start, span.end, getattr(span, "text", ""), attributes(span)))
    return list(unique.values())


def category_items(document: Optional[DocumentRecord], claims: list[Claim], text: str) -> dict[str, list[Item]]:
    """Every scored category of one document as Items; attributes are what accuracy compares."""
    document_spans = document or DocumentRecord(doc_id="", text_sha256="")
    sources = [claim.source for claim in claims if claim.source]
    return {
        "sentences": [Item(span.start, span.end, text[span.start : span.end]) for span in document_spans.sentences],
        "actors": _items(document_spans.actors, lambda span: (("id", span.id),)),
        "dates": _items(document_spans.dates, lambda span: (("value", span.value, span.mod),)),
        "figures": _items(document_spans.figures, lambda span: (("value", _number(span.value), _number(span.low), _number(span.high)),)),
        "claims": _items(claims, lambda claim: (("type", claim.type), ("negated", claim.negated))),
        "sources": _items(sources, lambda source: (("actor", source.actor_id),)),
        "quotes": _items(Item(quote.start, quote.end, text[quote.start : quote.end]) for claim in claims for quote in claim.quotes),
        "hedges": _items(hedge for claim in claims for hedge in claim.hedges),
    }


def _number(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 6)


def score_document(gold: dict[str, list[Item]], predicted: dict[str, list[Item]], results: dict[str, CategoryResult], doc_id: str) -> None:
    for category in CATEGORIES:
        result = results[category]
        gold_items, predicted_items = gold[category], predicted[category]
        exact_pairs, overlap_pairs = match(gold_items, predicted_items)
        document_counts = Counts(len(overlap_pairs), len(predicted_items) - len(overlap_pairs), len(gold_items) - len(overlap_pairs))
        result.exact.add(Counts(len(exact_pairs), len(predicted_items) - len(exact_pairs), len(gold_items) - len(exact_pairs)))
        result.overlap.add(document_counts)
        if gold_items or predicted_items:
            result.per_document_f1.append(document_counts.scores()["f1"])
        matched_gold = {id(item) for item, _ in overlap_pairs}
        matched_predicted = {id(pred) for _, pred in overlap_pairs}
        result.misses.extend((doc_id, item) for item in gold_items if id(item) not in matched_gold)
        result.false_hits.extend((doc_id, item) for item in predicted_items if id(item) not in matched_predicted)
        for item, pred in overlap_pairs:
            if not item.attributes:
                continue
            result.attribute_total += 1
            for expected, actual in zip(item.attributes, pred.attributes):
                if expected == actual:
                    result.attribute_hits[expected[0]] += 1
                else:
                    result.wrong_attributes.append((doc_id, item, expected, actual))


def load_side(path: Path, texts: dict[str, str], *, check_hash: bool, only: Optional[frozenset[str]] = None, skipped: Optional[set[str]] = None, empty_advice: str = EMPTY_RECORDS) -> dict[str, tuple[Optional[DocumentRecord], list[Claim]]]:
    """Records under path grouped by document; gold is checked against the source texts. With `only`, records of
    other documents are left out unread (they need no source text) and their ids added to `skipped`."""
    grouped: dict[str, list] = defaultdict(lambda: [None, []])
    for file, line_no, record in read_records(path, empty_advice=empty_advice):
        if only is not None and record.doc_id not in only:
            if skipped is not None:
                skipped.add(record.doc_id)
            continue
        entry = grouped[record.doc_id]
        if isinstance(record, DocumentRecord):
            entry[0] = record
            text = texts.get(record.doc_id)
            if text is None:
                raise ClaimspanError(Errors.E104.format(path=file, line=line_no, doc_id=record.doc_id))
            if check_hash:
                from .convert import text_sha256

                actual = text_sha256(text)
                if actual != record.text_sha256:
                    raise ClaimspanError(Errors.E103.format(path=file, line=line_no, recorded=record.text_sha256, actual=actual))
        else:
            entry[1].append(record)
        if record.doc_id in texts:
            check_spans(record, texts[record.doc_id], path=file, line=line_no)
    return {doc_id: (entry[0], entry[1]) for doc_id, entry in grouped.items()}


def score(gold_path: Path, predicted_path: Path, texts: dict[str, str]) -> dict:
    """Compare gold and predicted records for the documents both contain; return the report dict."""
    gold = load_side(gold_path, texts, check_hash=True, empty_advice=EMPTY_GOLD)
    # predicted documents outside the gold cannot be scored: they need no source text and are only counted
    outside_gold: set[str] = set()
    predicted = load_side(predicted_path, texts, check_hash=True, only=frozenset(gold), skipped=outside_gold, empty_advice=EMPTY_PREDICTIONS)
    shared = sorted(set(gold) & set(predicted))
    if not shared:
        raise ClaimspanError(Errors.E302.format(gold=", ".join(sorted(gold)[:5]), pred=", ".join(sorted(outside_gold)[:5])))
    results = {category: CategoryResult() for category in CATEGORIES}
    for doc_id in shared:
        text = texts[doc_id]
        score_document(category_items(*gold[doc_id], text), category_items(*predicted[doc_id], text), results, doc_id)
    return {
        "documents": shared,
        "missing_predictions": sorted(set(gold) - set(predicted)),
        "predictions_not_in_gold": sorted(outside_gold),
        # claims without their document record: sentences, actors, dates and figures are scored against nothing
        "predictions_without_document": [doc_id for doc_id in shared if predicted[doc_id][0] is None],
        "categories": {name: _summary(result) for name, result in results.items()},
        "_results": results,
    }


def _summary(result: CategoryResult) -> dict:
    summary = {"exact": result.exact.scores(), "overlap": result.overlap.scores()}
    summary["macro_f1_overlap"] = sum(result.per_document_f1) / len(result.per_document_f1) if result.per_document_f1 else None
    if result.attribute_total:
        summary["attribute_accuracy"] = {name: hits / result.attribute_total for name, hits in sorted(result.attribute_hits.items())}
        for name in ("id", "value", "type", "negated", "actor"):
            if name not in summary["attribute_accuracy"] and any(expected[0] == name for _, _, expected, _ in result.wrong_attributes):
                summary["attribute_accuracy"][name] = 0.0
        summary["attribute_matched"] = result.attribute_total
    return summary
