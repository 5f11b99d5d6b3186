"""Readers for the check-worthiness data: ClaimBuster sentences and CLEF-2019 CheckThat! debate lines.

The texts are not shipped with claimspan (they are read by path): `claimbuster_dev.jsonl` lines are
{"sentence_id", "label", "text"} with label 1 = CFS, 0 = UFS, -1 = NFS; the CLEF CSV has
line_number, speaker, text, label (1 = fact-checked), file_name.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import ClaimspanError, Errors

CLAIMBUSTER_FILE = "claimbuster_dev.jsonl"
CLEF_FILE = "clef2019_checkthat_task1_train.csv"
CLAIMBUSTER_LABELS = {1: "CFS", 0: "UFS", -1: "NFS"}


@dataclass(frozen=True)
class LabelledSentence:
    """One ClaimBuster sentence: CFS (check-worthy factual), UFS (unimportant factual) or NFS (non-factual)."""

    sentence_id: str
    text: str
    label: str


@dataclass(frozen=True)
class DebateLine:
    """One line of a CLEF-2019 debate; checkworthy = the line was fact-checked."""

    debate: str
    line_number: int
    speaker: str
    text: str
    checkworthy: bool


def data_file(folder: Path, name: str) -> Path:
    path = Path(folder) / name
    if not path.exists():
        raise ClaimspanError(Errors.E220.format(path=path, name=name))
    return path


def read_claimbuster(folder: Path) -> Iterator[LabelledSentence]:
    path = data_file(folder, CLAIMBUSTER_FILE)
    with path.open(encoding="utf-8") as lines:
        for line_no, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                yield LabelledSentence(sentence_id=str(item["sentence_id"]), text=item["text"], label=CLAIMBUSTER_LABELS[int(item["label"])])
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as error:
                raise ClaimspanError(Errors.E221.format(path=path, line=line_no, detail=error)) from error


def read_clef(folder: Path) -> Iterator[DebateLine]:
    path = data_file(folder, CLEF_FILE)
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            try:
                yield DebateLine(
                    debate=row["file_name"],
                    line_number=int(row["line_number"]),
                    speaker=row["speaker"] or "",
                    text=row["text"] or "",
                    checkworthy=int(row["label"]) == 1,
                )
            except (KeyError, ValueError, TypeError) as error:
                raise ClaimspanError(Errors.E221.format(path=path, line=line_no, detail=error)) from error
