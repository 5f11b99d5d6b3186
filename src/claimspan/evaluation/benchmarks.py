"""Scores on the public benchmarks: dates the TempEval-3 way, actors and figures on MEANTIME.

Dates (TempEval-3, UzZaman et al. 2013): extraction P/R/F1 under strict (same span) and relaxed
(overlapping spans) match; on relaxed matches, value and type accuracy, and value F1 as TempEval-3
computes attribute scores (correct values over predicted and over gold expressions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Optional

from spacy.language import Language

from ..records import InputDocument, SourceMeta
from ..runner import make_doc
from ..scoring import Counts, Item, match
from .benchmark_data import BenchmarkDocument

# Our actor types and the bare model's NER labels, mapped to MEANTIME's entity types. A country
# is LOC in MEANTIME (it has no GPE); armed groups are organisations.
ACTOR_TO_MEANTIME = {"PERSON": "PER", "ORGANIZATION": "ORG", "ARMED_GROUP": "ORG", "COUNTRY": "LOC"}
NER_TO_MEANTIME = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
NER_FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


@dataclass
class SpanScore:
    """Strict and relaxed extraction counts plus attribute agreement on relaxed matches."""

    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    matched: int = 0
    value_correct: int = 0
    value_correct_normalised: int = 0
    type_correct: int = 0
    gold_total: int = 0
    predicted_total: int = 0

    def add(self, gold: list[Item], predicted: list[Item]) -> None:
        exact_pairs, overlap_pairs = match(gold, predicted)
        self.strict.add(Counts(len(exact_pairs), len(predicted) - len(exact_pairs), len(gold) - len(exact_pairs)))
        self.relaxed.add(Counts(len(overlap_pairs), len(predicted) - len(overlap_pairs), len(gold) - len(overlap_pairs)))
        self.gold_total += len(gold)
        self.predicted_total += len(predicted)
        for gold_item, predicted_item in overlap_pairs:
            gold_label, gold_value = gold_item.attributes
            predicted_label, predicted_value = predicted_item.attributes
            self.matched += 1
            self.type_correct += gold_label == predicted_label
            self.value_correct += gold_value is not None and gold_value == predicted_value
            self.value_correct_normalised += gold_value is not None and normalise_value(gold_value) == normalise_value(predicted_value)

    def summary(self) -> dict:
        value_precision = self.value_correct / self.predicted_total if self.predicted_total else 0.0
        value_recall = self.value_correct / self.gold_total if self.gold_total else 0.0
        value_f1 = 2 * value_precision * value_recall / (value_precision + value_recall) if value_precision + value_recall else 0.0
        return {
            "strict": self.strict.scores(),
            "relaxed": self.relaxed.scores(),
            "matched": self.matched,
            "value_accuracy": self.value_correct / self.matched if self.matched else None,
            "value_accuracy_normalised": self.value_correct_normalised / self.matched if self.matched else None,
            "type_accuracy": self.type_correct / self.matched if self.matched else None,
            "value_f1": value_f1,
        }


def normalise_value(value: Optional[str]) -> Optional[str]:
    """One spelling per TIMEX3 value, for the second value accuracy the report shows beside the exact one.

    The AQUAINT gold pads a granularity with X ('1968-XX' for the year 1968) and writes weeks
    unpadded ('2000-W7'); both spell the same value as '1968' and '2000-W07'.
    """
    if value is None:
        return None
    while value.endswith("-XX"):
        value = value[:-3]
    week = re.fullmatch(r"(\d{4})-W(\d)(\D.*)?", value)
    return f"{week.group(1)}-W0{week.group(2)}{week.group(3) or ''}" if week else value


def _processed(nlp: Language, documents: Iterable[BenchmarkDocument]):
    def inputs():
        for document in documents:
            meta = SourceMeta(published=document.creation_date) if document.creation_date else SourceMeta()
            yield document, make_doc(nlp, InputDocument(id=document.doc_id, text=document.text, meta=meta))

    pairs = list(inputs())
    for (document, _), doc in zip(pairs, nlp.pipe((doc for _, doc in pairs), batch_size=8)):
        yield document, doc


def score_dates(nlp: Language, documents: list[BenchmarkDocument]) -> dict:
    """claimspan's dates against the gold TIMEX3 of each document."""
    result = SpanScore()
    for document, doc in _processed(nlp, documents):
        gold = [Item(span.start, span.end, span.text, (span.label, span.value)) for span in document.timexes]
        predicted = [Item(span.start_char, span.end_char, span.text, (span.label_, span._.date_value)) for span in doc.spans.get("dates", [])]
        result.add(gold, predicted)
    return result.summary()


