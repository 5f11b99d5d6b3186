"""Run the pipeline over a stream of input documents and yield their records."""

from __future__ import annotations

import gc
import multiprocessing
import re
import traceback
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .datelines import dateline_date
from .convert import claim_records, document_record, pipeline_info
from .errors import ClaimspanError, Errors
from .extensions import TEXT_KEY
from .records import Claim, DocumentRecord, InputDocument, PipelineInfo


@dataclass(frozen=True)
class Extraction:
    """What one document gives: its document record and its claims."""

    document: DocumentRecord
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Failure:
    """A document the pipeline could not process: which one, in which stage, and why (plain values, picklable)."""

    doc_id: str
    stage: str
    error: str
    message: str
    traceback: str

    def describe(self) -> str:
        return Errors.E402.format(doc_id=self.doc_id, stage=self.stage, error=self.error, message=self.message)


def input_meta(document: InputDocument) -> dict:
    """The metadata a document record carries: only the keys the input set (the manifest's digest reads the same)."""
    return document.meta.model_dump(mode="json", exclude_unset=True)


class DocumentFailed(ClaimspanError):
    """Raised for a failed document when the caller gave no on_failure handler."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.describe())
        self.failure = failure


FailureHandler = Callable[[Failure], None]


def make_doc(nlp: Language, document: InputDocument, *, published: Optional[date] = None, date_order: Optional[str] = None) -> Doc:
    """Tokenise a document and attach its id, anchor date and date order (options win over metadata, metadata over
    the dateline)."""
    doc = nlp.make_doc(document.text)
    # the tokenizer keeps every character, so the Doc's text is the input's: no need to join it from the tokens
    doc.user_data[TEXT_KEY] = document.text
    doc._.doc_id = document.id
    # with no date given, a full date in the dateline anchors the article (R219)
    anchor = published or document.meta.published or dateline_date(document.text)
    doc._.published = anchor.isoformat() if anchor else None
    doc._.date_order = date_order or document.meta.date_order
    doc._.document_meta = input_meta(document)
    return doc


def extract(
    nlp: Language,
    documents: Iterable[InputDocument],
    *,
    published: Optional[date] = None,
    date_order: Optional[str] = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_failure: Optional[FailureHandler] = None,
) -> Iterator[Extraction]:
    """Yield one Extraction per document, in input order, streaming (memory stays flat).

    A document that fails in any stage costs only itself: it goes to on_failure (with its id,
    stage, error class and message) and the run goes on; without on_failure it raises DocumentFailed.
    """
    if n_process > 1:
        results = _extract_in_workers(nlp, documents, published=published, date_order=date_order, batch_size=batch_size, n_process=n_process)
    else:
        results = extract_results(nlp, documents, published=published, date_order=date_order, batch_size=batch_size)
    try:
        for result in results:
            if isinstance(result, Extraction):
                yield result
            elif on_failure is None:
                raise DocumentFailed(result)
            else:
                on_failure(result)
    finally:
        # a run stopped by a failure or by its reader closes the workers' pool here, in this thread; left to the
        # garbage collector, the pool could be joined from one of its own threads ("cannot join current thread")
        results.close()


Result = Union[Extraction, Failure]


def extract_results(nlp: Language, documents: Iterable[InputDocument], *, published: Optional[date] = None, date_order: Optional[str] = None, batch_size: int = 16) -> Iterator[Result]:
    """One Extraction or Failure per document, in input order.

    The documents go through one nlp.pipe stream, batched as nlp.pipe batches them (one call per
    batch of documents cost about 2 % more CPU over a run than one stream). A document that raises in
    any stage ends the stream: the documents it had taken and not given back, the failing one among
    them, are redone one document and one component at a time, which finds the failing document and
    stage at no cost to good batches, and a new stream takes the rest.
    """
    info = pipeline_info(nlp)
    remaining = iter(documents)
    while True:
        taken: deque[InputDocument] = deque()
        try:
            with fewer_collections():
                for doc in nlp.pipe(_taking(nlp, remaining, taken, published=published, date_order=date_order), batch_size=batch_size):
                    document = taken.popleft()
                    yield _records(doc, document.id, info, stage="convert")
            return
        except Exception:
            # a failure before the stream took anything still costs only the documents it is redone on
            if not taken:
                taken.extend(islice(remaining, batch_size))
                if not taken:
                    raise
            for document in taken:
                yield _extract_alone(nlp, document, published=published, date_order=date_order, info=info)


# Container objects allocated (net) between two collections of the youngest generation while documents run.
# At Python's default (700) the stages' per-Doc lists, tuples and dicts, alive until their Doc is done, set off a
# collection every few hundred words: `claimspan extract` on the 60,000-word bench corpus ran 288 collections, which
# took 0.09 s of CPU on a quiet machine and 0.70 s on a busy one; at this
# threshold 4 collections, 0.02 s (0.11 s busy). A Doc's objects form few reference cycles: peak memory is the same.
YOUNG_COLLECTION_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation less often while documents run; the thresholds as they were afterwards."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], YOUNG_COLLECTION_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _taking(nlp: Language, documents: Iterator[InputDocument], taken: deque, *, published: Optional[date], date_order: Optional[str]) -> Iterator[Doc]:
    """The documents' Docs, each document noted in `taken` as the stream takes it."""
    for document in documents:
        taken.append(document)
        yield make_doc(nlp, document, published=published, date_order=date_order)


