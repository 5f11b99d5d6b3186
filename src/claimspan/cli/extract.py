"""claimspan extract: articles in, claims (and document records) out as JSONL."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..convert import text_sha256
from ..datelines import dateline_date
from ..errors import ClaimspanError, Errors, Warnings
from ..io import read_documents
from ..job import job_fingerprint
from ..loader import load_cached
from ..outputs import RunOutputs
from ..runner import DocumentFailed, Failure, extract
from .main import app, report_errors
from .paths import check_apart, file_target, output_folder, output_path

DATE_ORDERS = ("DMY", "MDY", "YMD")


def parse_published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ClaimspanError(Errors.E009.format(value=value)) from error


def parse_date_order(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if value.upper() not in DATE_ORDERS:
        raise ClaimspanError(Errors.E015.format(value=value))
    return value.upper()


@app.command("extract")
@report_errors
def extract_cli(
    paths: Annotated[list[str], typer.Argument(help=".txt files (with optional NAME.json sidecar), .jsonl files of {id, text, meta}, folders of them, or - for stdin.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", parser=output_path, metavar="<path>", help="Claims JSONL file; stdout when left out or '-'.")] = None,
    docs: Annotated[Optional[Path], typer.Option("--docs", parser=output_path, metavar="<path>", help="Also write one document record per article (sentences, actors, dates, figures) to this file.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD: the anchor for relative dates, overriding metadata.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Worker processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 16,
    resume: Annotated[bool, typer.Option("--resume", help="Skip documents an interrupted earlier run with the same outputs already wrote (by id and text hash).")] = False,
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help="Report a bad document on stderr and go on with the rest (exit 1 at the end) instead of stopping before any output.")] = False,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Refuse documents longer than this many characters (spaCy's parser needs about 1 GB per 100,000 characters).")] = 1_000_000,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Dask scheduler address (tcp://HOST:PORT): run on the cluster and write parts plus a manifest into --output, a folder.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Documents per Dask partition.")] = 100,
    date_order: Annotated[Optional[str], typer.Option("--date-order", help="How the sources write ambiguous numeric dates like 05/07/2022 when the document's other dates do not tell: DMY, MDY or YMD (overrides the metadata's date_order). Left out, such dates stay underspecified.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Print the Python traceback of a document that fails inside the pipeline.")] = False,
) -> None:
    """Extract claims, actors, dates and figures from articles, with character offsets into the source."""
    anchor = parse_published(published)
    order = parse_date_order(date_order)
    if dask:
        output_folder(output, "--output")  # --dask writes a folder of parts
    else:
        output = file_target(output, "--output", example="claims.jsonl", stdout=True)
    docs = file_target(docs, "--docs", example="docs.jsonl")
    if output is not None and docs is not None:
        check_apart(output, docs)
    if resume and output is None and not dask:
        sys.stderr.write(f"claimspan: warning: {Warnings.W041}\n")
    failures: list[object] = []

    def report_skip(error: ClaimspanError) -> None:
        failures.append(error)
        sys.stderr.write(f"claimspan: skipped: {error}\n")

    def report_failure(failure: Failure) -> None:
        # one document failed inside the pipeline: only it is lost (or, without --skip-bad, the run stops cleanly)
        if debug:
            sys.stderr.write(failure.traceback)
        if not skip_bad:
            raise DocumentFailed(failure)
        failures.append(failure)
        sys.stderr.write(f"claimspan: skipped: {failure.describe()}\n")

    skipped: set[Path] = set()

    def report_earlier_output(path: Path) -> None:
        # both passes over the inputs list the folders: warn once per file
        if path not in skipped:
            skipped.add(path)
            sys.stderr.write(f"claimspan: warning: {Warnings.W040.format(path=path)}\n")

    stdin_data = sys.stdin.buffer.read() if "-" in paths else None
    outputs = RunOutputs(output, docs, resume=resume, job=job_fingerprint(published=anchor, date_order=order))
    written_files = outputs.files() if not dask else frozenset()
    total = None
    if not skip_bad or (not dask and outputs.finished()):
        # A first pass checks every input (streaming, nothing kept) so a bad file stops the run
        # before any output is written, and a resume of another job (changed or missing documents) is refused
        # before the earlier outputs are touched. With --skip-bad the bad documents are reported by the run itself;
        # a finished document that can no longer be read counts as missing.
        first_pass = read_documents(paths, max_chars=max_chars, stdin=_bytes_stream(stdin_data), outputs=written_files, on_error=_ignore if skip_bad else None, on_skip=report_earlier_output)
        count = outputs.check_same_job(first_pass) if not dask else sum(1 for _ in first_pass)
        total = None if skip_bad else count
    if dask:
        on_error = report_skip if skip_bad else None
        written = _run_dask(dask, paths, output, stdin_data=stdin_data, max_chars=max_chars, published=anchor, date_order=order, partition_size=partition_size, on_error=on_error, on_failure=report_failure)
        _finish(failures, written)
        return
    # the pipeline loads before any output opens: a broken install stops the run with nothing written
    nlp = load_cached()
    nlp.max_length = max(nlp.max_length, max_chars)
    outputs.open()
    documents = read_documents(paths, max_chars=max_chars, on_error=report_skip if skip_bad else None, stdin=_bytes_stream(stdin_data), outputs=written_files, on_skip=report_earlier_output)
    undated: list[str] = []

    def note_anchor(document):
        if anchor is None and document.meta.published is None and dateline_date(document.text) is None:
            undated.append(document.id)
        return document

    pending = (note_anchor(document) for document in documents if not outputs.is_done(document.id, text_sha256(document.text)))
    written = 0
    try:
        with _progress(total) as advance:
            for extraction in extract(nlp, pending, published=anchor, date_order=order, batch_size=batch_size, n_process=n_process, on_failure=report_failure):
                outputs.write(extraction)
                written += 1
                advance()
    except KeyboardInterrupt:
        _report_interrupt(outputs, output)
        raise
    except BaseException:
        outputs.close_keeping_partial()
        raise
    outputs.commit()
    if undated:
        # one warning for the run, not one per document
        sys.stderr.write(f"claimspan: warning: {Warnings.W001.format(count=len(undated), doc_id=undated[0])}\n")
    _finish(failures, written)


def _finish(failures: list, written: int) -> None:
    if failures:
        sys.stderr.write(f"claimspan: error: {Errors.E401.format(count=len(failures), total=len(failures) + written)}\n")
        raise typer.Exit(code=1)


def _report_interrupt(outputs: RunOutputs, output: Optional[Path]) -> None:
    """Ctrl-C or SIGTERM: one line saying what became of the outputs (W008 kept for --resume, W009 removed)."""
    kept = outputs.close_keeping_partial()
    targets = ", ".join(str(path) for path in outputs.targets.values())
    if kept:
        partials = " and ".join(str(outputs.partial(name)) for name in outputs.targets)
        message = Warnings.W008.format(count=kept, path=targets, partial=partials, manifest=outputs.manifest)
    elif targets:
        reason = "the claims went to stdout, which cannot be continued" if output is None else "no document was finished"
        message = Warnings.W009.format(path=targets, reason=reason)
    else:
        # claims on stdout and no --docs: no file was opened, but the user still learns the stdout claims stop short
        message = Warnings.W009.format(path="none; the claims on stdout stop at the last finished document", reason="stdout cannot be continued")
    sys.stderr.write(f"claimspan: warning: {message}\n")


def _ignore(error: ClaimspanError) -> None:
    """Bad documents are reported once, by the pass that extracts."""


def _bytes_stream(data: Optional[bytes]):
    import io

    return io.BytesIO(data) if data is not None else None


def _run_dask(address: str, paths: list[str], output: Optional[Path], *, stdin_data, max_chars, published, date_order, partition_size: int, on_error, on_failure) -> int:
    try:
        from distributed import Client
    except ImportError as error:
        raise ClaimspanError(Errors.E206.format(detail=error)) from error
    from ..dask_runner import run_on_dask

    if output is None:
        raise ClaimspanError(Errors.E014)
    try:
        client = Client(address)
    except OSError as error:  # a refused or timed-out connection (TimeoutError is an OSError)
        detail = (str(error).splitlines() or [type(error).__name__])[0]
        raise ClaimspanError(Errors.E044.format(address=address, detail=detail)) from error
    with client:
        documents = read_documents(paths, max_chars=max_chars, stdin=_bytes_stream(stdin_data), on_error=on_error)
        manifest = run_on_dask(client, documents, output, partition_size=partition_size, published=published, date_order=date_order, on_failure=on_failure)
    sys.stderr.write(f"claimspan: {manifest['documents']} documents, {manifest['claims']} claims in {len(manifest['partitions'])} parts under {output}\n")
    return manifest["documents"]


@contextmanager
def _progress(total: Optional[int]):
    """A progress bar on stderr when it is a terminal and there are several documents; silence otherwise."""
    if not sys.stderr.isatty() or (total is not None and total < 2):
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("extracting", total=total)
        yield lambda: progress.advance(task)
