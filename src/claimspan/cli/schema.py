"""claimspan schema: print the JSON Schema of the output records."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..records import Claim, DocumentRecord
from .main import app

KINDS = {"document": DocumentRecord, "claim": Claim}


@app.command("schema")
def schema_cli(
    kind: Annotated[str, typer.Argument(help="Which record: 'document' or 'claim'; both when left out.")] = "",
) -> None:
    """Print the JSON Schema of the document and claim records."""
    if kind and kind not in KINDS:
        raise typer.BadParameter(f"unknown record kind '{kind}'; use one of: {', '.join(KINDS)}")
    chosen = {kind: KINDS[kind]} if kind else KINDS
    schemas = {name: model.model_json_schema() for name, model in chosen.items()}
    typer.echo(json.dumps(schemas[kind] if kind else schemas, indent=2, ensure_ascii=False))
