"""Reading input documents with path:line errors, and writing JSONL atomically (STYLE G10)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

from pydantic import ValidationError

from .errors import ClaimspanError, Errors
from .records import InputDocument, SourceMeta

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Expand folders into their .txt and .jsonl files (sorted); keep '-' and files as given."""
    expanded: list[str] = []
    for raw in paths:
        if raw == STDIN:
            expanded.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(child for child in path.iterdir() if child.suffix in TEXT_SUFFIXES | JSONL_SUFFIXES)
            if not found:
                raise ClaimspanError(Errors.E013.format(path=path))
            expanded.extend(str(child) for child in found)
        elif path.exists():
            expanded.append(raw)
        else:
            raise ClaimspanError(Errors.E001.format(path=path))
    return expanded


def read_documents(paths: Iterable[str], *, stdin: Optional[IO[bytes]] = None) -> Iterator[InputDocument]:
    """Yield every document of the inputs, in order; raise a coded error at the first bad one."""
    seen: set[str] = set()
    for raw in expand_paths(paths):
        for document in _read_one(raw, stdin=stdin):
            if document.id in seen:
                raise ClaimspanError(Errors.E011.format(path=raw, line="-", doc_id=document.id))
            seen.add(document.id)
            yield document


def _read_one(raw: str, *, stdin: Optional[IO[bytes]]) -> Iterator[InputDocument]:
    if raw == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        text = decode_text(data, "<stdin>")
        # stdin carries either JSONL records or one plain article: a leading '{' means JSONL
        if text.lstrip().startswith("{"):
            yield from _jsonl_documents(text.splitlines(keepends=True), "<stdin>")
        else:
            yield _text_document(text, "<stdin>", doc_id="stdin", meta=SourceMeta())
        return
    path = Path(raw)
    if path.suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(decode_text(path.read_bytes(), path).splitlines(keepends=True), path)
    elif path.suffix in TEXT_SUFFIXES:
        text = decode_text(path.read_bytes(), path)
        yield _text_document(text, path, doc_id=path.stem, meta=read_sidecar(path))
    else:
        raise ClaimspanError(Errors.E007.format(path=path, suffix=path.suffix or "(none)"))


def decode_text(data: bytes, path) -> str:
    """Decode UTF-8 bytes, refusing empty, binary and undecodable input with a coded error."""
    if not data.strip():
        raise ClaimspanError(Errors.E002.format(path=path))
    if b"\x00" in data:
        raise ClaimspanError(Errors.E005.format(path=path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        detail = f"byte 0x{data[error.start]:02x} on line {line}"
        raise ClaimspanError(Errors.E004.format(path=path, detail=detail)) from error


def read_sidecar(text_path: Path) -> SourceMeta:
    """Read NAME.json beside NAME.txt, if there is one."""
    sidecar = text_path.with_suffix(".json")
    if not sidecar.exists():
        return SourceMeta()
    try:
        return SourceMeta.model_validate_json(sidecar.read_bytes())
    except ValidationError as error:
        raise ClaimspanError(
            Errors.E008.format(path=sidecar, detail=_first_error(error), allowed=", ".join(SourceMeta.model_fields))
        ) from error


def _text_document(text: str, path, *, doc_id: str, meta: SourceMeta) -> InputDocument:
    if not text.strip():
        raise ClaimspanError(Errors.E002.format(path=path))
    return InputDocument(id=meta.id or doc_id, text=text, meta=meta)


def _jsonl_documents(lines: Iterable[str], path) -> Iterator[InputDocument]:
    found = False
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            payload = json.loads(line)
        except json.JSONDecodeError as error:
            raise ClaimspanError(Errors.E003.format(path=path, line=line_no, detail=error.msg)) from error
        try:
            document = InputDocument.model_validate(payload)
        except ValidationError as error:
            raise ClaimspanError(Errors.E006.format(path=path, line=line_no, detail=_first_error(error))) from error
        if not document.text.strip():
            raise ClaimspanError(Errors.E010.format(path=path, line=line_no))
        found = True
        yield document
    if not found:
        raise ClaimspanError(Errors.E002.format(path=path))


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    return f"{where}: {first['msg'].lower()}"


class AtomicJsonlWriter:
    """Write JSONL to PATH.partial and rename it to PATH only when the run succeeds.

    An interrupted or failed run never leaves a torn PATH, and an existing PATH is kept intact
    until the new one is complete. `discard()` removes the partial file after a failure.
    """

    def __init__(self, path: Optional[Path], *, stream: Optional[IO[str]] = None) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial") if path else None
        self._stream = stream
        self._handle: Optional[IO[str]] = None

    def __enter__(self) -> "AtomicJsonlWriter":
        if self.partial is not None:
            self.partial.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.partial.open("w", encoding="utf-8")
        return self

    def write(self, line: str) -> None:
        target = self._handle if self._handle is not None else (self._stream or sys.stdout)
        target.write(line + "\n")

    def commit(self) -> None:
        if self._handle is not None:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None
            os.replace(self.partial, self.path)
        elif self._stream is not None:
            self._stream.flush()

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            self.partial.unlink(missing_ok=True)

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()
