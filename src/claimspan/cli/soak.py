"""claimspan soak: extract --skip-bad over whole corpora, with failures by stage and error class and throughput."""

from __future__ import annotations

import json
import sys
from itertools import islice
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ClaimspanError, Errors
from ..evaluation.layout import check_layout
from ..evaluation.layout import to_markdown as layout_markdown
from ..loader import load_cached
from ..runner import Failure
from ..soak import corpus_documents, soak_corpus, to_markdown
from ..io import replace_atomically
from .main import app, report_errors
from .paths import output_file, output_folder, output_path


@app.command("soak")
@report_errors
def soak_cli(
    paths: Annotated[list[Path], typer.Argument(help="Corpus folders: inputs (.txt/.jsonl), Worldwide-Newswire, PolNeAR, TimeML, MEANTIME, ClaimBuster/CLEF.")],
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per batch.")] = 16,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Also write each corpus's document and claim records into this folder.")] = None,
    json_path: Annotated[Optional[Path], typer.Option("--json", parser=output_path, metavar="<path>", help="Write the summary as JSON to this file.")] = None,
    layout: Annotated[int, typer.Option("--layout", min=0, help="Also check layout independence on the first N documents of each corpus (each sentence run in 6 layouts: slow).")] = 0,
) -> None:
    """Run every document of the corpora as extract --skip-bad does; report documents, failures and throughput (exit 1 on any failure)."""
    missing = [path for path in paths if not path.exists()]
    if missing:
        raise ClaimspanError(Errors.E001.format(path=missing[0]))
    json_path = output_file(json_path, "--json", example="soak.json", inputs=paths)
    output_folder(output, "--output", inputs=paths)
    nlp = load_cached()

    def report(failure: Failure) -> None:
        sys.stderr.write(f"claimspan: skipped: {failure.describe()}\n")

    runs = []
    for path in paths:
        run = soak_corpus(nlp, path, batch_size=batch_size, n_process=n_process, output_dir=output, on_failure=report).summary()
        sys.stderr.write(f"claimspan: {run['corpus']}: {run['documents']} documents, {run['failed']} failed, {run['seconds']} s\n")
        runs.append(run)
    typer.echo("\n".join(to_markdown(runs)))
    layout_differs = False
    for path in paths if layout else ():
        result = check_layout(nlp, islice((document for document in corpus_documents(path)[1] if document.text.strip()), layout))
        typer.echo(f"\n{path.name}: " + "\n".join(layout_markdown(result)))
        for run in runs:
            run["layout"] = result if run["corpus"] == path.name else run.get("layout")
        layout_differs = layout_differs or bool(result["differences"])
    if json_path is not None:
        replace_atomically(json_path, lambda partial: partial.write_text(json.dumps(runs, indent=2) + "\n"))
    if layout_differs or any(run["failed"] or run["invalid_records"] for run in runs):
        raise typer.Exit(code=1)
