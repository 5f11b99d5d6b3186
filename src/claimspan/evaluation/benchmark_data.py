"""Readers for the public benchmarks: TimeML (TempEval-3 AQUAINT) and MEANTIME, as plain text plus gold spans.

The corpora are not shipped with claimspan (the AQUAINT newswire is licensed for research only):
their paths are arguments.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from ..errors import ClaimspanError, Errors


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    label: str
    value: Optional[str] = None


@dataclass(frozen=True)
class BenchmarkDocument:
    doc_id: str
    text: str
    creation_date: Optional[str]
    timexes: tuple[GoldSpan, ...] = ()
    entities: tuple[GoldSpan, ...] = ()
    values: tuple[GoldSpan, ...] = ()
    attributions: tuple[tuple[GoldSpan, GoldSpan], ...] = ()  # (cue, source) pairs
    values_end: Optional[int] = None  # TIMEX3 and VALUEs are annotated only before this offset


def read_timeml(folder: Path) -> Iterator[BenchmarkDocument]:
    """Each .tml file: the TEXT element with markup removed; TIMEX3 offsets follow from that."""
    files = sorted(Path(folder).glob("*.tml"))
    if not files:
        raise ClaimspanError(Errors.E301.format(path=folder))
    for file in files:
        root = ElementTree.parse(file).getroot()
        creation = root.find("DCT/TIMEX3")
        text_element = root.find("TEXT")
        pieces: list[str] = []
        timexes: list[GoldSpan] = []
        _flatten(text_element, pieces, timexes, skip_root=True)
        text = "".join(pieces)
        yield BenchmarkDocument(
            doc_id=file.stem,
            text=text,
            creation_date=(creation.get("value") or "")[:10] if creation is not None else None,
            timexes=tuple(timexes),
        )


def _flatten(element, pieces: list[str], timexes: list[GoldSpan], *, skip_root: bool = False) -> None:
    start = sum(len(piece) for piece in pieces)
    pieces.append(element.text or "")
    for child in element:
        _flatten(child, pieces, timexes)
        pieces.append(child.tail or "")
    if not skip_root and element.tag == "TIMEX3":
        end = start + len("".join(_own_text(element)))
        span_text = "".join(_own_text(element))
        timexes.append(GoldSpan(start, end, span_text, element.get("type", ""), element.get("value")))


def _own_text(element) -> list[str]:
    parts = [element.text or ""]
    for child in element:
        parts.extend(_own_text(child))
        parts.append(child.tail or "")
    return parts


MEANTIME_ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})
MEANTIME_VALUE_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# MEANTIME annotates TIMEX3 and VALUEs in the title, the date line and the first sentences only
# (entity mentions and events run through the whole text): six lines, as its files show.
MEANTIME_VALUE_LINES = 6


def _end_of_line(text: str, lines: int) -> int:
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _creation_date(timex: dict) -> Optional[str]:
    """The ISO creation date; one MEANTIME file writes it as MM-DD-YYYY, so fall back to its text."""
    try:
        return date.fromisoformat(timex["value"][:10]).isoformat()
    except ValueError:
        import dateparser

        parsed = dateparser.parse(timex.get("text", ""), languages=["en"])
        return parsed.date().isoformat() if parsed else None


def read_meantime(folder: Path) -> Iterator[BenchmarkDocument]:
    """Every <doc>.json under the topic folders: named (NAM) PER/ORG/LOC mentions, TIMEX3, VALUEs."""
    files = sorted(Path(folder).glob("*/*.json"))
    if not files:
        raise ClaimspanError(Errors.E301.format(path=folder))
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        text = data["text"]
        entities = tuple(
            GoldSpan(mention["start"], mention["end"], mention["text"], mention["ent_type"])
            for mention in data["entity_mentions"]
            if mention.get("syntactic_type") == "NAM" and mention.get("ent_type") in MEANTIME_ENTITY_TYPES
        )
        timexes = tuple(GoldSpan(item["start"], item["end"], item["text"], item["type"], item.get("value")) for item in data["timex3"] if "start" in item)
        values = tuple(GoldSpan(item["start"], item["end"], item["text"], item["type"]) for item in data["values"] if item["type"] in MEANTIME_VALUE_TYPES)
        # the creation-time TIMEX3 has an ISO value; the "dct" field is written in several formats
        creation = next((_creation_date(item) for item in data["timex3"] if item.get("functionInDocument") == "CREATION_TIME"), None)
        attributions = tuple(
            (GoldSpan(pair["cue"]["start"], pair["cue"]["end"], pair["cue"]["text"], "CUE"), GoldSpan(pair["source"]["start"], pair["source"]["end"], pair["source"]["text"], "SOURCE"))
            for pair in data.get("speech_cognitive_arg0", [])
        )
        yield BenchmarkDocument(
            doc_id=data["doc_name"],
            text=text,
            creation_date=creation,
            timexes=timexes,
            entities=entities,
            values=values,
            attributions=attributions,
            values_end=_end_of_line(text, MEANTIME_VALUE_LINES),
        )
