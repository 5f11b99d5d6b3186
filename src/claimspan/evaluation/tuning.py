"""Scores for tuning rules on the parts of the benchmarks that may be tuned on: a seeded sample of PolNeAR train,
and the Worldwide-Newswire tuning part or one of its two fixed halves (find a class on one half, confirm it on the
other). The error listings quote benchmark text: they are for reading, never for the repository."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..records import InputDocument
from ..runner import make_doc
from ..scoring import overlaps_any
from .polnear import Predicted, attribution_found
from .polnear_data import PolnearArticle
from .wwn import PRECISION_LABELS, RECALL_LABELS, WwnDocument, tuning_part

HALVES = ("A", "B")
CONTEXT = 60
NO_GOLD = "-"
# The actor types that name a body: over a gold Person they are type errors (COUNTRY is read apart: R10, R11).
BODY_TYPES = frozenset({"ORGANIZATION", "ARMED_GROUP"})


def polnear_sample(articles: list[PolnearArticle], count: int, seed: int) -> list[PolnearArticle]:
    """`count` articles drawn by `seed`, the same ones whatever order the folder lists them in."""
    ordered = sorted(articles, key=lambda article: article.doc_id)
    random.Random(seed).shuffle(ordered)
    return ordered[:count]


def polnear_misses(articles: list[PolnearArticle], predictions: dict[str, list[Predicted]], classes: dict[tuple[str, int], str]) -> Iterator[str]:
    """Each gold attribution with a source that no claim finds (the scoring of evaluation.polnear), with the claims
    that overlap its content, so a reader can tell a missed cue from a wrong source."""
    for article in articles:
        predicted = predictions.get(article.doc_id, [])
        text = article.text

        def shown(parts) -> str:
            return " | ".join(text[start:end] for start, end in parts)

        for index, gold in enumerate(article.attributions):
            if not (gold.source and gold.content):
                continue
            if any(attribution_found(gold, item) for item in predicted):
                continue
            cue_class = classes.get((article.doc_id, index), "other")
            yield f"[{cue_class}] {article.doc_id}\n  SOURCE: {shown(gold.source)}\n  CUE: {shown(gold.cue) if gold.cue else '-'}\n  CONTENT: {shown(gold.content)[:300]}\n"
            for item in [item for item in predicted if overlaps_any(item.content, gold.content)][:2]:
                yield f"  ours: source={text[item.source[0]:item.source[1]]!r} cue={text[item.cue[0]:item.cue[1]]!r} content={text[item.content[0]:item.content[1]][:120]!r}\n"


def wwn_half(doc_id: str) -> str:
    """One of two fixed halves of the tuning part, by a byte of the id's hash that tuning_part does not read."""
    return HALVES[hashlib.sha256(doc_id.encode("utf-8")).digest()[4] >= 128]


def wwn_tuning_documents(documents: list[WwnDocument], half: Optional[str] = None) -> list[WwnDocument]:
    """The tuning part's documents, or one half of them."""
    return [document for document in documents if tuning_part(document.doc_id) and (half is None or wwn_half(document.doc_id) == half)]


def wwn_actor_docs(nlp: Language, documents: list[WwnDocument]) -> Iterator[tuple[WwnDocument, Doc]]:
    """Each document beside its Doc, run through the actor stage only (the later stages do not change the actors)."""
    through_actors = nlp.pipe_names[: nlp.pipe_names.index("claimspan_actors") + 1]
    with nlp.select_pipes(enable=through_actors):
        docs = nlp.pipe((make_doc(nlp, InputDocument(id=document.doc_id, text=document.text)) for document in documents), batch_size=8)
        yield from zip(documents, docs)


def gold_label_of(document: WwnDocument, start: int, end: int) -> str:
    """The label of the gold entity that overlaps [start, end) most, or NO_GOLD."""
    overlaps = [(min(end, entity.end) - max(start, entity.start), -entity.start, entity.label) for entity in document.entities if min(end, entity.end) > max(start, entity.start)]
    return max(overlaps)[2] if overlaps else NO_GOLD


def wwn_type_confusion(found: Iterable[tuple[WwnDocument, list[tuple[int, int, str]]]]) -> dict[str, dict[str, int]]:
    """Actor type (PERSON, ORGANIZATION, ARMED_GROUP, COUNTRY) against the gold label of the entity each actor overlaps
    most: the scores count overlaps whatever the type, so a person typed ORGANIZATION shows only here.
    found: each document with its actors as (start, end, type)."""
    table: dict[str, Counter] = {}
    for document, actors in found:
        for start, end, label in actors:
            table.setdefault(label, Counter())[gold_label_of(document, start, end)] += 1
    return {label: dict(counts.most_common()) for label, counts in sorted(table.items())}


def wwn_type_errors(document: WwnDocument, actors: list[tuple[int, int, str]]) -> Iterator[str]:
    """Actors typed against the gold entity they overlap: a body over a gold Person, a person over a gold Organization."""
    for start, end, label in actors:
        gold = gold_label_of(document, start, end)
        if (label in BODY_TYPES and gold == "Person") or (label == "PERSON" and gold == "Organization"):
            yield f"TYPE {document.doc_id} {label} over {gold} {document.text[start:end]!r}\n    ...{_context(document.text, start, end)}...\n"


def wwn_errors(actor_docs: Iterable[tuple[WwnDocument, Doc]], types: bool = False) -> Iterator[str]:
    """False actors (overlapping no Person, Organization, NORP, Location or Facility) and missed Person or
    Organization entities, each with its context, under the scoring of evaluation.wwn; with `types`, also the actors
    whose type disagrees with the gold entity they overlap (wwn_type_errors). actor_docs: from wwn_actor_docs."""
    for document, doc in actor_docs:
        text = document.text
        allowed = [(entity.start, entity.end) for entity in document.entities if entity.label in PRECISION_LABELS]
        actors = list(doc.spans.get("actors", []))
        if types:
            yield from wwn_type_errors(document, [(actor.start_char, actor.end_char, actor.label_) for actor in actors])
        for actor in actors:
            if overlaps_any((actor.start_char, actor.end_char), allowed):
                continue
            nearby = [f"{entity.label}:{entity.text}" for entity in document.entities if min(entity.end, actor.end_char + 30) > max(entity.start, actor.start_char - 30)]
            yield f"FALSE {document.doc_id} {actor.label_} {actor.text!r} id={actor.kb_id_} gold-near={nearby}\n    ...{_context(text, actor.start_char, actor.end_char)}...\n"
        predicted = [(actor.start_char, actor.end_char) for actor in actors]
        for entity in document.entities:
            if entity.label in RECALL_LABELS and not overlaps_any((entity.start, entity.end), predicted):
                yield f"MISS {document.doc_id} {entity.label} {entity.text!r}\n    ...{_context(text, entity.start, entity.end)}...\n"


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT): end + CONTEXT].replace("\n", " ")
