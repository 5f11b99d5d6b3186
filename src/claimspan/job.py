"""What makes two runs the same job for --resume, beside their texts: the options and the pipeline that change the
records. The manifest keeps it with every document, so a resume under another anchor, date order, claimspan or
pipeline data is refused instead of mixing two kinds of record in one output (E041)."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from importlib.metadata import version
from typing import Optional

from . import __version__

# the files under pipeline/ that do not shape a record: documentation and the scripts that build the tables
_NOT_PIPELINE_DATA = frozenset({".md", ".py", ".pyc"})


def job_fingerprint(*, published: Optional[date], date_order: Optional[str]) -> dict[str, Optional[str]]:
    from .loader import MODEL_PACKAGE

    return {
        "published": published.isoformat() if published else None,
        "date_order": date_order,
        "claimspan": __version__,
        "model_version": version(MODEL_PACKAGE),
        "pipeline_sha256": pipeline_digest(),
    }


@lru_cache(maxsize=1)
def pipeline_digest() -> str:
    """sha256 over pipeline/ (config, tables, trained models), by relative path, so a changed table is another job."""
    from .loader import pipeline_dir

    root = pipeline_dir()
    digest = hashlib.sha256()
    for path in sorted(path for path in root.rglob("*") if path.is_file() and path.suffix not in _NOT_PIPELINE_DATA and "__pycache__" not in path.parts):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def job_differences(earlier: Optional[dict], now: dict) -> list[str]:
    """The options that differ, as 'name: earlier -> now'; a manifest without them (an older claimspan) differs."""
    if not isinstance(earlier, dict):
        return ["the earlier run recorded no options (an older claimspan)"]
    return [f"{name}: {earlier.get(name)} -> {value}" for name, value in now.items() if earlier.get(name) != value]
