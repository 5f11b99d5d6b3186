"""Logistic regression on sparse binary features, trained full-batch with numpy: no sampling, so the
same rows give the same weights on every run.

The objective is the class-balanced mean log-loss plus an L2 penalty, minimised with Adam over the
whole batch for a fixed number of steps (Kingma and Ba 2015). Features seen fewer than `min_count`
times get no weight.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy

ADAM_BETAS = (0.9, 0.999)
ADAM_EPSILON = 1e-8


def feature_index(rows: Sequence[Sequence[str]], *, min_count: int) -> list[str]:
    """The features kept for training, sorted so the weight order never depends on dict order."""
    counts = Counter(feature for row in rows for feature in set(row))
    return sorted(feature for feature, count in counts.items() if count >= min_count)


def fit_logistic(rows: Sequence[Sequence[str]], labels: Sequence[bool], *, l2: float, steps: int, learning_rate: float, min_count: int) -> dict[str, float]:
    """Weights by feature name; a row's score is sigmoid(sum of its features' weights).

    l2 (float): penalty on the squared weights, relative to the mean loss per row.
    """
    names = feature_index(rows, min_count=min_count)
    position = {name: index for index, name in enumerate(names)}
    columns, row_of = [], []
    for row_number, row in enumerate(rows):
        present = sorted({position[feature] for feature in row if feature in position})
        columns.extend(present)
        row_of.extend([row_number] * len(present))
    columns_array = numpy.asarray(columns, dtype=numpy.int64)
    rows_array = numpy.asarray(row_of, dtype=numpy.int64)
    target = numpy.asarray(labels, dtype=numpy.float64)
    count = len(target)
    positives = target.sum()
    if count == 0 or positives in (0, count):
        return {name: 0.0 for name in names}
    # each class weighs half of the loss, however rare it is (scikit-learn's class_weight="balanced")
    row_weight = numpy.where(target == 1, count / (2 * positives), count / (2 * (count - positives))) / count
    weights = numpy.zeros(len(names))
    first_moment = numpy.zeros(len(names))
    second_moment = numpy.zeros(len(names))
    beta1, beta2 = ADAM_BETAS
    for step in range(1, steps + 1):
        logits = numpy.bincount(rows_array, weights=weights[columns_array], minlength=count)
        error = (_sigmoid(logits) - target) * row_weight
        gradient = numpy.bincount(columns_array, weights=error[rows_array], minlength=len(names)) + l2 * weights
        first_moment = beta1 * first_moment + (1 - beta1) * gradient
        second_moment = beta2 * second_moment + (1 - beta2) * gradient**2
        corrected = first_moment / (1 - beta1**step)
        weights -= learning_rate * corrected / (numpy.sqrt(second_moment / (1 - beta2**step)) + ADAM_EPSILON)
    return {name: float(weight) for name, weight in zip(names, weights)}


def _sigmoid(values: numpy.ndarray) -> numpy.ndarray:
    return 0.5 * (1.0 + numpy.tanh(0.5 * values))