def _extract_alone(nlp: Language, document: InputDocument, *, published: Optional[date], date_order: Optional[str], info: PipelineInfo) -> Result:
    stage = "tokenizer"
    try:
        doc = make_doc(nlp, document, published=published, date_order=date_order)
        # the loop Language.__call__ runs, kept here so the failing stage has a name
        for stage, component in nlp.pipeline:
            doc = component(doc)
    except Exception as error:
        return _failure(document.id, stage, error)
    return _records(doc, document.id, info, stage="convert")


def _records(doc: Doc, doc_id: str, info: PipelineInfo, *, stage: str) -> Result:
    try:
        document = document_record(doc, info=info)
        return Extraction(document=document, claims=tuple(claim_records(doc, info=info, document=document)))
    except Exception as error:
        return _failure(doc_id, stage, error)


# Longest error message kept in the one-line report (--debug prints the whole traceback).
MESSAGE_CHARS = 300


def _failure(doc_id: str, stage: str, error: Exception) -> Failure:
    message = re.sub(r"\s+", " ", str(error)).strip()
    if len(message) > MESSAGE_CHARS:
        message = message[: MESSAGE_CHARS - 1] + "…"
    return Failure(doc_id=doc_id, stage=stage, error=type(error).__name__, message=message, traceback=traceback.format_exc())


# Documents per task sent to a worker process.
WORKER_TASK_DOCUMENTS = 4
# The pipeline a forked worker inherits from its parent (set just before the workers start).
_WORKER_NLP: Optional[Language] = None


def _extract_batch(batch: list[InputDocument], published: Optional[date], date_order: Optional[str]) -> list[Result]:
    return list(extract_results(_WORKER_NLP, batch, published=published, date_order=date_order, batch_size=len(batch)))


def _extract_in_workers(nlp: Language, documents: Iterable[InputDocument], *, published: Optional[date], date_order: Optional[str], batch_size: int, n_process: int) -> Iterator[Result]:
    """Run whole batches in forked worker processes and yield their records in input order.

    spaCy's own nlp.pipe(n_process=...) sends every Doc back to the parent as bytes (with its
    tok2vec tensor) and leaves the parent to rebuild them, which kept two processes near 1.2x one
    process on two cores. Here each worker turns its batch into records itself and sends back
    only those; the parent just reads and writes. At most two batches per worker are in flight,
    so memory stays flat on long streams.
    """
    global _WORKER_NLP
    _WORKER_NLP = nlp  # forked workers inherit the loaded pipeline instead of loading their own
    context = multiprocessing.get_context("fork")
    pool = context.Pool(n_process)
    finished = False
    try:
        pending: deque = deque()
        # small tasks keep both workers busy to the end of the stream; spaCy still batches inside each
        for batch in batches(documents, max(1, min(batch_size, WORKER_TASK_DOCUMENTS))):
            pending.append(pool.apply_async(_extract_batch, (batch, published, date_order)))
            while len(pending) > 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        # the workers take their end-of-queue markers and exit by themselves; terminating them here instead
        # could kill one while it holds the task queue's lock, so only a run stopped early terminates them
        pool.close()
        pool.join()
        finished = True
    finally:
        if not finished:
            pool.terminate()
            pool.join()


def batches(documents: Iterable[InputDocument], size: int) -> Iterator[list[InputDocument]]:
    """Consecutive lists of at most `size` documents, read lazily from the stream."""
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch
