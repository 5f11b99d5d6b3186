"""The soak: extract over whole corpora the way a user runs it, counting what fails (a maintainer's check, not CI).

Each corpus folder is read by the reader its layout calls for: a folder of .txt/.jsonl inputs, the
Worldwide-Newswire articles, PolNeAR (with its metadata), TimeML and MEANTIME (evaluation readers),
the ClaimBuster sentences and the CLEF CheckThat! debate lines. Every document goes through the
pipeline with a failure handler (extract --skip-bad), and every record it gives is checked against
its text as `claimspan validate` does.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from spacy.language import Language

from .convert import check_spans
from .errors import ClaimspanError
from .evaluation.benchmark_data import read_meantime, read_timeml
from .io import AtomicJsonlWriter, read_documents
from .records import InputDocument, SourceMeta
from .runner import Failure, extract

# The failures listed in full in the summary; the rest are only counted.
LISTED_FAILURES = 20


@dataclass
class CorpusRun:
    """What one corpus gave: counts, failures by stage and error class, time."""

    name: str
    kind: str
    documents: int = 0
    failed: int = 0
    empty: int = 0
    claims: int = 0
    words: int = 0
    invalid_records: int = 0
    seconds: float = 0.0
    failures: Counter = field(default_factory=Counter)
    listed: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        seconds = max(self.seconds, 1e-9)
        return {
            "corpus": self.name,
            "reader": self.kind,
            "documents": self.documents,
            "failed": self.failed,
            "empty_skipped": self.empty,
            "claims": self.claims,
            "words": self.words,
            "invalid_records": self.invalid_records,
            "seconds": round(self.seconds, 1),
            "documents_per_second": round(self.documents / seconds, 1),
            "words_per_second": round(self.words / seconds),
            "failures": {f"{stage} {error}": count for (stage, error), count in sorted(self.failures.items())},
            "listed_failures": self.listed,
        }


def corpus_documents(path: Path) -> tuple[str, Iterator[InputDocument]]:
    """(reader name, documents) for a corpus folder or file, by its layout."""
    if (path / "original_articles").is_dir():
        return "worldwide-newswire", read_documents([str(path / "original_articles")])
    if (path / "data" / "metadata.tsv").exists():
        return "polnear", _polnear(path / "data")
    if path.is_dir() and any(path.glob("*.tml")):
        return "timeml", (InputDocument(id=document.doc_id, text=document.text, meta=_dated(document.creation_date)) for document in read_timeml(path))
    if path.is_dir() and any(path.glob("corpus_*")):
        return "meantime", (InputDocument(id=document.doc_id, text=document.text, meta=_dated(document.creation_date)) for document in read_meantime(path))
    if path.is_dir() and (any(path.glob("claimbuster*.jsonl")) or any(path.glob("clef*.csv"))):
        return "claimbuster-clef", _claimbuster(path)
    return "inputs", read_documents([str(path)])


def _dated(published: Optional[str]) -> SourceMeta:
    return SourceMeta(published=published) if published else SourceMeta()


def _polnear(data: Path) -> Iterator[InputDocument]:
    """Every split's texts, with the publication date, title, author and publisher of metadata.tsv."""
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    for text_path in sorted(data.glob("*/text/*.txt")):
        row = rows.get(text_path.stem, {})
        published = row.get("publication_date")
        meta = {"published": published if published not in (None, "", "None") else None, "title": row.get("title"), "author": row.get("author"), "publisher": row.get("publisher")}
        text = text_path.read_text(encoding="utf-8")
        yield InputDocument(id=text_path.stem, text=text, meta=SourceMeta.model_validate({key: value for key, value in meta.items() if value}))


