"""Reading input documents with path:line errors, and writing JSONL atomically (STYLE G10)."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional

from pydantic import ValidationError

from .earlier_outputs import is_earlier_output, may_replace, sidecar_of
from .errors import EMPTY_ARTICLE, ClaimspanError, Errors, write_failed
from .input_checks import RepeatedKey, control_character, lone_surrogate, unique_keys
from .records import InputDocument, SourceMeta

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl"})


def expand_paths(paths: Iterable[str], *, outputs: frozenset[Path] = frozenset(), on_skip: Optional[Callable[[Path], None]] = None) -> list[str]:
    """Expand folders into their .txt and .jsonl files (sorted); keep '-' and files as given.

    `outputs` are the resolved files the run itself writes: a folder's listing leaves them out when they are
    earlier claimspan outputs, so writing the claims next to the articles does not feed a run its own manifest or
    an earlier run's claims; naming one as an input is an error, and so is an output that would replace an article
    or an article's sidecar (E040). Other earlier outputs in a folder (another run's claims or manifest) are left
    out too, each handed to `on_skip`."""
    expanded: list[str] = []
    for raw in paths:
        if raw == STDIN:
            expanded.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = _folder_inputs(path, outputs, on_skip)
            if not found:
                raise ClaimspanError(Errors.E013.format(path=path))
            expanded.extend(str(child) for child in found)
        elif path.resolve() in outputs:
            raise ClaimspanError(Errors.E016.format(path=path))
        elif path.exists():
            expanded.append(raw)
        else:
            raise ClaimspanError(Errors.E001.format(path=path))
    for raw in expanded:
        # an output named like an article's sidecar would replace its metadata, or be read as it by the next run
        if raw != STDIN and Path(raw).suffix in TEXT_SUFFIXES and sidecar_of(Path(raw)).resolve() in outputs:
            raise ClaimspanError(Errors.E040.format(path=sidecar_of(Path(raw)), what=f"the metadata sidecar of the input {raw}"))
    return expanded


def _folder_inputs(folder: Path, outputs: frozenset[Path], on_skip: Optional[Callable[[Path], None]]) -> list[Path]:
    found = []
    for child in sorted(folder.iterdir()):
        if child.suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            continue
        if child.resolve() in outputs:
            if not may_replace(child):
                raise ClaimspanError(Errors.E040.format(path=child, what=f"an input of this run (an article file in {folder})"))
            continue
        if child.suffix in JSONL_SUFFIXES and is_earlier_output(child):
            if on_skip is not None:
                on_skip(child)
            continue
        found.append(child)
    return found


ErrorHandler = Callable[[ClaimspanError], None]


def read_documents(
    paths: Iterable[str],
    *,
    stdin: Optional[IO[bytes]] = None,
    max_chars: Optional[int] = None,
    on_error: Optional[ErrorHandler] = None,
    outputs: frozenset[Path] = frozenset(),
    on_skip: Optional[Callable[[Path], None]] = None,
) -> Iterator[InputDocument]:
    """Yield every document of the inputs, in order, streaming.

    Without on_error the first bad document raises its coded error. With on_error, a bad document
    (a whole .txt file, or one JSONL line) is handed to it and skipped, and reading goes on; errors
    about the inputs themselves (a missing path, an unsupported suffix) still raise.
    """
    seen: set[str] = set()
    for raw in expand_paths(paths, outputs=outputs, on_skip=on_skip):
        for line, document in _read_one(raw, stdin=stdin, on_error=on_error):
            where = raw if raw != STDIN else "<stdin>"
            try:
                bad_character = control_character(document.id)
                if bad_character is not None:
                    raise ClaimspanError(Errors.E043.format(path=where, line=line or 1, doc_id=document.id, character=bad_character))
                if document.id in seen:
                    # a sidecar's "id" renames its article: blame the sidecar, where the id is written
                    named_by = sidecar_of(Path(raw)) if line is None and raw != STDIN and document.meta.id else where
                    raise ClaimspanError(Errors.E011.format(path=named_by, line=line or 1, doc_id=document.id))
                if max_chars is not None and len(document.text) > max_chars:
                    raise ClaimspanError(Errors.E012.format(path=f"{where}{f':{line}' if line else ''} ({document.id})", size=len(document.text), limit=max_chars))
            except ClaimspanError as error:
                if on_error is None:
                    raise
                on_error(error)
                continue
            seen.add(document.id)
            yield document


def _read_one(raw: str, *, stdin: Optional[IO[bytes]], on_error: Optional[ErrorHandler]) -> Iterator[tuple[Optional[int], InputDocument]]:
    """(line, document) for each document of one input: the JSONL line it is on, None for a text file."""
    if raw == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        # stdin carries either JSONL records or one plain article: a leading '{' means JSONL
        if data.lstrip().startswith(b"{"):
            yield from _jsonl_documents(data, "<stdin>", on_error=on_error)
        else:
            yield from _guarded(lambda: _text_document(decode_text(data, "<stdin>"), "<stdin>", doc_id="stdin", meta=SourceMeta()), on_error)
        return
    path = Path(raw)
    if path.suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(path.read_bytes(), path, on_error=on_error)
    elif path.suffix in TEXT_SUFFIXES:
        yield from _guarded(lambda: _text_document(decode_text(path.read_bytes(), path), path, doc_id=path.stem, meta=read_sidecar(path)), on_error)
    else:
        raise ClaimspanError(Errors.E007.format(path=path, suffix=path.suffix or "(none)"))


def _guarded(read: Callable[[], InputDocument], on_error: Optional[ErrorHandler], line: Optional[int] = None) -> Iterator[tuple[Optional[int], InputDocument]]:
    try:
        document = read()
    except ClaimspanError as error:
        if on_error is None:
            raise
        on_error(error)
        return
    yield line, document


def decode_text(data: bytes, path, line: Optional[int] = None, *, empty_advice: str = EMPTY_ARTICLE) -> str:
    """Decode UTF-8 bytes, refusing empty, binary and undecodable input with a coded error; `empty_advice` says
    what the file should hold (E002)."""
    where = f"{path}:{line}" if line else path
    if not data.strip():
        raise ClaimspanError(Errors.E002.format(path=where, advice=empty_advice))
    if line in (None, 1):
        refuse_wide_text(data, path)
    if b"\x00" in data:
        nul_line = (line or 1) + data[: data.index(b"\x00")].count(b"\n")
        raise ClaimspanError(Errors.E005.format(path=f"{path}:{nul_line}"))
    if line in (None, 1) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark opening the file is no text: offsets count from the first character after it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = (line or 1) + data[: error.start].count(b"\n")
        detail = f"byte 0x{data[error.start]:02x} on line {bad_line}"
        raise ClaimspanError(Errors.E004.format(path=where, detail=detail)) from error


# UTF-32 first: its little-endian mark begins with UTF-16's
WIDE_MARKS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def refuse_wide_text(data: bytes, path) -> None:
    """UTF-16 or UTF-32 text (as Windows editors save "Unicode" text) opens with its byte-order mark: say so and how
    to convert it (E060), rather than calling its NUL bytes binary (E005)."""
    encoding = next((encoding for mark, encoding in WIDE_MARKS if data.startswith(mark)), None)
    if encoding is not None:
        source = Path("FILE.txt") if str(path) == "<stdin>" else Path(str(path))
        command = f"iconv -f {encoding} -t UTF-8 {source} > {source.with_name(f'{source.stem}.utf8{source.suffix}')}"
        raise ClaimspanError(Errors.E060.format(path=path, encoding=encoding, command=command))


def read_sidecar(text_path: Path) -> SourceMeta:
    """Read NAME.json beside NAME.txt, if there is one."""
    sidecar = text_path.with_suffix(".json")
    if not sidecar.exists():
        return SourceMeta()
    try:
        return SourceMeta.model_validate_json(sidecar.read_bytes())
    except ValidationError as error:
        raise ClaimspanError(
            Errors.E008.format(path=sidecar, detail=first_error(error), allowed=", ".join(SourceMeta.model_fields))
        ) from error


def _text_document(text: str, path, *, doc_id: str, meta: SourceMeta) -> InputDocument:
    if not text.strip():
        raise ClaimspanError(Errors.E002.format(path=path, advice=EMPTY_ARTICLE))
    return InputDocument(id=meta.id or doc_id, text=text, meta=meta)


def _jsonl_documents(data: bytes, path, *, on_error: Optional[ErrorHandler]) -> Iterator[tuple[Optional[int], InputDocument]]:
    """One document per line; each line is decoded on its own so one bad line costs only itself."""
    if not data.strip():
        raise ClaimspanError(Errors.E002.format(path=path, advice=EMPTY_ARTICLE))
    refuse_wide_text(data, path)  # the whole file, before its lines are split on a byte that is half a character
    for line_no, raw_line in enumerate(data.split(b"\n"), start=1):
        if raw_line.strip():
            yield from _guarded(lambda: _jsonl_document(raw_line, path, line_no), on_error, line_no)


def _jsonl_document(raw_line: bytes, path, line_no: int) -> InputDocument:
    line = decode_text(raw_line, path, line_no)
    try:
        payload = json.loads(line, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as error:
        raise ClaimspanError(Errors.E003.format(path=path, line=line_no, detail=error.msg)) from error
    except RepeatedKey as repeated:
        raise ClaimspanError(Errors.E048.format(path=path, line=line_no, key=repeated.key)) from None
    surrogate = lone_surrogate(line, payload)
    if surrogate is not None:
        raise ClaimspanError(Errors.E042.format(path=path, line=line_no, escape=surrogate))
    try:
        document = InputDocument.model_validate(payload)
    except ValidationError as error:
        raise ClaimspanError(Errors.E006.format(path=path, line=line_no, detail=first_error(error), hint=_record_hint(error))) from error
    if not document.text.strip():
        raise ClaimspanError(Errors.E010.format(path=path, line=line_no))
    if "\x00" in document.text:
        # the escape "\u0000" gets past the byte check of decode_text; a NUL is no article text in JSONL either
        raise ClaimspanError(Errors.E005.format(path=f"{path}:{line_no}"))
    return document


def first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    if first["type"] == "model_type":
        return f"a JSON {type(first['input']).__name__} where an object belongs"
    where = ".".join(str(part) for part in first["loc"]) or "record"
    if first["type"] == "value_error":
        return f"{where}: {first['ctx']['error']}"  # our own validators' messages, as written
    return f"{where}: {first['msg'].lower()}"


def _record_hint(error: ValidationError) -> str:
    """What to do, for the kind of mistake the first error is: an unknown field is kept under meta; a wrong value
    has the type `claimspan schema input` gives."""
    kind = error.errors()[0]["type"]
    if kind == "extra_forbidden":
        return "Put any field claimspan does not read under meta, where it is kept as it is."
    if kind == "model_type":
        return 'Each line is one object: {"id": str, "text": str, "meta": {...}}.'
    return 'Each line needs {"id": str, "text": str, "meta": {...}}; `claimspan schema input` gives every field and its type.'


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
            with self._reported():
                self.partial.parent.mkdir(parents=True, exist_ok=True)
                self._handle = self.partial.open("w", encoding="utf-8")
        return self

    def write(self, line: str) -> None:
        if self._handle is None:
            (self._stream or sys.stdout).write(line + "\n")  # a failing stdout is reported by the CLI (E019)
            return
        with self._reported():
            self._handle.write(line + "\n")

    def commit(self) -> None:
        if self._handle is not None:
            with self._reported():
                self._handle.flush()
                os.fsync(self._handle.fileno())
                self._handle.close()
                self._handle = None
                os.replace(self.partial, self.path)
        elif self._stream is not None:
            self._stream.flush()

    @contextmanager
    def _reported(self) -> Iterator[None]:
        """A full disk or a refused write is one line (E019) naming the output, the partial file removed."""
        try:
            yield
        except OSError as error:
            self.discard()
            raise write_failed(self.path, error) from error

    def discard(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            try:
                handle.close()  # a full disk fails the close's flush too; the partial file goes all the same
            except OSError:
                pass
        if self.partial is not None:
            self.partial.unlink(missing_ok=True)

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Have `write` fill PATH.partial, then rename it over PATH: an error or an interruption (Ctrl-C, SIGTERM)
    on the way leaves the earlier PATH as it was and no partial file."""
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise write_failed(path, error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise

