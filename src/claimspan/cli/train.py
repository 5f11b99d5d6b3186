"""claimspan train: retrain a learned stage from public development data."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..loader import load, pipeline_dir
from .main import app, report_errors
from .paths import output_file, output_path

train_app = typer.Typer(name="train", no_args_is_help=True, help="Retrain a learned stage (check-worthiness, attribution) from its development data.")
app.add_typer(train_app)


@train_app.command("checkworthy")
@report_errors
def train_checkworthy_cli(
    data: Annotated[Path, typer.Option("--data", help="Folder with claimbuster_dev.jsonl and clef2019_checkthat_task1_train.csv.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Model file to write; defaults to the shipped pipeline/checkworthy/model.json.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Training settings; defaults to pipeline/checkworthy.cfg.")] = None,
) -> None:
    """Fit the check-worthiness heads (deterministic: the same data gives the same file)."""
    # imported when the command runs: training loads scipy, which `claimspan extract` need not carry (evaluate.py)
    from ..training.checkworthy import TrainingSettings, train, write_model

    output = output_file(output, "--output", example="model.json", inputs=[data, config])
    settings = TrainingSettings.from_config(config or pipeline_dir() / "checkworthy.cfg")
    # features come from the stages before claimspan_checkworthy; the old model is not needed
    nlp = load(overrides={"initialize.components.claimspan_checkworthy.model_path": None})
    target = output or pipeline_dir() / "checkworthy" / "model.json"
    write_model(train(nlp, data, settings), target)
    typer.echo(f"wrote {target}")


@train_app.command("attribution")
@report_errors
def train_attribution_cli(
    data: Annotated[Path, typer.Option("--data", help="PolNeAR train split folder (text/ and attributions/), e.g. PolNeAR/data/train.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Model file to write; defaults to the shipped pipeline/attribution/model.json.")] = None,
) -> None:
    """Fit the attribution tagger (GUIDELINES R55) on PolNeAR train (deterministic: the same data gives the same file; needs python-crfsuite, from the polnear extra)."""
    from ..training import attribution

    output = output_file(output, "--output", example="model.json", inputs=[data])

    # the stages before claimspan_claims give the features; the old model is not needed
    nlp = load(overrides={"initialize.components.claimspan_claims.tagger_path": None})
    target = output or pipeline_dir() / "attribution" / "model.json"
    with tempfile.TemporaryDirectory() as workdir:
        model = attribution.train(nlp, data, Path(workdir))
    attribution.write_model(model, target)
    typer.echo(f"wrote {target}")