def _claimbuster(folder: Path) -> Iterator[InputDocument]:
    """One document per ClaimBuster sentence and per CLEF debate line, with its labels as metadata."""
    for path in sorted(folder.glob("claimbuster*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    yield InputDocument(id=f"claimbuster:{record['sentence_id']}", text=record["text"], meta=SourceMeta.model_validate({"label": record["label"]}))
    for path in sorted(folder.glob("clef*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                meta = {"speaker": row["speaker"], "label": row["label"], "file_name": row["file_name"]}
                yield InputDocument(id=f"{row['file_name']}:{row['line_number']}", text=row["text"], meta=SourceMeta.model_validate(meta))


def soak_corpus(
    nlp: Language,
    path: Path,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    output_dir: Optional[Path] = None,
    on_failure: Optional[Callable[[Failure], None]] = None,
) -> CorpusRun:
    """Run one corpus; documents with no text are counted, not run (extract refuses them as input)."""
    kind, documents = corpus_documents(path)
    run = CorpusRun(name=path.name, kind=kind)
    texts: dict[str, str] = {}

    def with_text(stream: Iterable[InputDocument]) -> Iterator[InputDocument]:
        for document in stream:
            if not document.text.strip():
                run.empty += 1
                continue
            texts[document.id] = document.text
            run.documents += 1
            run.words += len(document.text.split())
            yield document

    def failed(failure: Failure) -> None:
        run.failed += 1
        run.failures[(failure.stage, failure.error)] += 1
        texts.pop(failure.doc_id, None)
        if len(run.listed) < LISTED_FAILURES:
            run.listed.append(failure.describe())
        if on_failure is not None:
            on_failure(failure)

    writers = _writers(output_dir, path.name)
    started = time.perf_counter()
    try:
        for extraction in extract(nlp, with_text(documents), batch_size=batch_size, n_process=n_process, on_failure=failed):
            text = texts.pop(extraction.document.doc_id)
            run.claims += len(extraction.claims)
            run.invalid_records += _invalid(extraction, text)
            if writers:
                writers[0].write(extraction.document.model_dump_json())
                for claim in extraction.claims:
                    writers[1].write(claim.model_dump_json())
    except BaseException:
        # stopped (Ctrl-C, SIGTERM, an error): the earlier record files stay, and no partial file
        for writer in writers:
            writer.discard()
        raise
    run.seconds = time.perf_counter() - started
    for writer in writers:
        writer.commit()
    return run


def _invalid(extraction, text: str) -> int:
    """Records whose spans do not slice the text to what they say (as claimspan validate checks)."""
    invalid = 0
    for record in (extraction.document, *extraction.claims):
        try:
            check_spans(record, text)
        except ClaimspanError:
            invalid += 1
    return invalid


def _writers(output_dir: Optional[Path], name: str) -> list[AtomicJsonlWriter]:
    if output_dir is None:
        return []
    return [AtomicJsonlWriter(output_dir / f"{name}.docs.jsonl").__enter__(), AtomicJsonlWriter(output_dir / f"{name}.claims.jsonl").__enter__()]


def to_markdown(runs: list[dict]) -> list[str]:
    """The soak summary as a Markdown table and a line per failure class."""
    lines = [
        "| corpus | reader | documents | failed | claims | invalid records | seconds | documents/s | words/s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        lines.append(
            f"| {run['corpus']} | {run['reader']} | {run['documents']} | {run['failed']} | {run['claims']} | {run['invalid_records']} "
            f"| {run['seconds']} | {run['documents_per_second']} | {run['words_per_second']} |"
        )
    total = {key: sum(run[key] for run in runs) for key in ("documents", "failed", "claims", "invalid_records", "words", "empty_skipped")}
    seconds = sum(run["seconds"] for run in runs)
    lines.append(f"| all | | {total['documents']} | {total['failed']} | {total['claims']} | {total['invalid_records']} | {round(seconds, 1)} | {round(total['documents'] / max(seconds, 1e-9), 1)} | {round(total['words'] / max(seconds, 1e-9))} |")
    if total["empty_skipped"]:
        lines.append(f"\n{total['empty_skipped']} lines with no text were skipped (extract refuses them as input, E010).")
    failures = Counter()
    for run in runs:
        failures.update(run["failures"])
    if failures:
        lines.append("\nFailures by stage and error class: " + ", ".join(f"{name}: {count}" for name, count in failures.most_common()))
    return lines
