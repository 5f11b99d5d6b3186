"""Writing reviewed documents as gold files that `claimspan validate` accepts and `claimspan score` reads."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..io import AtomicJsonlWriter
from .session import ReviewSession

SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}")


def file_stem(doc_id: str) -> str:
    """A file name for a document id that cannot leave the folder: the id itself only when it is plainly safe."""
    if SAFE_NAME.fullmatch(doc_id) and ".." not in doc_id:
        return doc_id
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).strip("._")[:60] or "document"
    return f"{cleaned}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}"


def write_gold(session: ReviewSession, directory: Path) -> list[tuple[str, Path, int]]:
    """One <stem>.gold.jsonl per document with at least one decision; returns (doc_id, path, claims)."""
    written = []
    for doc_id in session.reviewed_documents():
        records = session.gold_records(doc_id)
        path = Path(directory) / f"{file_stem(doc_id)}.gold.jsonl"
        with AtomicJsonlWriter(path) as writer:
            for record in records:
                writer.write(record.model_dump_json())
        written.append((doc_id, path, len(records) - 1))
    return written
