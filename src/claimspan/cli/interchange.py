"""claimspan export and claimspan import: Label Studio, brat, spaCy DocBin and displaCy."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ClaimspanError, Errors, Warnings
from ..io import AtomicJsonlWriter
from .main import app, report_errors
from .paths import ARTICLE_NAMES, FolderInput, output_file, output_folder, output_path

EXPORT_FORMATS = ("label-studio", "brat", "docbin", "displacy")
IMPORT_FORMATS = ("label-studio", "brat")
EXPORT_EXAMPLES = {"label-studio": "tasks.json", "docbin": "claims.spacy", "displacy": "claims.html"}


@app.command("export")
@report_errors
def export_cli(
    claims: Annotated[Path, typer.Argument(help="Claims JSONL written by extract (or gold records).")],
    texts: Annotated[Path, typer.Option("--texts", help="The article texts: a folder of .txt (+ .json sidecars) or .jsonl inputs.")],
    output_format: Annotated[str, typer.Option("--format", help="label-studio (tasks JSON), brat (folder of .txt/.ann), docbin (.spacy) or displacy (.html).")],
    output: Annotated[Path, typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="File to write (a folder for brat).")],
    docs: Annotated[Optional[Path], typer.Option("--docs", help="Document records JSONL (extract --docs): actors, dates, figures.")] = None,
) -> None:
    """Export claims and mentions for annotation tools: Label Studio, brat, spaCy DocBin or displaCy."""
    from ..interchange.regions import load_bundles, to_annotated

    if output_format not in EXPORT_FORMATS:
        raise ClaimspanError(Errors.E032.format(path=output, value=output_format, allowed=", ".join(EXPORT_FORMATS)))
    inputs = [claims, docs, FolderInput(texts, ARTICLE_NAMES)]
    if output_format == "brat":
        output_folder(output, "--output", inputs=inputs)
    else:
        output = output_file(output, "--output", example=EXPORT_EXAMPLES[output_format], inputs=inputs)
        if output_format == "label-studio":
            # the labelling config is written beside the tasks: it gets the same checks before any work
            output_file(output.with_name(output.stem + ".label_config.xml"), "--output", example="tasks.json", inputs=inputs)
    documents = (to_annotated(bundle) for bundle in load_bundles(claims, docs, texts))
    if output_format == "label-studio":
        from ..interchange.label_studio import export_tasks as write
    elif output_format == "brat":
        from ..interchange.brat import export_collection as write
    elif output_format == "docbin":
        from ..interchange.docbin import export_docbin as write
    else:
        from ..interchange.docbin import export_displacy as write
    count = write(documents, output)
    typer.echo(f"wrote {count} documents to {output} ({output_format})")


@app.command("import")
@report_errors
def import_cli(
    path: Annotated[Path, typer.Argument(help="A Label Studio JSON export, or a brat folder of .txt/.ann files.")],
    input_format: Annotated[str, typer.Option("--format", help="label-studio or brat.")],
    output: Annotated[Path, typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Gold records JSONL to write (document and claim lines).")],
) -> None:
    """Turn annotations made in Label Studio or brat back into claimspan gold records."""
    from ..interchange.regions import to_records

    if input_format not in IMPORT_FORMATS:
        raise ClaimspanError(Errors.E032.format(path=path, value=input_format, allowed=", ".join(IMPORT_FORMATS)))
    if input_format == "label-studio":
        from ..interchange.label_studio import read_tasks as read
    else:
        from ..interchange.brat import read_collection as read
    # a brat folder's reader takes its .ann and .txt files and the id manifest; annotation.conf belongs to it too
    source = FolderInput(path, ("*.ann", "*.txt", "claimspan.json", "annotation.conf")) if input_format == "brat" else path
    output = output_file(output, "--output", example="gold.jsonl", inputs=[source])
    documents = claims = 0
    with AtomicJsonlWriter(output) as writer:
        for annotated in read(path):
            if annotated.skipped_lines:
                kinds = ", ".join(sorted({kind for _, kind in annotated.skipped_lines}))
                warning = Warnings.W050.format(path=annotated.where, count=len(annotated.skipped_lines), kinds=kinds, line=annotated.skipped_lines[0][0])
                sys.stderr.write(f"claimspan: warning: {warning}\n")
            records = to_records(annotated, where=annotated.where or str(path))
            for record in records:
                writer.write(record.model_dump_json())
            documents += 1
            claims += len(records) - 1
    typer.echo(f"wrote {documents} documents and {claims} claims to {output}")
