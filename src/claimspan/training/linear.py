"""Logistic regression on sparse binary features (and optional dense columns), trained full-batch to
convergence: no sampling, so the same rows give the same weights on every run.

The objective is the class-balanced mean log-loss plus an L2 penalty, minimised with scipy's L-BFGS
(Nocedal 1980) until it converges or `steps` iterations pass. Adam for a fixed 300 steps, used before,
stopped short of the minimum and cost about 0.01 F1 on the ClaimBuster folds (issue 10). Features seen
fewer than `min_count` times get no weight. Dense columns (the pooled token vectors, already
standardised) sit beside the sparse ones; their weights are named "v:<column>".

A feature counts once per row, except those with a `counted` prefix (character n-grams, once per word
that has them). With `naive_bayes`, each sparse column is scaled by the absolute log-count ratio of
its feature between the classes, measured on the rows given (NB-LR: Wang and Manning 2012, "Baselines
and bigrams"); the weights returned are per unscaled feature, so scoring needs no ratios.
"""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Optional, Sequence

import numpy
from scipy import sparse
from scipy.optimize import minimize


def feature_index(rows: Sequence[Sequence[str]], *, min_count: int) -> list[str]:
    """The features kept for training, sorted so the weight order never depends on dict order."""
    counts = Counter(feature for row in rows for feature in set(row))
    return sorted(feature for feature, count in counts.items() if count >= min_count)


def fit_logistic(
    rows: Sequence[Sequence[str]],
    labels: Sequence[bool],
    *,
    l2: float,
    steps: int,
    min_count: int,
    vectors: Optional[numpy.ndarray] = None,
    counted: tuple[str, ...] = (),
    naive_bayes: bool = False,
    group_scale: Optional[Mapping[str, float]] = None,
) -> dict[str, float]:
    """Weights by feature name; a row's score is sigmoid(sum of its features' weights + its vector . the "v:" weights).

    l2 (float): penalty on the squared weights, relative to the mean loss per row.
    vectors (numpy.ndarray): optional dense columns, one row per row of `rows`.
    group_scale: prefix -> factor on those columns (a factor below 1 makes their weights cost more under the L2 penalty).
    """
    names = feature_index(rows, min_count=min_count)
    position = {name: index for index, name in enumerate(names)}
    binary = sparse_rows(rows, position, counted=counted)
    target = numpy.asarray(labels, dtype=numpy.float64)
    count = len(target)
    dense = numpy.zeros((count, 0)) if vectors is None else numpy.asarray(vectors, dtype=numpy.float64)
    vector_names = [f"v:{column}" for column in range(dense.shape[1])]
    positives = target.sum()
    if count == 0 or positives in (0, count):
        return {name: 0.0 for name in names + vector_names}
    scale = numpy.ones(len(names))
    if naive_bayes:
        scale = log_count_ratio(binary, target)
    for prefix, factor in (group_scale or {}).items():
        scale[[index for index, name in enumerate(names) if name.startswith(prefix)]] *= factor
    design = sparse.hstack([binary @ sparse.diags(scale), sparse.csr_matrix(dense)]).tocsr()
    # each class weighs half of the loss, however rare it is (scikit-learn's class_weight="balanced")
    row_weight = numpy.where(target == 1, count / (2 * positives), count / (2 * (count - positives))) / count

    def loss_and_gradient(weights: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        logits = design @ weights
        loss = float(row_weight @ (numpy.logaddexp(0.0, logits) - target * logits)) + 0.5 * l2 * float(weights @ weights)
        return loss, design.T @ ((_sigmoid(logits) - target) * row_weight) + l2 * weights

    result = minimize(loss_and_gradient, numpy.zeros(len(names) + dense.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": steps})
    weights = numpy.concatenate([result.x[: len(names)] * scale, result.x[len(names) :]])
    return {name: float(weight) for name, weight in zip(names + vector_names, weights)}


def sparse_rows(rows: Sequence[Sequence[str]], position: Mapping[str, int], *, counted: tuple[str, ...] = ()) -> sparse.csr_matrix:
    """One row per row: 1 for each feature present, or how many times it is there for a `counted` prefix."""
    columns, row_of, values = [], [], []
    for row_number, row in enumerate(rows):
        found = Counter(position[feature] for feature in row if feature in position and feature.startswith(counted)) if counted else Counter()
        found.update({position[feature]: 1 for feature in set(row) if feature in position and not (counted and feature.startswith(counted))})
        present = sorted(found)
        columns.extend(present)
        row_of.extend([row_number] * len(present))
        values.extend(float(found[column]) for column in present)
    return sparse.csr_matrix((numpy.asarray(values, dtype=numpy.float64), (row_of, columns)), shape=(len(rows), len(position)))


def log_count_ratio(binary: sparse.csr_matrix, target: numpy.ndarray, *, alpha: float = 1.0) -> numpy.ndarray:
    """|log((p / |p|) / (q / |q|))| per column, p and q the smoothed counts of rows with the feature in each class."""
    present = (binary > 0).astype(numpy.float64)
    positive = numpy.asarray(present[target == 1].sum(axis=0)).ravel() + alpha
    negative = numpy.asarray(present[target == 0].sum(axis=0)).ravel() + alpha
    return numpy.abs(numpy.log((positive / positive.sum()) / (negative / negative.sum())))


def _sigmoid(values: numpy.ndarray) -> numpy.ndarray:
    return 0.5 * (1.0 + numpy.tanh(0.5 * values))
