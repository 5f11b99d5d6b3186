"""claimspan schema: print the JSON Schema of the output records and of an input line."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..records import Claim, DocumentRecord, InputDocument
from .main import app, report_errors

# "input" is one line of a .jsonl input; its meta is also the shape of a .txt sidecar
KINDS = {"document": DocumentRecord, "claim": Claim, "input": InputDocument}


@app.command("schema")
@report_errors
def schema_cli(
    kind: Annotated[str, typer.Argument(help="Which record: 'document', 'claim' or 'input'; all when left out.")] = "",
) -> None:
    """Print the JSON Schema of the document and claim records and of an input line (its meta keeps unknown keys)."""
    if kind and kind not in KINDS:
        raise typer.BadParameter(f"unknown record kind '{kind}'; use one of: {', '.join(KINDS)}")
    chosen = {kind: KINDS[kind]} if kind else KINDS
    schemas = {name: model.model_json_schema() for name, model in chosen.items()}
    typer.echo(json.dumps(schemas[kind] if kind else schemas, indent=2, ensure_ascii=False))
