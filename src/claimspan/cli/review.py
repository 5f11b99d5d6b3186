"""claimspan review: the local review web app, and --export-gold to turn its decisions into gold files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ClaimspanError, Errors, Warnings
from ..outputs import check_target
from .main import app, report_errors
from .paths import file_target, output_folder, output_path


@app.command("review")
@report_errors
def review_cli(
    paths: Annotated[list[str], typer.Argument(help="The article texts, as extract takes them (.txt files, .jsonl files or folders).")],
    claims: Annotated[Path, typer.Option("--claims", help="Claims JSONL written by extract (-o).")],
    docs: Annotated[Optional[Path], typer.Option("--docs", help="Document records JSONL written by extract (--docs): actors, dates, figures.")] = None,
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold records (file or folder) to diff the predictions against.")] = None,
    decisions: Annotated[Optional[Path], typer.Option("--decisions", parser=output_path, metavar="<path>", help="Decisions JSONL: appended to on every decision, replayed at start.")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind; the default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to serve on.")] = 8765,
    export_gold: Annotated[Optional[Path], typer.Option("--export-gold", help="Write the accepted claims, as corrected, as gold files in this folder and exit.")] = None,
) -> None:
    """Review claims in the browser: the article with its spans, the gold diff, and decisions that become gold."""
    try:
        import uvicorn

        from ..review.app import allowed_hosts, create_app
    except ImportError as error:
        raise ClaimspanError(Errors.E036.format(detail=error)) from error
    from ..review.gold_files import write_gold
    from ..review.session import ReviewSession

    decisions = file_target(decisions, "--decisions", example="decisions.jsonl")
    if decisions is not None:
        check_target(decisions.resolve() if decisions.is_symlink() else decisions)  # appended to on every decision (E018)
    if export_gold is not None and decisions is None:
        raise ClaimspanError(Errors.E031)
    output_folder(export_gold, "--export-gold")
    session = ReviewSession.load(paths, claims=claims, docs=docs, gold=gold, decisions=decisions)
    if session.log.torn_lines:
        typer.echo(f"{decisions}: skipped a torn last line (a decision the server never confirmed)", err=True)
    if session.stale_decisions:
        typer.echo(f"{decisions}: skipped {session.stale_decisions} decisions on claims that are not in {claims}", err=True)
    if export_gold is not None:
        # the folder is made even with nothing to export, so what follows (validate, ls, a script) finds it
        export_gold.mkdir(parents=True, exist_ok=True)
        written = write_gold(session, export_gold)
        for doc_id, path, count in written:
            typer.echo(f"{path}: {doc_id}, {count} accepted claims")
        typer.echo(f"wrote {len(written)} gold files to {export_gold}")
        if not written:
            typer.echo(f"claimspan: warning: {Warnings.W007.format(path=decisions)}", err=True)
        return
    typer.echo(f"claimspan review: {len(session.documents)} documents, {len(session.claims)} claims; open http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(create_app(session, hosts=allowed_hosts(host)), host=host, port=port, log_level="warning")
