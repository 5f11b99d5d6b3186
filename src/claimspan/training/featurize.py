"""Run the pipeline over short texts (sentences, debate lines) and return their check-worthiness features."""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

import numpy

from spacy.language import Language

from ..components.checkworthy.features import DocArrays, character_ngrams, sentence_features, sentence_vector, sentence_words, stage_marks
from ..extensions import doc_text

CHECKWORTHY_STAGE = "claimspan_checkworthy"


def featurize(nlp: Language, texts: Iterable[str], *, batch_size: int = 256) -> Iterator[tuple[list[str], Optional[numpy.ndarray]]]:
    """Features and pooled vector of each whole text, as the stage computes them for one sentence (the stage itself is not run).
    The character n-grams come once per distinct word, so an n-gram two words share is there twice (linear.fit_logistic counts "c:")."""
    disabled = [name for name in (CHECKWORTHY_STAGE,) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe((nlp.make_doc(text) for text in texts), batch_size=batch_size):
            marks = stage_marks(doc, [(0, len(doc_text(doc)))])[0]
            arrays = DocArrays.build(doc)
            characters = [ngram for word in sentence_words(arrays, 0, len(doc)) for ngram in sorted(character_ngrams(word))]
            yield sentence_features(arrays, 0, len(doc), marks=marks) + characters, sentence_vector(doc, arrays, 0, len(doc))
