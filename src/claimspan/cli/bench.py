"""claimspan bench: throughput, scaling, memory and start-up against the bare model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..bench import run
from ..io import replace_atomically
from .main import app, report_errors
from .paths import output_file, output_path


@app.command("bench")
@report_errors
def bench_cli(
    corpus: Annotated[Path, typer.Option("--corpus", help="Real article text to build the benchmark corpus from.")] = Path("corpus"),
    words: Annotated[int, typer.Option("--words", min=1000, help="Words in the generated corpus.")] = 60_000,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Runs of each measurement, alternating bare and claimspan; the best counts.")] = 3,
    stream_documents: Annotated[int, typer.Option("--stream-docs", min=0, help="Short documents to stream for the flat-memory check (0 to skip).")] = 10_000,
    article: Annotated[Path, typer.Option("--article", help="One article for the time to first output line.")] = Path("corpus/000_f74c9e799bac6eb4.txt"),
    output: Annotated[Path, typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Where to write the results as JSON.")] = Path("reports/bench.json"),
) -> None:
    """Measure words/s of the bare model and of claimspan extract (1 and 2 processes), peak memory, start-up."""
    output = output_file(output, "--output", example="bench.json")
    results = run(corpus, words=words, stream_documents=stream_documents, article=article, repeat=repeat)
    replace_atomically(output, lambda partial: partial.write_text(json.dumps(results, indent=2) + "\n"))
    one, two = results["claimspan_1"], results["claimspan_2"]
    typer.echo(f"best of {repeat} runs each, bare and claimspan alternating, {results['words']} words")
    typer.echo(f"bare model, 1 process:   {results['bare_1']['words_per_second']:.0f} words/s, peak {results['bare_1']['peak_rss_mb']:.0f} MB")
    typer.echo(f"claimspan, 1 process:    {one['words_per_second']:.0f} words/s, peak {one['peak_rss_mb']:.0f} MB  (ratio {results['ratio_1']:.2f}x, memory {results['memory_ratio_1']:.2f}x)")
    typer.echo(f"bare model, 2 processes: {results['bare_2']['words_per_second']:.0f} words/s")
    typer.echo(f"claimspan, 2 processes:  {two['words_per_second']:.0f} words/s, peak per process {two['peak_rss_mb']:.0f} MB  (scaling {results['scaling_2']:.2f}x; this machine's ceiling for two CPU-bound processes: {results['machine_scaling_2']:.2f}x)")
    typer.echo(f"time to first output line: {results['first_line_seconds']:.2f} s")
    for done, megabytes in results.get("stream", []):
        typer.echo(f"  streamed {done} documents: {megabytes:.0f} MB resident")
    typer.echo(f"wrote {output}")
