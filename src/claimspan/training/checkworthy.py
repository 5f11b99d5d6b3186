"""Train the check-worthiness heads from ClaimBuster and CLEF-2019 and write them as plain JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy
from spacy.language import Language
from thinc.api import Config

from ..components.checkworthy.features import CHARACTER_PREFIX, ENTITY_PAIR_PREFIX, ENTITY_TRIPLE_PREFIX
from ..components.checkworthy.model import HEADS, CheckworthyModel, VectorScaler
from ..io import replace_atomically
from .checkworthy_data import read_claimbuster, read_clef
from .featurize import featurize
from .linear import fit_logistic


@dataclass(frozen=True)
class TrainingSettings:
    """The [training] block of pipeline/checkworthy.cfg."""

    l2: float
    steps: int
    min_count: int
    decimals: int
    vector_scale: float
    character_scale: float = 0.5

    @classmethod
    def from_config(cls, path: Path) -> "TrainingSettings":
        block = Config().from_disk(path)["training"]
        return cls(
            l2=float(block["l2"]),
            steps=int(block["steps"]),
            min_count=int(block["min_count"]),
            decimals=int(block["decimals"]),
            vector_scale=float(block["vector_scale"]),
            character_scale=float(block["character_scale"]),
        )


# the features only the naive Bayes factual head reads: entity-label pairs and triples, character n-grams
NORMALISED_PREFIXES = (ENTITY_PAIR_PREFIX, ENTITY_TRIPLE_PREFIX, CHARACTER_PREFIX)


def plain_row(row: Sequence[str]) -> list[str]:
    """The features of the plain heads (factual, claimbuster, fact_checked): the row without the entity-label n-grams and character n-grams."""
    return [feature for feature in row if not feature.startswith(NORMALISED_PREFIXES)]


def stack_vectors(vectors: Sequence[Optional[numpy.ndarray]]) -> numpy.ndarray:
    """One row per text; a text without a vector (no words) gets the mean row, which the model reads as no vector."""
    present = [vector for vector in vectors if vector is not None]
    if not present:
        return numpy.zeros((len(vectors), 0))
    mean = numpy.mean(present, axis=0)
    return numpy.array([mean if vector is None else vector for vector in vectors], dtype=numpy.float64)


def fit_head(
    rows: Sequence[Sequence[str]], labels: Sequence[bool], settings: TrainingSettings, vectors: Optional[numpy.ndarray] = None, *, naive_bayes: bool = False
) -> dict[str, float]:
    """vectors: standardised (VectorScaler.transform), one row per row. A plain head reads plain_row of each row;
    a naive Bayes head reads all of it, each feature scaled by its log-count ratio and the character n-grams by character_scale."""
    if naive_bayes:
        weights = fit_logistic(
            rows,
            labels,
            l2=settings.l2,
            steps=settings.steps,
            min_count=settings.min_count,
            vectors=vectors,
            counted=(CHARACTER_PREFIX,),
            naive_bayes=True,
            group_scale={CHARACTER_PREFIX: settings.character_scale},
        )
    else:
        weights = fit_logistic([plain_row(row) for row in rows], labels, l2=settings.l2, steps=settings.steps, min_count=settings.min_count, vectors=vectors)
    return {name: round(weight, settings.decimals) for name, weight in weights.items() if round(weight, settings.decimals) != 0.0}


def fit_model(sentences: Sequence[tuple[list[str], str]], sentence_vectors: numpy.ndarray, lines: Sequence[tuple[list[str], bool]], line_vectors: numpy.ndarray, settings: TrainingSettings) -> CheckworthyModel:
    """The four heads from featurized ClaimBuster sentences (features, CFS/UFS/NFS) and CLEF lines (features, checked),
    with their stacked vectors; one standardisation, fitted on the ClaimBuster sentences, serves all four."""
    scaler = VectorScaler.fit(sentence_vectors, scale=settings.vector_scale)
    sentence_rows = [features for features, _ in sentences]
    standard = scaler.transform(sentence_vectors)
    factual = [label != "NFS" for _, label in sentences]
    heads = {
        "factual": fit_head(sentence_rows, factual, settings, standard),
        "factual_nb": fit_head(sentence_rows, factual, settings, standard, naive_bayes=True),
        "claimbuster": fit_head(sentence_rows, [label == "CFS" for _, label in sentences], settings, standard),
        "fact_checked": fit_head([features for features, _ in lines], [checked for _, checked in lines], settings, scaler.transform(line_vectors)),
    }
    return CheckworthyModel.from_heads({name: heads[name] for name in HEADS}, scaler)


def train(nlp: Language, data: Path, settings: TrainingSettings) -> CheckworthyModel:
    """Read both data sets from one folder, featurize them with the pipeline, fit the heads."""
    sentences = list(read_claimbuster(data))
    lines = list(read_clef(data))
    sentence_features, sentence_vectors = zip(*featurize(nlp, [sentence.text for sentence in sentences]))
    line_features, line_vectors = zip(*featurize(nlp, [line.text for line in lines]))
    return fit_model(
        [(features, sentence.label) for features, sentence in zip(sentence_features, sentences)],
        stack_vectors(sentence_vectors),
        [(features, line.checkworthy) for features, line in zip(line_features, lines)],
        stack_vectors(line_vectors),
        settings,
    )


def write_model(model: CheckworthyModel, path: Path) -> None:
    """Sorted keys and fixed rounding: the same weights always give the same bytes."""
    replace_atomically(path, lambda partial: partial.write_text(json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"))
