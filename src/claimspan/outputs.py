"""Run outputs that survive interruption: partial files, a manifest, resume, atomic completion.

Claims go to OUT.partial (documents to DOCS.partial) while the run goes on. After each document's
lines are flushed, one manifest line records its id, text hash and the byte size of each partial
file. A resumed run truncates the partial files to the last manifest line, so a document cut off by
a kill is redone whole, and skips the documents listed. When the run ends the partial files are
renamed over the outputs (os.replace: a reader never sees a torn file) and the manifest stays
beside them as OUT.manifest.jsonl.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional

from .convert import text_sha256
from .errors import STDOUT, WRITE_RERUN, WRITE_RESUMABLE, ClaimspanError, Errors, write_failed
from .job import job_differences
from .records import InputDocument
from .runner import Extraction, input_meta


def meta_sha256(meta: dict) -> str:
    """A digest of a document's metadata: its published date and the rest shape the records as much as its text."""
    return hashlib.sha256(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class RunOutputs:
    def __init__(self, claims_path: Optional[Path], docs_path: Optional[Path], *, resume: bool = False, stdout: Optional[IO[str]] = None, job: Optional[dict] = None) -> None:
        # a symbolic link is written through: the file it points to is replaced, the link stays
        self.targets = {name: path.resolve() if path.is_symlink() else path for name, path in (("claims", claims_path), ("docs", docs_path)) if path is not None}
        for path in self.targets.values():
            check_target(path)
        self.stdout = stdout or sys.stdout
        # claims printed to stdout cannot be continued, so such a run keeps no manifest and no partial file
        self.manifest = claims_path.with_name(claims_path.name + ".manifest.jsonl") if claims_path else None
        self.done: set[tuple[str, str]] = set()
        self._handles: dict[str, IO[bytes]] = {}
        self._manifest_handle: Optional[IO[str]] = None
        self._resume = resume
        self._entries: Optional[list[dict]] = None
        self.job = job

    def files(self) -> frozenset[Path]:
        """Every file this run writes (outputs, their partial files, the manifest), resolved."""
        written = [*self.targets.values(), *(self.partial(name) for name in self.targets), *([self.manifest] if self.manifest else [])]
        return frozenset(path.resolve() for path in written)

    def partial(self, name: str) -> Path:
        path = self.targets[name]
        return path.with_name(path.name + ".partial")

    def finished(self) -> dict[str, str]:
        """The documents (id -> text hash) the earlier run of these outputs finished, read without changing any
        file, so the inputs can be checked against them before anything is written; empty when not resuming or
        when nothing can be continued."""
        if self._entries is None:
            self._entries = self._read_manifest() if self._resume else []
            self._check_same_options()
        return {entry["doc_id"]: entry["text_sha256"] for entry in self._entries}

    @property
    def _meta_digests(self) -> dict[str, str]:
        # manifests of earlier claimspan versions recorded no metadata digest: their documents are checked by text only
        return {entry["doc_id"]: entry["meta_sha256"] for entry in self._entries or () if "meta_sha256" in entry}

    def _check_same_options(self) -> None:
        """Refuse a resume under other options or another pipeline (E041): the kept documents would not match the new."""
        if self.job is None:
            return
        for entry in self._entries:
            differences = job_differences(entry.get("job"), self.job)
            if differences:
                raise ClaimspanError(Errors.E041.format(path=self.manifest, differences="; ".join(differences)))

    def check_same_job(self, documents: Iterable[InputDocument]) -> int:
        """Refuse a resume whose inputs are not the earlier run's: a finished document whose text changed (E024) or
        that is gone (E025) would keep its old records beside, or instead of, the new ones. Returns the count."""
        finished = self.finished()
        count = 0
        for document in documents:
            count += 1
            recorded = finished.pop(document.id, None)
            if recorded is not None and recorded != text_sha256(document.text):
                raise ClaimspanError(Errors.E024.format(path=self.manifest, doc_id=document.id))
            recorded_meta = self._meta_digests.get(document.id)
            if recorded is not None and recorded_meta is not None and recorded_meta != meta_sha256(input_meta(document)):
                raise ClaimspanError(Errors.E051.format(path=self.manifest, doc_id=document.id))
        if finished:
            raise ClaimspanError(Errors.E025.format(path=self.manifest, doc_id=next(iter(finished)), count=len(finished)))
        return count

    def open(self) -> "RunOutputs":
        sizes = self._recover() if self._resume else {}
        try:
            self._open_files(sizes)
        except ClaimspanError:
            # an output that cannot be opened stops the run before any document: no partial file is left
            for name, handle in self._handles.items():
                handle.close()
                if not self._resume:
                    self.partial(name).unlink(missing_ok=True)
            self._handles.clear()
            raise
        return self

    def _open_files(self, sizes: dict[str, int]) -> None:
        for name in self.targets:
            partial = self.partial(name)
            with self._reported(self.targets[name]):
                partial.parent.mkdir(parents=True, exist_ok=True)
                handle = partial.open("r+b" if partial.exists() and name in sizes else "wb")
                handle.truncate(sizes.get(name, 0))
                handle.seek(0, os.SEEK_END)
            self._handles[name] = handle
        if self.manifest is not None:
            with self._reported(self.manifest):
                self._manifest_handle = self.manifest.open("a" if self._resume else "w", encoding="utf-8")

    def _read_manifest(self) -> list[dict]:
        """The earlier run's manifest entries up to a torn line, if every output can be continued (its partial file,
        or the final file of a finished run, is there); else none."""
        if self.manifest is None or not self.manifest.exists():
            return []
        entries = []
        with self.manifest.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    entries.append(json.loads(line))
                except json.JSONDecodeError:
                    break  # a line torn by the interruption: everything before it is good
        if any(not self.partial(name).exists() and not self.targets[name].exists() for name in self.targets):
            return []
        return entries

    def _recover(self) -> dict[str, int]:
        """Take up the earlier run's files; return the sizes its partial files must be cut to."""
        self.finished()
        if not self._entries:
            # nothing to continue: the manifest starts again with this run's documents
            self._resume = False
            return {}
        for name in self.targets:
            # a finished earlier run left only the final file: continue from it
            if not self.partial(name).exists():
                shutil.copyfile(self.targets[name], self.partial(name))
        self._rewrite_manifest(self._entries)
        self.done = {(entry["doc_id"], entry["text_sha256"]) for entry in self._entries}
        return {name: self._entries[-1]["bytes"].get(name, 0) for name in self.targets}

    def _rewrite_manifest(self, entries: list[dict]) -> None:
        with self.manifest.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(entry, sort_keys=True) + "\n" for entry in entries)

    def is_done(self, doc_id: str, sha: str) -> bool:
        return (doc_id, sha) in self.done

    def write(self, extraction: Extraction) -> None:
        claims = "".join(claim.model_dump_json() + "\n" for claim in extraction.claims)
        if "claims" in self._handles:
            with self._reported(self.targets["claims"]):
                self._handles["claims"].write(claims.encode("utf-8"))
        else:
            with self._reported(STDOUT):
                self.stdout.write(claims)
                self.stdout.flush()
        if "docs" in self._handles:
            with self._reported(self.targets["docs"]):
                self._handles["docs"].write((extraction.document.model_dump_json() + "\n").encode("utf-8"))
        for name, handle in self._handles.items():
            with self._reported(self.targets[name]):
                handle.flush()
        if self._manifest_handle is not None:
            entry = {"doc_id": extraction.document.doc_id, "text_sha256": extraction.document.text_sha256, "meta_sha256": meta_sha256(extraction.document.meta), "claims": len(extraction.claims), "bytes": {name: handle.tell() for name, handle in self._handles.items()}}
            if self.job is not None:
                entry["job"] = self.job
            self._manifest_handle.write(json.dumps(entry, sort_keys=True) + "\n")
            self._manifest_handle.flush()

    def commit(self) -> None:
        """Make the outputs whole and visible: fsync every partial file, then rename each over its target, so a
        failure while writing leaves every earlier output as it was."""
        for name, handle in self._handles.items():
            with self._reported(self.targets[name]):
                os.fsync(handle.fileno())
                handle.close()
        for name in self._handles:
            with self._reported(self.targets[name]):
                os.replace(self.partial(name), self.targets[name])
        self._handles.clear()
        if self._manifest_handle is not None:
            self._manifest_handle.close()
            self._manifest_handle = None

    def close_keeping_partial(self) -> int:
        """Stop without finishing: the partial files and manifest stay for --resume when they hold a finished
        document; otherwise (nothing finished, or claims on stdout, which cannot be continued) they are removed.
        The final outputs are untouched either way. Returns the documents kept for --resume."""
        opened = list(self._handles)
        for handle in self._handles.values():
            handle.close()
        self._handles.clear()
        if self._manifest_handle is not None:
            self._manifest_handle.close()
            self._manifest_handle = None
        kept = self._manifest_entries()
        if not kept:
            for name in opened:
                self.partial(name).unlink(missing_ok=True)
            if self.manifest is not None:
                self.manifest.unlink(missing_ok=True)
        return kept

    def _reported(self, path):
        """E019 for a failed write; --resume can continue only a run with its claims in a file (it keeps the manifest)."""
        return _reported(path, advice=WRITE_RESUMABLE if self.manifest is not None else WRITE_RERUN)

    def _manifest_entries(self) -> int:
        if self.manifest is None or not self.manifest.exists():
            return 0
        with self.manifest.open("rb") as lines:
            return sum(1 for line in lines if line.endswith(b"\n"))


