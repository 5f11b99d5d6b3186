"""Actors on the English Worldwide Newswire (Shan et al., EMNLP Findings 2023), per region, beside the bare model's NER.

The articles belong to their publishers and are read by path only. Each `processed_annotated/<id>.txt.tsv`
holds `token<TAB>tag` in BIO form; its tokens carry no offsets, so they are aligned in order to the article
text (the article file's first line, the source URL, is also the tsv's first sentence and is left out of both).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language

from ..errors import ClaimspanError, Errors
from ..records import InputDocument
from ..runner import make_doc
from ..scoring import overlaps_any
from .benchmark_data import GoldSpan

# Gold entities an actor must find (recall) and gold entities an actor may overlap without being a false actor
# (precision): a country or capital standing for its state is a Location in the gold, a demonym + state organ a NORP.
RECALL_LABELS = frozenset({"Person", "Organization"})
PRECISION_LABELS = frozenset({"Person", "Organization", "NORP", "Location", "Facility"})
# The bare model's NER labels counted as its actor mentions.
BARE_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
LABEL_MAPPING = (
    ("claimspan PERSON", "Person"),
    ("claimspan ORGANIZATION, ARMED_GROUP", "Organization"),
    ("claimspan COUNTRY", "Organization (a government) or Location / NORP (the state, its demonym + state organ, a capital used for its government)"),
    ("bare PERSON, ORG, GPE, NORP", "the same gold labels, any type"),
)
# Articles whose id hashes below this share (of 2**32) form the tuning part; the rest is the reporting part.
TUNING_SHARE = 0.5
SYSTEMS = ("claimspan", "bare")


@dataclass(frozen=True)
class WwnDocument:
    doc_id: str
    region: str
    text: str
    entities: tuple[GoldSpan, ...]


def read_regions(path: Path) -> tuple[tuple[str, str], ...]:
    """(file prefix, region) pairs from the corpus's regions.txt, longest prefix first."""
    pairs, region = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith(":"):
            region = line[:-1]
        elif region:
            pairs.append((line, region))
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def region_of(doc_id: str, regions: Iterable[tuple[str, str]]) -> str:
    return next((region for prefix, region in regions if doc_id.startswith(prefix)), "other")


def tuning_part(doc_id: str) -> bool:
    """A fixed split of the dev articles by a hash of their id: True for the half the rules were tuned on."""
    digest = int.from_bytes(hashlib.sha256(doc_id.encode("utf-8")).digest()[:4], "big")
    return digest < TUNING_SHARE * 2**32


