"""Train the check-worthiness heads from ClaimBuster and CLEF-2019 and write them as plain JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from thinc.api import Config

from ..components.checkworthy.model import HEADS, CheckworthyModel
from .checkworthy_data import read_claimbuster, read_clef
from .featurize import featurize
from .linear import fit_logistic


@dataclass(frozen=True)
class TrainingSettings:
    """The [training] block of pipeline/checkworthy.cfg."""

    l2: float
    steps: int
    learning_rate: float
    min_count: int
    decimals: int

    @classmethod
    def from_config(cls, path: Path) -> "TrainingSettings":
        block = Config().from_disk(path)["training"]
        return cls(l2=float(block["l2"]), steps=int(block["steps"]), learning_rate=float(block["learning_rate"]), min_count=int(block["min_count"]), decimals=int(block["decimals"]))


def fit_head(rows: Sequence[Sequence[str]], labels: Sequence[bool], settings: TrainingSettings) -> dict[str, float]:
    weights = fit_logistic(rows, labels, l2=settings.l2, steps=settings.steps, learning_rate=settings.learning_rate, min_count=settings.min_count)
    return {name: round(weight, settings.decimals) for name, weight in weights.items() if round(weight, settings.decimals) != 0.0}


def fit_model(sentences: Sequence[tuple[list[str], str]], lines: Sequence[tuple[list[str], bool]], settings: TrainingSettings) -> CheckworthyModel:
    """The three heads from featurized ClaimBuster sentences (features, CFS/UFS/NFS) and CLEF lines (features, checked)."""
    sentence_rows = [features for features, _ in sentences]
    heads = {
        "factual": fit_head(sentence_rows, [label != "NFS" for _, label in sentences], settings),
        "claimbuster": fit_head(sentence_rows, [label == "CFS" for _, label in sentences], settings),
        "fact_checked": fit_head([features for features, _ in lines], [checked for _, checked in lines], settings),
    }
    return CheckworthyModel.from_heads({name: heads[name] for name in HEADS})


def train(nlp: Language, data: Path, settings: TrainingSettings) -> CheckworthyModel:
    """Read both data sets from one folder, featurize them with the pipeline, fit the heads."""
    sentences = list(read_claimbuster(data))
    lines = list(read_clef(data))
    sentence_features = featurize(nlp, [sentence.text for sentence in sentences])
    line_features = featurize(nlp, [line.text for line in lines])
    return fit_model(
        [(features, sentence.label) for features, sentence in zip(sentence_features, sentences)],
        [(features, line.checkworthy) for features, line in zip(line_features, lines)],
        settings,
    )


def write_model(model: CheckworthyModel, path: Path) -> None:
    """Sorted keys and fixed rounding: the same weights always give the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".partial")
    temporary.write_text(json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    temporary.replace(path)
