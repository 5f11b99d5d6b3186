"""claimspan extract: articles in, claims (and document records) out as JSONL."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ClaimspanError, Errors
from ..io import AtomicJsonlWriter, read_documents
from ..loader import load
from ..runner import extract
from .main import app, report_errors


def parse_published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ClaimspanError(Errors.E009.format(value=value)) from error


@app.command("extract")
@report_errors
def extract_cli(
    paths: Annotated[list[str], typer.Argument(help=".txt files (with optional NAME.json sidecar), .jsonl files of {id, text, meta}, folders of them, or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Claims JSONL file; stdout when left out.")] = None,
    docs: Annotated[Optional[Path], typer.Option("--docs", help="Also write one document record per article (sentences, actors, dates, figures) here.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD: the anchor for relative dates, overriding metadata.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Worker processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 16,
) -> None:
    """Extract claims, actors, dates and figures from articles, with character offsets into the source."""
    anchor = parse_published(published)
    # Read and validate every input before loading the model: a bad file fails fast and writes nothing.
    documents = list(read_documents(paths))
    nlp = load()
    with AtomicJsonlWriter(output, stream=sys.stdout) as claims_out, AtomicJsonlWriter(docs) as docs_out:
        for extraction in extract(nlp, documents, published=anchor, batch_size=batch_size, n_process=n_process):
            for claim in extraction.claims:
                claims_out.write(claim.model_dump_json())
            if docs is not None:
                docs_out.write(extraction.document.model_dump_json())
