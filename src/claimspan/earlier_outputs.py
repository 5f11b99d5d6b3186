"""Telling an earlier claimspan output from an input, cheaply, before a run lists a folder or replaces a file.

An earlier output is a run's manifest, a file with a manifest beside it, or a JSONL file whose first record is a
claim or document record (claimspan writes `record` as the first key; the pattern also allows spaces, for files
passed through jq). Only the first few kilobytes are read: a folder listing stays cheap however large its files.
"""

from __future__ import annotations

import re
from pathlib import Path

MANIFEST_SUFFIX = ".manifest.jsonl"
_RECORD_OPENING = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"record"\s*:\s*"(?:claim|document)"')
_PEEK_BYTES = 4096


def is_earlier_output(path: Path) -> bool:
    """True for a file an earlier claimspan run wrote (claims, document records, a manifest)."""
    if path.name.endswith(MANIFEST_SUFFIX) or path.with_name(path.name + MANIFEST_SUFFIX).exists():
        return True
    try:
        with path.open("rb") as handle:
            opening = handle.read(_PEEK_BYTES)
    except OSError:
        return False
    return bool(_RECORD_OPENING.match(opening))


def may_replace(path: Path) -> bool:
    """An output may replace a file only when nothing a user wrote is lost: it is missing, empty or an earlier output."""
    return not path.exists() or (path.is_file() and path.stat().st_size == 0) or is_earlier_output(path)


def sidecar_of(text_path: Path) -> Path:
    """NAME.json beside NAME.txt: the article's metadata (io.read_sidecar reads it)."""
    return text_path.with_suffix(".json")