def _tsv_rows(path: Path) -> Iterator[Optional[tuple[str, str]]]:
    """(token, tag) per line, None at a sentence break; a few lines use spaces instead of a tab, and a
    second tag column (a nested entity, 'Uganda' inside "Uganda's Supreme Court") is left out."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            yield None
            continue
        token, _, tags = line.partition("\t") if "\t" in line else line.rpartition(" ")
        tag = tags.split("\t")[0].strip()
        yield token.strip(), tag or "O"


def align_entities(text: str, rows: Iterable[Optional[tuple[str, str]]]) -> tuple[GoldSpan, ...]:
    """Gold entities with character offsets, found by searching each token in order from the last match.

    A token the text does not contain nearby (a normalised quote) is skipped; an entity keeps the tokens found."""
    entities, cursor = [], 0
    current: Optional[list] = None  # [label, start, end]
    for row in rows:
        if row is None:
            continue
        token, tag = row
        position = text.find(token, cursor, cursor + 200 + len(token)) if token else -1
        found = position >= 0
        if found:
            cursor = position + len(token)
        kind, _, label = tag.partition("-")
        if current and (kind != "I" or label != current[0]):
            entities.append(current)
            current = None
        if kind in ("B", "I") and found:
            if current is None:
                current = [label, position, cursor]
            else:
                current[2] = cursor
    if current:
        entities.append(current)
    return tuple(GoldSpan(start, end, text[start:end], label) for label, start, end in entities)


def read_wwn(folder: Path) -> Iterator[WwnDocument]:
    """The dev articles that have annotations, in file-name order."""
    annotated = folder / "processed_annotated"
    if not (annotated.is_dir() and (folder / "regions.txt").is_file()):
        raise ClaimspanError(Errors.E320.format(path=folder))
    regions = read_regions(folder / "regions.txt")
    for tsv in sorted(annotated.glob("*.txt.tsv")):
        article = folder / "original_articles" / tsv.name[: -len(".tsv")]
        if not article.is_file():
            continue
        _, _, text = article.read_text(encoding="utf-8").partition("\n")
        rows = list(_tsv_rows(tsv))
        first_break = rows.index(None) if None in rows else 0  # the URL line is the tsv's first sentence
        doc_id = tsv.name[: -len(".txt.tsv")]
        yield WwnDocument(doc_id, region_of(doc_id, regions), text, align_entities(text, rows[first_break:]))


def _new_counts() -> dict:
    return {system: {"gold": 0, "found": 0, "predicted": 0, "correct": 0} for system in SYSTEMS}


def _add(counts: dict, system: str, document: WwnDocument, predicted: list[tuple[int, int]]) -> None:
    gold = [(span.start, span.end) for span in document.entities if span.label in RECALL_LABELS]
    allowed = [(span.start, span.end) for span in document.entities if span.label in PRECISION_LABELS]
    counts[system]["gold"] += len(gold)
    counts[system]["found"] += sum(overlaps_any(span, predicted) for span in gold)
    counts[system]["predicted"] += len(predicted)
    counts[system]["correct"] += sum(overlaps_any(span, allowed) for span in predicted)


def _add_id_consistency(counts: dict, document: WwnDocument, actors: list[tuple[int, int, str]]) -> None:
    """One actor id per entity: per gold person or organisation written and found more than once in the article, do all
    its mentions carry one id? A gold entity is a distinct name; a mention's id is that of the actor overlapping it most
    (a country inside an organisation's name is another entity). A one-word name that is a word of two different longer
    gold names of the article (two people sharing a surname) names no single entity and is left out."""
    gold = [span for span in document.entities if span.label in RECALL_LABELS]
    longer_names = {span.text for span in gold if " " in span.text}
    ids_by_name: dict[str, list[str]] = {}
    for span in gold:
        if " " not in span.text and sum(span.text in name.split() for name in longer_names) > 1:
            continue
        overlaps = [(min(end, span.end) - max(start, span.start), -start, actor_id) for start, end, actor_id in actors if min(end, span.end) > max(start, span.start)]
        if overlaps:
            ids_by_name.setdefault(span.text, []).append(max(overlaps)[2])
    repeated = [found for found in ids_by_name.values() if len(found) > 1]
    consistency = counts.setdefault("ids", {"names": 0, "one_id": 0})
    consistency["names"] += len(repeated)
    consistency["one_id"] += sum(len(set(found)) == 1 for found in repeated)


def _summary(counts: dict) -> dict:
    ids = counts.pop("ids", {"names": 0, "one_id": 0})
    return {
        "id_consistency": {**ids, "share": ids["one_id"] / ids["names"] if ids["names"] else None},
        **_summary_systems(counts),
    }


def _summary_systems(counts: dict) -> dict:
    return {
        system: {
            **values,
            "recall": values["found"] / values["gold"] if values["gold"] else 0.0,
            "precision": values["correct"] / values["predicted"] if values["predicted"] else 0.0,
        }
        for system, values in counts.items()
    }


def score_wwn(nlp: Language, bare: Language, documents: list[WwnDocument]) -> dict:
    """Actor recall and precision per region, per split part and in total, for claimspan and the bare model."""
    totals: dict[str, dict] = {}
    # the stages after the actors do not change them: running up to the actors halves the time
    through_actors = nlp.pipe_names[: nlp.pipe_names.index("claimspan_actors") + 1]
    with nlp.select_pipes(enable=through_actors):
        docs = nlp.pipe((make_doc(nlp, InputDocument(id=document.doc_id, text=document.text)) for document in documents), batch_size=8)
        for document, doc, bare_doc in zip(documents, docs, bare.pipe((document.text for document in documents), batch_size=8)):
            actors = doc.spans.get("actors", [])
            predicted = [(span.start_char, span.end_char) for span in actors]
            bare_predicted = [(ent.start_char, ent.end_char) for ent in bare_doc.ents if ent.label_ in BARE_ACTOR_LABELS]
            part = "tuning part" if tuning_part(document.doc_id) else "reporting part"
            for group in ("total", part, document.region):
                counts = totals.setdefault(group, {"documents": 0, **_new_counts()})
                counts["documents"] += 1
                _add(counts, "claimspan", document, predicted)
                _add(counts, "bare", document, bare_predicted)
                _add_id_consistency(counts, document, [(span.start_char, span.end_char, span.kb_id_) for span in actors])
    return {group: {"documents": counts.pop("documents"), **_summary(counts)} for group, counts in totals.items()}


def wwn_markdown(results: dict) -> list[str]:
    """The Worldwide-Newswire section of the evaluation report."""
    lines = ["", f"## Actors on Worldwide-Newswire dev ({results['total']['documents']} articles from about 45 countries, overlap match)", ""]
    lines += [
        "Recall: gold Person and Organization entities overlapped by an actor mention. Precision: actor mentions that overlap a gold "
        "Person, Organization, NORP, Location or Facility entity. The parts are a fixed split by a hash of the article id "
        "(`tuning_part` in claimspan/evaluation/wwn.py): the actor rules were tuned on the tuning part only. One id per entity: of the gold "
        "person and organisation names written and found more than once in an article, the share whose mentions all carry one actor id "
        "(a mention takes the id of the actor overlapping it most; a one-word name shared by two longer gold names of the article, two "
        "people with one surname, is left out).",
        "",
        "| group | articles | claimspan R | claimspan P | bare NER R | bare NER P | one id per entity |",
        "|---|---|---|---|---|---|---|",
    ]
    order = ["total", "tuning part", "reporting part"] + sorted(group for group in results if group not in ("total", "tuning part", "reporting part"))
    for group in order:
        if group in results:
            row = results[group]
            ours, bare = row["claimspan"], row["bare"]
            consistency = row["id_consistency"]["share"]
            lines.append(f"| {group} | {row['documents']} | {ours['recall']:.3f} | {ours['precision']:.3f} | {bare['recall']:.3f} | {bare['precision']:.3f} | {'n/a' if consistency is None else f'{consistency:.3f}'} |")
    lines += ["", "Label mapping:", ""] + [f"- {ours} -> {gold}" for ours, gold in LABEL_MAPPING]
    return lines
