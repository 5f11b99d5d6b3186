"""The check-worthiness model: four logistic heads over one bag of sentence features, the character
n-grams of its words and the sentence's pooled token vectors, stored as plain JSON."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Optional

import numpy

from ...errors import ClaimspanError, Errors
from .features import character_ngrams

FORMAT = "claimspan-checkworthy-v3"
# factual_nb: a second factual head, over every feature scaled by its naive Bayes log-count ratio; the
# factual probability is the mean of the two (issue 10: 0.777 -> 0.786 F1 on the ClaimBuster folds)
HEADS = ("factual", "claimbuster", "fact_checked", "factual_nb")
VECTOR_PREFIX = "v:"
# the per-word character sums kept; past this the cache starts over, so memory stays bounded
WORD_CACHE_SIZE = 100_000


@dataclass(frozen=True)
class Scores:
    """factual: P(a factual statement), the mean of the two factual heads; checkworthy: mean of the ClaimBuster CFS and CLEF fact-checked heads (GUIDELINES R60)."""

    factual: Optional[float]
    checkworthy: float


@dataclass(frozen=True)
class VectorScaler:
    """Standardisation of the pooled vectors, fitted on the training sentences: (vector - mean) * factor."""

    mean: tuple[float, ...]
    factor: tuple[float, ...]

    @classmethod
    def fit(cls, vectors: numpy.ndarray, *, scale: float) -> "VectorScaler":
        # scale < 1 makes the vector weights cost more under the shared L2 penalty than a word's
        return cls(tuple(vectors.mean(axis=0).tolist()), tuple((scale / (vectors.std(axis=0) + 1e-6)).tolist()))

    def transform(self, vectors: numpy.ndarray) -> numpy.ndarray:
        return (vectors - numpy.asarray(self.mean)) * numpy.asarray(self.factor)


class WeightTable(Mapping):
    """feature -> one weight per head, in HEADS order, held as one (features x heads) float matrix and a
    feature -> row dict: 66,000 features as tuples of Python floats took 26 MB, this takes a third of that."""

    def __init__(self, weights: Mapping[str, Iterable[float]]) -> None:
        self.rows = {feature: row for row, feature in enumerate(weights)}
        # a ragged table fails here (numpy raises ValueError), a table of another width below
        self.matrix = numpy.array(list(weights.values()), dtype=numpy.float64)
        if self.matrix.shape != (len(self.rows), len(HEADS)):
            if self.rows:
                raise ValueError(f"every feature needs {len(HEADS)} weights")
            self.matrix = self.matrix.reshape(0, len(HEADS))

    def __getitem__(self, feature: str) -> tuple[float, ...]:
        return tuple(self.matrix[self.rows[feature]].tolist())

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class CheckworthyModel:
    # feature -> one weight per head, in HEADS order (a WeightTable once built). Vector weights are "v:<column>".
    weights: Mapping[str, tuple[float, ...]]
    scaler: Optional[VectorScaler] = None

    def __post_init__(self) -> None:
        if not isinstance(self.weights, WeightTable):
            object.__setattr__(self, "weights", WeightTable(self.weights))
        # the vector weights as one (columns x heads) matrix with the standardisation folded in
        columns = [self.weights.get(f"{VECTOR_PREFIX}{column}", (0.0,) * len(HEADS)) for column in range(len(self.scaler.mean) if self.scaler else 0)]
        matrix = numpy.asarray(columns, dtype=numpy.float64).reshape(len(columns), len(HEADS))
        factor = numpy.asarray(self.scaler.factor if self.scaler else (), dtype=numpy.float64)
        mean = numpy.asarray(self.scaler.mean if self.scaler else (), dtype=numpy.float64)
        object.__setattr__(self, "_vector_weights", matrix * factor[:, None])
        object.__setattr__(self, "_vector_offset", -(mean * factor) @ matrix)
        # a word's character n-grams are summed once per distinct word (as training counts them), then cached
        object.__setattr__(self, "_word_sums", {})
        object.__setattr__(self, "_keyed", _keyed_rows(self.weights.rows))

    @classmethod
    def from_heads(cls, heads: Mapping[str, Mapping[str, float]], scaler: Optional[VectorScaler] = None) -> "CheckworthyModel":
        features = sorted({feature for head in heads.values() for feature in head})
        return cls({feature: tuple(heads.get(name, {}).get(feature, 0.0) for name in HEADS) for feature in features}, scaler)

    @classmethod
    def from_disk(cls, path: Path) -> "CheckworthyModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or tuple(data.get("heads", ())) != HEADS:
                raise ValueError(f"expected format {FORMAT} with heads {', '.join(HEADS)}")
            weights = WeightTable({str(feature): values for feature, values in data.pop("weights").items()})
            vector = data.get("vector")
            scaler = VectorScaler(tuple(map(float, vector["mean"])), tuple(map(float, vector["factor"]))) if vector else None
            if scaler and len(scaler.mean) != len(scaler.factor):
                raise ValueError("vector mean and factor differ in length")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise ClaimspanError(Errors.E222.format(path=path, detail=error)) from error
        return cls(weights, scaler)

    def to_json(self) -> dict:
        data = {"format": FORMAT, "heads": list(HEADS), "weights": {feature: list(values) for feature, values in self.weights.items()}}
        if self.scaler:
            data["vector"] = {"mean": list(self.scaler.mean), "factor": list(self.scaler.factor)}
        return data

    def score(self, features: Iterable[str], vector: Optional[numpy.ndarray] = None, words: Optional[Iterable[str]] = ()) -> Scores:
        """vector: the sentence's pooled token vectors (features.sentence_vector); without one, the vector part adds nothing.
        words: its distinct words (features.sentence_words), whose character n-grams add their weights; None
        when the factual probability is not needed (it is then None, and only the checkworthy heads are summed)."""
        # each feature counts once, as in training (linear.fit_logistic reads a row as a set); dict keeps the order, so sums are reproducible
        return self.score_rows([row for row in map(self.weights.rows.get, dict.fromkeys(features)) if row is not None], vector, words)

    def feature_rows(self, groups: Iterable[tuple[str, list]]) -> list[int]:
        """The weight rows of features.feature_groups, each once and in feature order: the rows `score` finds
        for the same features by name, without building and hashing a new string per word and word pair."""
        found: list[Optional[int]] = []
        for prefix, keys in groups:
            found += map(self._keyed[prefix].get, keys)
        # a row stands for one name, so keeping each row's first place keeps each name's; None stands for the unknown ones
        rows = dict.fromkeys(found)
        rows.pop(None, None)
        return list(rows)

    def score_rows(self, rows: list[int], vector: Optional[numpy.ndarray] = None, words: Optional[Iterable[str]] = ()) -> Scores:
        """`score` from the feature rows found (feature_rows)."""
        factual = claimbuster = fact_checked = factual_nb = 0.0
        found = self.weights.matrix[rows]
        word_rows = [] if words is None else [self._word_sums.get(word) or self._word_sum(word) for word in words]
        if word_rows:
            found = numpy.vstack([found, word_rows])
        if len(found):
            # add.accumulate adds row after row, so the sums are the same floats as adding them one by one
            factual, claimbuster, fact_checked, factual_nb = numpy.add.accumulate(found, axis=0)[-1]
        if vector is not None and self.scaler is not None and len(vector) == len(self.scaler.mean):
            dense = vector @ self._vector_weights + self._vector_offset
            factual, claimbuster, fact_checked, factual_nb = factual + dense[0], claimbuster + dense[1], fact_checked + dense[2], factual_nb + dense[3]
        checkworthy = (_sigmoid(claimbuster) + _sigmoid(fact_checked)) / 2
        return Scores(factual=None if words is None else (_sigmoid(factual) + _sigmoid(factual_nb)) / 2, checkworthy=checkworthy)

    def _word_sum(self, word: str) -> tuple[float, ...]:
        """The summed weights of one word's character n-grams, in sorted order so the sum is reproducible."""
        total = [0.0] * len(HEADS)
        rows, matrix = self.weights.rows, self.weights.matrix
        for ngram in sorted(character_ngrams(word)):
            row = rows.get(ngram)
            if row is not None:
                total = [value + weight for value, weight in zip(total, matrix[row].tolist())]
        if len(self._word_sums) >= WORD_CACHE_SIZE:
            self._word_sums.clear()
        self._word_sums[word] = summed = tuple(total)
        return summed


def _keyed_rows(rows: Mapping[str, int]) -> dict[str, dict]:
    """feature name -> row, split by the prefixes of features.feature_groups: "w:tax" is keyed["w:"]["tax"] and
    the pair "b:tax rose" keyed["b:"][("tax", "rose")]; keyed[""] holds every name whole. A pair name with
    other than one space cannot come from two words without spaces, so it stays in keyed[""] only."""
    keyed: dict[str, dict] = {"": rows, "w:": {}, "t:": {}, "b:": {}, "tt:": {}}
    for feature, row in rows.items():
        prefix, colon, key = feature.partition(":")
        table = keyed.get(prefix + colon) if prefix else None
        if table is None:
            continue
        if prefix in ("b", "tt"):
            if key.count(" ") == 1:
                table[tuple(key.split(" "))] = row
        else:
            table[key] = row
    return keyed


def _sigmoid(value: float) -> float:
    return 0.5 * (1.0 + math.tanh(0.5 * value))
