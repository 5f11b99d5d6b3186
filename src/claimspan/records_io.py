"""Reading claimspan's own record files (document and claim JSONL) with path:line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Union

from pydantic import ValidationError

from .errors import EMPTY_RECORDS, ClaimspanError, Errors
from .io import decode_text
from .records import Claim, DocumentRecord

AnyRecord = Union[DocumentRecord, Claim]
RECORD_MODELS = {"document": DocumentRecord, "claim": Claim}


def record_files(path: Path) -> list[Path]:
    """A .jsonl file, or every .jsonl file in a folder (sorted)."""
    if path.is_dir():
        # a run's manifest (OUT.manifest.jsonl) lies beside its outputs and holds no records
        files = sorted(file for file in path.glob("*.jsonl") if not file.name.endswith(".manifest.jsonl"))
        if not files:
            raise ClaimspanError(Errors.E301.format(path=path))
        return files
    if not path.exists():
        raise ClaimspanError(Errors.E001.format(path=path))
    return [path]


def read_records(path: Path, *, empty_advice: str = EMPTY_RECORDS) -> Iterator[tuple[Path, int, AnyRecord]]:
    """Yield (file, line number, record) for every document or claim record under path; `empty_advice` says what
    an empty file should hold for the command reading it (E002)."""
    found = False
    for file in record_files(Path(path)):
        text = decode_text(file.read_bytes(), file, empty_advice=empty_advice)
        for line_no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                payload = json.loads(line)
            except json.JSONDecodeError as error:
                raise ClaimspanError(Errors.E003.format(path=file, line=line_no, detail=error.msg)) from error
            kind = payload.get("record") if isinstance(payload, dict) else None
            model = RECORD_MODELS.get(kind) if isinstance(kind, str) else None
            if model is None:
                raise ClaimspanError(Errors.E105.format(path=file, line=line_no, kind="document or claim", detail=f"'record' must be one of {sorted(RECORD_MODELS)}"))
            try:
                record = model.model_validate(payload)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"])
                raise ClaimspanError(Errors.E105.format(path=file, line=line_no, kind=kind, detail=f"{where}: {first['msg'].lower()}")) from error
            found = True
            yield file, line_no, record
    if not found:
        raise ClaimspanError(Errors.E301.format(path=path))