def score_dateparser(documents: list[BenchmarkDocument]) -> dict:
    """dateparser's search_dates on the same texts, anchored at each document's creation date.

    search_dates returns a datetime and no granularity, type or mod: a value is counted right when
    the gold value is a full calendar date equal to the returned day.
    """
    from dateparser.search import search_dates

    result = SpanScore()
    for document in documents:
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if document.creation_date:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(document.creation_date)
        found = search_dates(document.text, languages=["en"], settings=settings) or []
        predicted, cursor = [], 0
        for surface, moment in found:
            start = document.text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            predicted.append(Item(start, cursor, surface, ("DATE", moment.date().isoformat())))
        gold = [Item(span.start, span.end, span.text, (span.label, span.value)) for span in document.timexes]
        result.add(gold, predicted)
    return result.summary()


def _overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return min(first[1], second[1]) > max(first[0], second[0])


def _attribution_sources(doc) -> dict[tuple[int, int], tuple[tuple[int, int], ...]]:
    """Our claims' attribution cues by offsets, each with its source span and the mention it resolves to."""
    found = {}
    for span in doc.spans.get("claims", []):
        source = (span._.claim_record or {}).get("source")
        if source:
            cue = source["cue"]
            resolved = source.get("resolved") or source
            found.setdefault((cue["start"], cue["end"]), ((source["start"], source["end"]), (resolved["start"], resolved["end"])))
    return found


def score_meantime_mentions(nlp: Language, bare: Language, documents: list[BenchmarkDocument]) -> dict:
    """Actors and figures on MEANTIME (overlap match, labels mapped), beside the bare model's NER;
    and attribution cues against MEANTIME's speaker links, with the source judged on matched cues."""
    scores = {name: SpanScore() for name in ("actors", "actors_bare_ner", "figures", "figures_bare_ner", "dates", "attribution_cues")}
    sources_right = 0
    bare_docs = bare.pipe((document.text for document in documents), batch_size=8)
    for (document, doc), bare_doc in zip(_processed(nlp, documents), bare_docs):
        gold_entities = [Item(span.start, span.end, span.text, (span.label, None)) for span in document.entities]
        gold_values = [Item(span.start, span.end, span.text, ("VALUE", None)) for span in document.values]
        gold_timexes = [Item(span.start, span.end, span.text, (span.label, span.value)) for span in document.timexes]
        actors = [Item(span.start_char, span.end_char, span.text, (ACTOR_TO_MEANTIME.get(span.label_), None)) for span in doc.spans.get("actors", [])]
        bare_actors = [Item(ent.start_char, ent.end_char, ent.text, (NER_TO_MEANTIME[ent.label_], None)) for ent in bare_doc.ents if ent.label_ in NER_TO_MEANTIME]
        limit = document.values_end if document.values_end is not None else len(document.text)
        figures = [Item(span.start_char, span.end_char, span.text, ("VALUE", None)) for span in doc.spans.get("figures", []) if span.end_char <= limit]
        bare_figures = [Item(ent.start_char, ent.end_char, ent.text, ("VALUE", None)) for ent in bare_doc.ents if ent.label_ in NER_FIGURE_LABELS and ent.end_char <= limit]
        dates = [Item(span.start_char, span.end_char, span.text, (span.label_, span._.date_value)) for span in doc.spans.get("dates", []) if span.end_char <= limit]
        scores["actors"].add(gold_entities, actors)
        scores["actors_bare_ner"].add(gold_entities, bare_actors)
        scores["figures"].add(gold_values, figures)
        scores["figures_bare_ner"].add(gold_values, bare_figures)
        scores["dates"].add(gold_timexes, dates)
        gold_sources = {(cue.start, cue.end): (source.start, source.end) for cue, source in document.attributions}
        gold_cues = [Item(cue.start, cue.end, cue.text, ("CUE", None)) for cue, _ in document.attributions]
        predicted_sources = _attribution_sources(doc)
        predicted_cues = [Item(start, end, doc.text[start:end], ("CUE", None)) for start, end in predicted_sources]
        scores["attribution_cues"].add(gold_cues, predicted_cues)
        for gold_cue, predicted_cue in match(gold_cues, predicted_cues)[1]:
            gold_source = gold_sources[(gold_cue.start, gold_cue.end)]
            sources_right += any(_overlaps(gold_source, span) for span in predicted_sources[(predicted_cue.start, predicted_cue.end)])
    summary = {name: score.summary() for name, score in scores.items()}
    matched = summary["attribution_cues"]["matched"]
    summary["attribution_cues"]["source_accuracy"] = sources_right / matched if matched else None
    return summary
