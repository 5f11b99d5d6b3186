"""Run extract on a Dask cluster: partition the input, one pipeline per worker, one JSONL part per partition.

Dask is an optional extra (pip install 'claimspan[dask]'). The client reads and partitions the
input; each task processes one partition on a worker, which loads the pipeline once and keeps it;
the client writes part-NNNNN.jsonl (claims) and docs-NNNNN.jsonl in partition order and a
manifest.json naming each part, its documents and counts. Concatenating the parts in order gives
exactly the single-process output. The manifest is removed when a run starts and written when it
ends, so a folder with a manifest holds one whole run. A document that fails costs only itself
(runner.Failure, handed to on_failure).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from .io import AtomicJsonlWriter
from .records import InputDocument
from .runner import DocumentFailed, Failure, FailureHandler, batches


def process_partition(documents_json: list[str], published: Optional[str], date_order: Optional[str] = None) -> tuple[list[str], list[str], list[Failure]]:
    """On a worker: (claim lines, document lines, failures) of one partition. The pipeline is loaded once per worker process."""
    from .loader import load_cached
    from .runner import extract

    documents = [InputDocument.model_validate_json(line) for line in documents_json]
    anchor = date.fromisoformat(published) if published else None
    claims, docs, failures = [], [], []
    for extraction in extract(load_cached(), documents, published=anchor, date_order=date_order, on_failure=failures.append):
        claims.extend(claim.model_dump_json() for claim in extraction.claims)
        docs.append(extraction.document.model_dump_json())
    return claims, docs, failures


def run_on_dask(
    client,
    documents: Iterable[InputDocument],
    output_dir: Path,
    *,
    partition_size: int = 100,
    published: Optional[date] = None,
    date_order: Optional[str] = None,
    on_failure: Optional[FailureHandler] = None,
) -> dict:
    """Submit every partition to the cluster, write the parts in order and return the manifest.

    A failed document goes to on_failure; without it (or when it raises) the run stops there and
    no manifest is written.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "manifest.json").unlink(missing_ok=True)
    futures = []
    for chunk in batches(documents, partition_size):
        # only the keys the input set, so the workers' document records carry the same meta
        payload = [document.model_dump_json(exclude_unset=True) for document in chunk]
        futures.append(client.submit(process_partition, payload, published.isoformat() if published else None, date_order, pure=False))
    try:
        parts = _write_parts(futures, output_dir, on_failure)
    except BaseException:
        client.cancel(futures)
        raise
    manifest = {"partitions": parts, "documents": sum(len(part["doc_ids"]) for part in parts), "claims": sum(part["claim_count"] for part in parts)}
    with AtomicJsonlWriter(output_dir / "manifest.json") as writer:
        writer.write(json.dumps(manifest, indent=2))
    return manifest


def _write_parts(futures: list, output_dir: Path, on_failure: Optional[FailureHandler]) -> list[dict]:
    parts = []
    for index, future in enumerate(futures):
        claims, docs, failures = future.result()
        for failure in failures:
            if on_failure is None:
                raise DocumentFailed(failure)
            on_failure(failure)
        claims_name, docs_name = f"part-{index:05d}.jsonl", f"docs-{index:05d}.jsonl"
        for name, lines in ((claims_name, claims), (docs_name, docs)):
            with AtomicJsonlWriter(output_dir / name) as writer:
                for line in lines:
                    writer.write(line)
        doc_ids = [json.loads(line)["doc_id"] for line in docs]
        parts.append({"claims": claims_name, "docs": docs_name, "doc_ids": doc_ids, "claim_count": len(claims)})
    return parts
