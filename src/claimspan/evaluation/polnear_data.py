"""PolNeAR's files as records: one split folder (text/, attributions/ in brat standoff, metadata.tsv) ->
articles with their first annotator's attributions. The texts belong to their publishers: read by path only."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from ..errors import ClaimspanError, Errors

Parts = tuple[tuple[int, int], ...]
TEXT_BOUND = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t")
EVENT = re.compile(r"^(E\d+)\t(.*)$")
ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class GoldAttribution:
    source: Parts
    cue: Parts
    content: Parts


@dataclass(frozen=True)
class PolnearArticle:
    doc_id: str
    text: str
    published: Optional[date]
    attributions: tuple[GoldAttribution, ...]


def read_polnear(folder: Path) -> list[PolnearArticle]:
    """The articles of one split folder (text/, attributions/), with the first annotator's file of each."""
    texts, annotations = folder / "text", folder / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise ClaimspanError(Errors.E303.format(path=folder))
    published = _publication_dates(folder.parent / "metadata.tsv")
    first: dict[str, Path] = {}
    for path in sorted(annotations.glob("*.ann")):
        first.setdefault(path.stem.rsplit("_", 1)[0], path)
    articles = []
    for text_path in sorted(texts.glob("*.txt")):
        name = text_path.stem
        text = text_path.read_text(encoding="utf-8")
        attributions = _read_ann(first[name]) if name in first else ()
        articles.append(PolnearArticle(doc_id=name, text=text, published=published.get(name), attributions=attributions))
    return articles


def _publication_dates(path: Path) -> dict[str, date]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: date.fromisoformat(row["publication_date"]) for row in csv.DictReader(handle, delimiter="\t") if row.get("publication_date")}


def _read_ann(path: Path) -> tuple[GoldAttribution, ...]:
    """brat standoff: T lines (role, parts "a b;c d", text that may run over lines) and E lines grouping them."""
    bounds: dict[str, tuple[str, Parts]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = TEXT_BOUND.match(line)
        if match:
            parts = tuple(tuple(int(number) for number in part.split()) for part in match[3].split(";"))
            bounds[match[1]] = (match[2], parts)  # type: ignore[assignment]
            continue
        match = EVENT.match(line)
        if match:
            events.append(dict(argument.split(":", 1) for argument in match[2].split() if ":" in argument))
    result = []
    for event in events:
        roles = {role: bounds[event[role]][1] for role in ROLES if event.get(role) in bounds}
        result.append(GoldAttribution(source=roles.get("Source", ()), cue=roles.get("Cue", ()), content=roles.get("Content", ())))
    return tuple(result)
