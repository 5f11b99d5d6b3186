"""Run the pipeline over short texts (sentences, debate lines) and return their check-worthiness features."""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

import numpy

from spacy.language import Language

from ..components.checkworthy.features import DocArrays, sentence_features, sentence_vector, stage_marks
from ..extensions import doc_text

CHECKWORTHY_STAGE = "claimspan_checkworthy"


def featurize(nlp: Language, texts: Iterable[str], *, batch_size: int = 256) -> Iterator[tuple[list[str], Optional[numpy.ndarray]]]:
    """Features and pooled vector of each whole text, as the stage computes them for one sentence (the stage itself is not run)."""
    disabled = [name for name in (CHECKWORTHY_STAGE,) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe((nlp.make_doc(text) for text in texts), batch_size=batch_size):
            marks = stage_marks(doc, [(0, len(doc_text(doc)))])[0]
            arrays = DocArrays.build(doc)
            yield sentence_features(arrays, 0, len(doc), marks=marks), sentence_vector(doc, arrays, 0, len(doc))
