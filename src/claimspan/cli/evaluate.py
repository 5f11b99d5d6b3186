"""claimspan evaluate: regenerate the evaluation report (gold corpus and public benchmarks)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..io import AtomicJsonlWriter
from ..loader import load
from .main import app, report_errors
from ..errors import ClaimspanError, Errors
from .paths import ARTICLE_NAMES, FolderInput, output_file, output_path


@app.command("evaluate")
@report_errors
def evaluate_cli(
    gold: Annotated[Path, typer.Option("--gold", help="Gold records folder.")] = Path("annotations"),
    texts: Annotated[Path, typer.Option("--texts", help="Source texts of the gold.")] = Path("corpus"),
    timeml: Annotated[Optional[Path], typer.Option("--timeml", help="Folder of TimeML .tml files (TempEval-3 AQUAINT).")] = None,
    meantime: Annotated[Optional[Path], typer.Option("--meantime", help="MEANTIME folder (topic folders of <doc>.json).")] = None,
    polnear: Annotated[Optional[Path], typer.Option("--polnear", help="PolNeAR split folder (text/ and attributions/), e.g. PolNeAR/data/dev.")] = None,
    checkworthy: Annotated[Optional[Path], typer.Option("--checkworthy", help="Folder with claimbuster_dev.jsonl and the CLEF-2019 CSV: adds the check-worthiness section (several minutes).")] = None,
    wwn: Annotated[Optional[Path], typer.Option("--wwn", help="Worldwide-Newswire dev folder (original_articles/, processed_annotated/, regions.txt).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Markdown report to write.")] = Path("reports/evaluation.md"),
) -> None:
    """Score the pipeline on the gold corpus and, given their paths, on TimeML, MEANTIME, PolNeAR, Worldwide-Newswire and the check-worthiness data."""
    # imported here, not at the top: it loads scipy (through training.linear), which every other command,
    # `claimspan extract` among them, would otherwise carry (about 40 MB of resident memory)
    from ..evaluation.report import evaluate, to_markdown

    _check_folders(gold, texts, {"--timeml": timeml, "--meantime": meantime, "--polnear": polnear, "--checkworthy": checkworthy, "--wwn": wwn})
    # the scores go beside the report as OUTPUT.json: both are checked before the work, against every input
    inputs = [FolderInput(gold, ("*.jsonl",)), FolderInput(texts, ARTICLE_NAMES), *(FolderInput(folder) for folder in (timeml, meantime, polnear, checkworthy, wwn))]
    output = output_file(output, "--output", example="evaluation.md", inputs=inputs)
    if output.suffix == ".json":
        raise ClaimspanError(Errors.E050.format(option="--output", value=output, reason="the scores are written beside the report as the same name with .json, and would replace it", what="a Markdown file", example=output.with_suffix(".md")))
    output_file(output.with_suffix(".json"), "--output", example="evaluation.md", inputs=inputs)
    results = evaluate(load(), gold=gold, texts=texts, timeml=timeml, meantime=meantime, polnear=polnear, wwn=wwn, checkworthy=checkworthy)
    with AtomicJsonlWriter(output) as writer:
        writer.write(to_markdown(results).rstrip("\n"))
    public = {**results, "gold": {key: value for key, value in results["gold"].items() if not key.startswith("_")}}
    with AtomicJsonlWriter(output.with_suffix(".json")) as writer:
        writer.write(json.dumps(public, indent=2))
    typer.echo(f"wrote {output} and {output.with_suffix('.json')}")


DEFAULT_FOLDERS = {"--gold": (Path("annotations"), "the repository's gold records"), "--texts": (Path("corpus"), "the repository's articles")}
BENCHMARK_CONTENTS = {
    "--gold": "the gold .jsonl records",
    "--texts": "the gold's source texts",
    "--timeml": "the TimeML .tml files",
    "--meantime": "MEANTIME's topic folders",
    "--polnear": "a PolNeAR split (text/ and attributions/)",
    "--checkworthy": "claimbuster_dev.jsonl and the CLEF-2019 CSV",
    "--wwn": "original_articles/, processed_annotated/ and regions.txt",
}


def _check_folders(gold: Path, texts: Path, benchmarks: dict[str, Optional[Path]]) -> None:
    """A folder that is not there, named before any work: a default one means evaluate runs outside the repository
    (E063), a given one a wrong path (E062)."""
    for option, folder in {"--gold": gold, "--texts": texts, **benchmarks}.items():
        if folder is None or folder.exists():
            continue
        default, what = DEFAULT_FOLDERS.get(option, (None, ""))
        if folder == default:
            raise ClaimspanError(Errors.E063.format(path=folder, option=option, what=what))
        raise ClaimspanError(Errors.E062.format(path=folder, option=option, what=BENCHMARK_CONTENTS[option]))
