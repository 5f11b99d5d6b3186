"""Run the pipeline over a stream of input documents and yield their records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
    info = pipeline_info(nlp)
    docs = (make_doc(nlp, document, published=published) for document in documents)
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        yield Extraction(document=document_record(doc, info=info), claims=tuple(claim_records(doc, info=info)))
