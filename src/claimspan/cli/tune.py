"""claimspan tune: scores on the benchmark parts that rules may be tuned on, with the errors listed for reading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Iterable, Optional

import typer

from ..errors import ClaimspanError, Errors
from ..io import replace_atomically
from ..loader import load
from .main import app, report_errors
from .paths import FolderInput, output_file, output_path

tune_app = typer.Typer(
    name="tune",
    no_args_is_help=True,
    help="Score the tuning parts of PolNeAR (a train sample) and Worldwide-Newswire (the tuning part), listing the errors to read; check the repository holds no text of those corpora. Never point these at a split you report.",
)
app.add_typer(tune_app)


@tune_app.command("polnear")
@report_errors
def tune_polnear_cli(
    data: Annotated[Path, typer.Option("--data", help="PolNeAR train split folder (text/ and attributions/).")],
    sample: Annotated[int, typer.Option("--sample", min=1, help="How many articles to draw.")] = 250,
    seed: Annotated[int, typer.Option("--seed", help="Which draw: a new seed for finding a class, another to confirm it.")] = 7,
    misses: Annotated[Optional[Path], typer.Option("--misses", parser=output_path, metavar="<path>", help="Write the missed gold attributions here, for reading (they quote PolNeAR text: keep the file out of the repository).")] = None,
    cue_errors: Annotated[Optional[Path], typer.Option("--cue-errors", parser=output_path, metavar="<path>", help="Print the false and missed cues counted by class, and write each here as kind, class, article id and offsets (no text).")] = None,
) -> None:
    """Source recall by cue class, source precision and span scores on a seeded sample of PolNeAR train."""
    import spacy

    from ..evaluation.cue_errors import cue_error_counts, cue_error_lines, find_cue_errors
    from ..evaluation.polnear import claimspan_predictions, gold_cue_classes, score_attributions
    from ..evaluation.polnear_data import read_polnear
    from ..evaluation.tuning import polnear_misses, polnear_sample
    from ..loader import MODEL_PACKAGE

    _require_folder(data, "--data", "a PolNeAR split (text/ and attributions/)")
    misses = output_file(misses, "--misses", example="misses.txt", inputs=[FolderInput(data)])
    cue_errors = output_file(cue_errors, "--cue-errors", example="cue_errors.tsv", inputs=[FolderInput(data)])
    articles = polnear_sample(read_polnear(data), sample, seed)
    nlp = load()
    bare = spacy.load(MODEL_PACKAGE)
    # one parse of the articles serves the cue classes and the cue errors
    bare_docs = list(bare.pipe(article.text for article in articles)) if cue_errors else None
    classes = gold_cue_classes(bare, articles, bare_docs)
    predictions = claimspan_predictions(nlp, articles)
    results = score_attributions(articles, predictions, classes)
    typer.echo(json.dumps(results, indent=1))
    if cue_errors and bare_docs is not None:
        errors = list(find_cue_errors(articles, bare_docs, predictions, nlp.get_pipe("claimspan_claims").cues))
        typer.echo(json.dumps({"cue errors (kind: class: count)": cue_error_counts(errors)}, indent=1))
        _write_lines(cue_errors, cue_error_lines(errors))
        typer.echo(f"wrote {cue_errors}")
    if misses:
        _write_lines(misses, polnear_misses(articles, predictions, classes))
        typer.echo(f"wrote {misses}")


@tune_app.command("wwn")
@report_errors
def tune_wwn_cli(
    data: Annotated[Path, typer.Option("--data", help="Worldwide-Newswire dev folder (original_articles/, processed_annotated/, regions.txt).")],
    half: Annotated[Optional[str], typer.Option("--half", help="A or B: one fixed half of the tuning part (find a class on A, confirm it on B).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", parser=output_path, metavar="<path>", help="Write the false actors and the missed entities here, for reading (they quote the articles: keep the file out of the repository).")] = None,
    types: Annotated[bool, typer.Option("--types", help="Also print each actor type against the gold label it overlaps (the scores ignore types), and list the type errors in --errors.")] = False,
) -> None:
    """Actor recall and precision, claimspan beside the bare model, on the tuning part of Worldwide-Newswire dev."""
    import spacy

    from ..evaluation.tuning import HALVES, wwn_actor_docs, wwn_errors, wwn_tuning_documents, wwn_type_confusion
    from ..evaluation.wwn import read_wwn, score_wwn
    from ..loader import MODEL_PACKAGE

    if half is not None and half not in HALVES:
        raise ClaimspanError(Errors.E050.format(option="--half", value=half, reason="the tuning part has two halves", what="A or B", example="A"))
    _require_folder(data, "--data", "original_articles/, processed_annotated/ and regions.txt")
    errors = output_file(errors, "--errors", example="errors.txt", inputs=[FolderInput(data)])
    documents = wwn_tuning_documents(list(read_wwn(data)), half)
    nlp = load()
    results = score_wwn(nlp, spacy.load(MODEL_PACKAGE), documents)
    typer.echo(json.dumps(results.get("total"), indent=1))
    # one pass through the actor stage serves both the type table and the error list
    actor_docs = list(wwn_actor_docs(nlp, documents)) if types or errors else []
    if types:
        found = ((document, [(span.start_char, span.end_char, span.label_) for span in doc.spans.get("actors", [])]) for document, doc in actor_docs)
        typer.echo(json.dumps({"types (actor type: gold label of the entity it overlaps most)": wwn_type_confusion(found)}, indent=1))
    if errors:
        _write_lines(errors, wwn_errors(actor_docs, types=types))
        typer.echo(f"wrote {errors}")


@tune_app.command("copies")
@report_errors
def tune_copies_cli(
    corpus: Annotated[list[Path], typer.Option("--corpus", help="A folder of a corpus whose text must stay out of the repository (repeat the option for several).")],
    repository: Annotated[Path, typer.Option("--repository", help="The repository to check.")] = Path("."),
    words: Annotated[int, typer.Option("--words", min=4, help="How many words in a row count as copied.")] = 8,
) -> None:
    """Every run of --words words a repository file shares with the corpora, as file:line: words (exit 1 if any).
    Official titles and stock phrases turn up too: read each one and rewrite what was taken from an article."""
    from ..evaluation.copies import copied_runs, corpus_runs, repository_files

    for folder in corpus:
        _require_folder(folder, "--corpus", "the corpus texts")
    _require_folder(repository, "--repository", "the repository to check")
    found = list(copied_runs(repository_files(repository), corpus_runs(corpus, words), words))
    for run in found:
        typer.echo(str(run))
    typer.echo(f"{len(found)} run(s) of {words} words also stand in the corpora", err=True)
    if found:
        raise typer.Exit(1)


def _require_folder(folder: Path, option: str, contents: str) -> None:
    if not folder.is_dir():
        raise ClaimspanError(Errors.E062.format(option=option, path=folder, what=contents))


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    def write(partial: Path) -> None:
        with partial.open("w", encoding="utf-8") as out:
            out.writelines(lines)

    replace_atomically(path, write)
