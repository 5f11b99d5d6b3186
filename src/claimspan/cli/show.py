"""claimspan show: print claims for a person, with the sentence and every marked part."""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from enum import Enum
from typing import Annotated, Iterable, Optional

import typer
from rich.console import Console
from rich.text import Text

from ..convert import check_spans
from ..errors import EMPTY_CLAIMS, ClaimspanError, Errors
from ..io import read_documents
from ..records import Claim
from ..referents import referent_note
from ..records_io import read_records
from .main import app, report_errors

STYLES = {"source": "bold magenta", "cue": "magenta underline", "quote": "green", "hedge": "yellow italic", "actor": "cyan", "date": "blue", "figure": "bold red"}


def render_claim(claim: Claim, source_text: Optional[str] = None) -> Text:
    """The claim with source, quotes, hedges, actors, dates and figures styled, plus a summary.

    With the source text, the whole sentence is shown and the claim's own part is underlined.
    """
    if source_text is not None and claim.sentence is not None:
        start, end = min(claim.sentence.start, claim.start), max(claim.sentence.end, claim.end)
    else:
        start, end = claim.start, claim.end
    body = Text(source_text[start:end] if source_text is not None else claim.text)

    def mark(mark_start: int, mark_end: int, style: str) -> None:
        if start <= mark_start and mark_end <= end:
            body.stylize(style, mark_start - start, mark_end - start)

    if (start, end) != (claim.start, claim.end):
        mark(claim.start, claim.end, "underline")

    for actor in claim.actors:
        mark(actor.start, actor.end, STYLES["actor"])
    for date_mention in claim.dates:
        mark(date_mention.start, date_mention.end, STYLES["date"])
    for figure in claim.figures:
        mark(figure.start, figure.end, STYLES["figure"])
    for quote in claim.quotes:
        mark(quote.start, quote.end, STYLES["quote"])
    for hedge in claim.hedges:
        mark(hedge.start, hedge.end, STYLES["hedge"])
    if claim.source:
        mark(claim.source.start, claim.source.end, STYLES["source"])
        mark(claim.source.cue.start, claim.source.cue.end, STYLES["cue"])
    header = Text(f"{claim.claim_id}  [{claim.type}{' +' + ','.join(claim.flags) if claim.flags else ''}]{'  NEGATED' if claim.negated else ''}{f'  checkworthy {claim.checkworthy:.2f}' if claim.checkworthy is not None else ''}", style="bold")
    lines = [header, body]
    details = []
    if claim.source:
        details.append(f"source: {claim.source.text}{referent_note(claim.source)} [{claim.source.cue.text}]")
    if claim.hedges:
        details.append("hedges: " + ", ".join(hedge.text for hedge in claim.hedges))
    if claim.actors:
        details.append("actors: " + ", ".join(f"{actor.text}={actor.id}" for actor in claim.actors))
    if claim.dates:
        details.append("dates: " + ", ".join(f"{mention.text}={mention.value}{'/' + mention.mod if mention.mod else ''}" for mention in claim.dates))
    if claim.figures:
        details.append("figures: " + ", ".join(f"{figure.text}={_figure_value(figure)} {figure.unit or ''}".rstrip() for figure in claim.figures))
    lines.extend(Text("  " + detail, style="dim") for detail in details)
    return Text("\n").join(lines)


def _figure_value(figure) -> str:
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        return f"{figure.low:g}-{figure.high:g}"
    return f"{figure.value:g}" if figure.value is not None else "?"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1 here; a closed pipe stops every command the same way (cli/main.py: quietly, status 141)
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


class SortKey(str, Enum):
    checkworthy = "checkworthy"


@app.command("show")
@report_errors
def show_cli(
    claims_path: Annotated[Path, typer.Argument(help="Claims JSONL written by claimspan extract.")],
    doc: Annotated[Optional[str], typer.Option("--doc", help="Only this document id.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="At most this many claims.")] = None,
    texts: Annotated[Optional[Path], typer.Option("--texts", help="Source texts (folder or file): show each claim's whole sentence, the claim underlined.")] = None,
    sort: Annotated[Optional[SortKey], typer.Option("--sort", help="Order: 'checkworthy' shows the claims most worth checking first (default: file order).")] = None,
    min_checkworthy: Annotated[Optional[float], typer.Option("--min-checkworthy", min=0.0, max=1.0, help="Only claims with a checkworthy score of at least this.")] = None,
) -> None:
    """Print claims for review: text with source, cue, quotes, hedges, actors, dates and figures marked."""
    # piped into a file or another tool, lines stay whole: rich would wrap them at 80 columns and pad them with spaces
    console = _Console(highlight=False, soft_wrap=not sys.stdout.isatty())
    sources = {document.id: document.text for document in read_documents([str(texts)])} if texts else {}
    selected = select_claims(read_records(claims_path, empty_advice=EMPTY_CLAIMS), doc=doc, min_checkworthy=min_checkworthy, sort=sort.value if sort else None, limit=limit)
    if doc and not selected:
        # a mistyped id would print nothing and look like a document without claims
        known = list(dict.fromkeys(record.doc_id for _, _, record in read_records(claims_path)))
        if doc not in known:
            raise ClaimspanError(Errors.E028.format(path=claims_path, doc_id=doc, known=", ".join(known[:5])))
    if not selected and not doc and min_checkworthy is None:
        _refuse_documents_only(claims_path)
    for file, line_no, record in selected:
        source_text = sources.get(record.doc_id)
        if source_text is not None:
            check_spans(record, source_text, path=file, line=line_no)
        console.print(render_claim(record, source_text))
        console.print()


def _refuse_documents_only(path: Path) -> None:
    """A --docs file passed for the claims would print nothing and exit 0, as if no article had a claim (E047)."""
    documents = 0
    for _, _, record in read_records(path):
        if isinstance(record, Claim):
            return
        documents += 1
    if documents:
        raise ClaimspanError(Errors.E047.format(path=path, count=documents))


def select_claims(records: Iterable, *, doc: Optional[str] = None, min_checkworthy: Optional[float] = None, sort: Optional[str] = None, limit: Optional[int] = None) -> list:
    """The (file, line, claim) triples to show: filtered, then ordered (a stable sort keeps file order among
    equal scores; claims without a score come last), then cut to the limit."""
    chosen = []
    for file, line_no, record in records:
        if not isinstance(record, Claim) or (doc and record.doc_id != doc):
            continue
        if min_checkworthy is not None and (record.checkworthy is None or record.checkworthy < min_checkworthy):
            continue
        chosen.append((file, line_no, record))
        if limit and not sort and len(chosen) >= limit:
            break
    if sort == "checkworthy":
        chosen.sort(key=_worth_first)
    return chosen[:limit] if limit else chosen


def _worth_first(item: tuple) -> tuple[bool, float]:
    score = item[2].checkworthy
    return score is None, -(score or 0.0)
