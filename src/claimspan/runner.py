"""Run the pipeline over a stream of input documents and yield their records."""

from __future__ import annotations

import multiprocessing
from collections import deque
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from .convert import claim_records, document_record, pipeline_info
from .records import Claim, DocumentRecord, InputDocument


@dataclass(frozen=True)
class Extraction:
    """What one document gives: its document record and its claims."""

    document: DocumentRecord
    claims: tuple[Claim, ...]


def make_doc(nlp: Language, document: InputDocument, *, published: Optional[date] = None) -> Doc:
    """Tokenise a document and attach its id and anchor date (--published wins over metadata)."""
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    anchor = published or document.meta.published
    doc._.published = anchor.isoformat() if anchor else None
    doc._.meta = document.meta.model_dump(mode="json", exclude_unset=True)
    return doc


def extract(
    nlp: Language,
    documents: Iterable[InputDocument],
    *,
    published: Optional[date] = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Yield one Extraction per document, in input order, streaming (memory stays flat)."""
    if n_process > 1:
        yield from _extract_in_workers(nlp, documents, published=published, batch_size=batch_size, n_process=n_process)
        return
    info = pipeline_info(nlp)
    docs = (make_doc(nlp, document, published=published) for document in documents)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        document = document_record(doc, info=info)
        yield Extraction(document=document, claims=tuple(claim_records(doc, info=info, document=document)))


# Documents per task sent to a worker process.
WORKER_TASK_DOCUMENTS = 4
# The pipeline a forked worker inherits from its parent (set just before the workers start).
_WORKER_NLP: Optional[Language] = None


def _extract_batch(batch: list[InputDocument], published: Optional[date]) -> list[Extraction]:
    return list(extract(_WORKER_NLP, batch, published=published, batch_size=len(batch)))


def _extract_in_workers(nlp: Language, documents: Iterable[InputDocument], *, published: Optional[date], batch_size: int, n_process: int) -> Iterator[Extraction]:
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
    try:
        pending: deque = deque()
        # small tasks keep both workers busy to the end of the stream; spaCy still batches inside each
        for batch in batches(documents, max(1, min(batch_size, WORKER_TASK_DOCUMENTS))):
            pending.append(pool.apply_async(_extract_batch, (batch, published)))
            while len(pending) > 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()  # let the workers finish and be reaped, so their resource use is accounted
    finally:
        pool.terminate()
        pool.join()


def batches(documents: Iterable[InputDocument], size: int) -> Iterator[list[InputDocument]]:
    """Consecutive lists of at most `size` documents, read lazily from the stream."""
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch
