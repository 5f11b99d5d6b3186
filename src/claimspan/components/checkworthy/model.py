"""The check-worthiness model: three logistic heads over one bag of sentence features, stored as plain JSON."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from ...errors import ClaimspanError, Errors

FORMAT = "claimspan-checkworthy-v1"
HEADS = ("factual", "claimbuster", "fact_checked")


@dataclass(frozen=True)
class Scores:
    """factual: P(a factual statement); checkworthy: mean of the ClaimBuster CFS and CLEF fact-checked heads (GUIDELINES R60)."""

    factual: float
    checkworthy: float


@dataclass(frozen=True)
class CheckworthyModel:
    # feature -> one weight per head, in HEADS order; a plain dict (looked up ~100 times per sentence,
    # where a MappingProxyType is twice as slow), never changed after loading
    weights: Mapping[str, tuple[float, ...]]

    @classmethod
    def from_heads(cls, heads: Mapping[str, Mapping[str, float]]) -> "CheckworthyModel":
        features = sorted({feature for head in heads.values() for feature in head})
        return cls({feature: tuple(heads[name].get(feature, 0.0) for name in HEADS) for feature in features})

    @classmethod
    def from_disk(cls, path: Path) -> "CheckworthyModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or tuple(data.get("heads", ())) != HEADS:
                raise ValueError(f"expected format {FORMAT} with heads {', '.join(HEADS)}")
            weights = {str(feature): tuple(float(value) for value in values) for feature, values in data["weights"].items()}
            if any(len(values) != len(HEADS) for values in weights.values()):
                raise ValueError(f"every feature needs {len(HEADS)} weights")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise ClaimspanError(Errors.E222.format(path=path, detail=error)) from error
        return cls(weights)

    def to_json(self) -> dict:
        return {"format": FORMAT, "heads": list(HEADS), "weights": {feature: list(values) for feature, values in self.weights.items()}}

    def score(self, features: Iterable[str]) -> Scores:
        factual = claimbuster = fact_checked = 0.0
        weights = self.weights
        for feature in features:
            found = weights.get(feature)
            if found is not None:
                factual += found[0]
                claimbuster += found[1]
                fact_checked += found[2]
        return Scores(factual=_sigmoid(factual), checkworthy=(_sigmoid(claimbuster) + _sigmoid(fact_checked)) / 2)


def _sigmoid(value: float) -> float:
    return 0.5 * (1.0 + math.tanh(0.5 * value))