def check_target(path: Path) -> None:
    """Refuse, before anything is written, an output the run could not replace whole (E018)."""
    if path.is_dir():
        raise ClaimspanError(Errors.E018.format(path=path, reason="it is a folder"))
    if path.exists() and not path.is_file():
        raise ClaimspanError(Errors.E018.format(path=path, reason="it is not a regular file (a device, pipe or socket)"))
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise ClaimspanError(Errors.E018.format(path=path, reason=f"{folder} is a file, not a folder"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ClaimspanError(Errors.E018.format(path=path, reason=f"the folder {folder} is not writable"))
    try:
        # os.access answers yes to root everywhere (a folder of /proc, a read-only bind mount): only creating a file
        # there shows the run could; the probe is removed at once
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".claimspan-probe-"):
            pass
    except OSError as error:
        raise ClaimspanError(Errors.E018.format(path=path, reason=f"nothing can be created in the folder {folder} ({error.strerror or error})")) from error


@contextmanager
def _reported(path, *, advice: str) -> Iterator[None]:
    """An operating-system error while writing becomes E019, naming the output."""
    try:
        yield
    except BrokenPipeError:
        raise  # the reader of stdout stopped early (| head): no failure of ours, the CLI stops quietly
    except OSError as error:
        raise write_failed(path, error, advice) from error
