"""claimspan score and claimspan validate: check records against gold and against their sources."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..convert import check_spans, text_sha256
from ..errors import ClaimspanError, Errors, Warnings
from ..claim_consistency import crossing_problem, mention_index, mention_problem, sentence_problem
from ..io import read_documents
from ..records import Claim, DocumentRecord
from ..record_checks import figure_bounds_problem, is_timex3_value
from ..records_io import read_records
from ..scoring import CATEGORIES, score
from .main import app, report_errors

TextsOption = Annotated[Optional[list[Path]], typer.Option("--texts", metavar="PATH", help="Source texts: a folder of .txt (+ .json sidecars) or .jsonl inputs; repeat it for several. Default: corpus (the repository's articles).")]
DEFAULT_TEXTS = Path("corpus")


def source_texts(paths: Optional[list[Path]]) -> dict[str, str]:
    if not paths:
        if not DEFAULT_TEXTS.exists():
            # the user never typed 'corpus': say where it came from
            raise ClaimspanError(Errors.E029.format(path=DEFAULT_TEXTS))
        paths = [DEFAULT_TEXTS]
    return {document.id: document.text for document in read_documents([str(path) for path in paths])}


def format_report(report: dict, *, diff: bool) -> str:
    missing = report["missing_predictions"]
    lines = [f"documents scored: {len(report['documents'])}" + (f" of {len(report['documents']) + len(missing)} in the gold; recall counts only these (no predictions for: {', '.join(missing)})" if missing else "")]
    lines.append(f"{'category':<10} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}  {'macro F1':>8}  attributes (on overlap matches)")
    for name in CATEGORIES:
        summary = report["categories"][name]
        exact, overlap = summary["exact"], summary["overlap"]
        macro = summary["macro_f1_overlap"]
        attributes = ", ".join(f"{key} {value:.3f}" for key, value in summary.get("attribute_accuracy", {}).items())
        lines.append(
            f"{name:<10} {exact['precision']:>8.3f} {exact['recall']:>6.3f} {exact['f1']:>6.3f}   {overlap['precision']:>9.3f} {overlap['recall']:>6.3f} {overlap['f1']:>6.3f}  {'-' if macro is None else f'{macro:.3f}':>8}  {attributes}"
        )
    if diff:
        for name in CATEGORIES:
            result = report["_results"][name]
            for doc_id, item in result.misses:
                lines.append(f"MISS   {name:<9} {doc_id} [{item.start}:{item.end}] {item.text!r}")
            for doc_id, item in result.false_hits:
                lines.append(f"FALSE  {name:<9} {doc_id} [{item.start}:{item.end}] {item.text!r}")
            for doc_id, item, expected, actual in result.wrong_attributes:
                lines.append(f"WRONG  {name:<9} {doc_id} [{item.start}:{item.end}] {item.text!r}: gold {expected[1:]} predicted {actual[1:]}")
    return "\n".join(lines)


@app.command("score")
@report_errors
def score_cli(
    gold: Annotated[Path, typer.Option("--gold", help="Gold records: a .jsonl file or a folder of them.")],
    pred: Annotated[Path, typer.Option("--pred", help="Predicted records (document and claim lines), file or folder.")],
    texts: TextsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="List misses, false hits and wrong attributes with their text.")] = False,
) -> None:
    """Precision, recall and F1 per category (exact and overlap match), with attribute accuracies."""
    report = score(gold, pred, source_texts(texts))
    if report["predictions_without_document"] == report["documents"]:
        sys.stderr.write(f"claimspan: warning: {Warnings.W002.format(path=pred)}\n")
    if report["missing_predictions"]:
        missing = report["missing_predictions"]
        sys.stderr.write(f"claimspan: warning: {Warnings.W005.format(count=len(missing), total=len(missing) + len(report['documents']), doc_id=missing[0], scored=len(report['documents']))}\n")
    if report["predictions_not_in_gold"]:
        outside = report["predictions_not_in_gold"]
        sys.stderr.write(f"claimspan: warning: {Warnings.W006.format(count=len(outside), doc_id=outside[0])}\n")
    if as_json:
        public = {key: value for key, value in report.items() if not key.startswith("_")}
        typer.echo(json.dumps(public, indent=2))
    else:
        typer.echo(format_report(report, diff=diff))


@app.command("validate")
@report_errors
def validate_cli(
    path: Annotated[Path, typer.Argument(help="A records file or folder (document and claim lines).")],
    texts: TextsOption = None,
) -> None:
    """Check records against the schema and every span against its source text."""
    sources = source_texts(texts)
    count = 0
    seen: dict[str, int] = {}
    sentences: dict[str, tuple[Path, int, frozenset[tuple[int, int]]]] = {}
    claim_sentences: list[tuple[Path, int, Claim]] = []
    claims: list[tuple[Path, int, Claim]] = []
    documents: dict[str, tuple[Path, int, dict]] = {}
    for file, line_no, record in read_records(path):
        text = sources.get(record.doc_id)
        if text is None:
            raise ClaimspanError(Errors.E104.format(path=file, line=line_no, doc_id=record.doc_id))
        if isinstance(record, DocumentRecord) and record.text_sha256 != text_sha256(text):
            raise ClaimspanError(Errors.E103.format(path=file, line=line_no, recorded=record.text_sha256, actual=text_sha256(text)))
        check_spans(record, text, path=file, line=line_no)
        check_values(record, path=file, line=line_no)
        problem = crossing_problem(record)
        if problem is not None:
            raise ClaimspanError(Errors.E061.format(path=file, line=line_no, problem=problem))
        if isinstance(record, DocumentRecord):
            documents[record.doc_id] = (file, line_no, mention_index(record))
            if record.sentences:  # exported review gold leaves the unreviewed sentence layer empty (GUIDELINES R80)
                sentences[record.doc_id] = (file, line_no, frozenset((sentence.start, sentence.end) for sentence in record.sentences))
        else:
            # a claim keeps its id when a reviewer moves its span (review/), so the id is not checked against the
            # offsets; it must be unique
            if record.claim_id in seen:
                raise ClaimspanError(Errors.E107.format(path=file, line=line_no, claim_id=record.claim_id, first=seen[record.claim_id]))
            seen[record.claim_id] = line_no
            claims.append((file, line_no, record))
            if record.sentence is not None:
                # the document record may come later (docs.jsonl sorts after claims.jsonl in a folder)
                claim_sentences.append((file, line_no, record))
        count += 1
    for file, line_no, claim in claim_sentences:
        if claim.doc_id in sentences and (claim.sentence.start, claim.sentence.end) not in sentences[claim.doc_id][2]:
            doc_file, doc_line, _ = sentences[claim.doc_id]
            raise ClaimspanError(Errors.E027.format(path=file, line=line_no, claim_id=claim.claim_id, start=claim.sentence.start, end=claim.sentence.end, doc_id=claim.doc_id, where=f"{doc_file}:{doc_line}"))
    check_claims_against_documents(claims, documents)
    typer.echo(f"{path}: {count} records valid")


def check_claims_against_documents(claims: list[tuple[Path, int, Claim]], documents: dict[str, tuple[Path, int, dict]]) -> None:
    """A claim outside its own sentence (E045), or a claim mention that says otherwise than the document record's
    mention on the same span (E046): the claim and the document would tell a reader two things."""
    for file, line_no, claim in claims:
        problem = sentence_problem(claim)
        if problem is not None:
            raise ClaimspanError(Errors.E045.format(path=file, line=line_no, claim_id=claim.claim_id, problem=problem))
        if claim.doc_id in documents:
            doc_file, doc_line, index = documents[claim.doc_id]
            problem = mention_problem(claim, index)
            if problem is not None:
                raise ClaimspanError(Errors.E046.format(path=file, line=line_no, claim_id=claim.claim_id, problem=problem, where=f"{doc_file}:{doc_line}"))


def check_values(record, *, path: Path, line: int) -> None:
    """Refuse date values that are no TIMEX3 value or no calendar day (E108) and figures outside their bounds (E026)."""
    for mention in record.dates:
        if not is_timex3_value(mention.value) or not _calendar_value(mention.value):
            raise ClaimspanError(Errors.E108.format(path=path, line=line, text=mention.text, value=mention.value))
    for figure in record.figures:
        problem = figure_bounds_problem(figure)
        if problem is not None:
            raise ClaimspanError(Errors.E026.format(path=path, line=line, text=figure.text, problem=problem))


CALENDAR_DAY = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?(?=$|T)")


def _calendar_value(value: str) -> bool:
    """A TIMEX3 value whose year, month and day are all written is a real day ("2024-13-45" is not); values with X,
    weeks, quarters, seasons and durations are left to the schema."""
    match = CALENDAR_DAY.match(value)
    if match is None:
        return True
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True
