"""The numpy logistic regression: it learns a separable toy set and gives the same weights every run."""

import math

import numpy
import pytest

from claimspan.training.linear import feature_index, fit_logistic, log_count_ratio, sparse_rows

ROWS = [["bias", "w:percent", "w:rose"], ["bias", "w:percent", "w:fell"], ["bias", "w:think", "w:great"], ["bias", "w:think", "w:we"], ["bias", "w:great"], ["bias", "w:percent"]]
LABELS = [True, True, False, False, False, True]
SETTINGS = {"l2": 0.001, "steps": 200, "min_count": 1}


def test_training_linear_learns_the_separating_words():
    weights = fit_logistic(ROWS, LABELS, **SETTINGS)
    assert weights["w:percent"] > 1.0
    assert weights["w:think"] < -0.5 and weights["w:great"] < -0.5


def test_training_linear_is_deterministic():
    assert fit_logistic(ROWS, LABELS, **SETTINGS) == fit_logistic(ROWS, LABELS, **SETTINGS)


def test_training_linear_min_count_drops_rare_features():
    assert feature_index(ROWS, min_count=2) == ["bias", "w:great", "w:percent", "w:think"]
    assert "w:rose" not in fit_logistic(ROWS, LABELS, **{**SETTINGS, "min_count": 2})


@pytest.mark.parametrize("labels", [[True] * 6, [False] * 6], ids=["all-positive", "all-negative"])
def test_training_linear_one_class_gives_zero_weights(labels):
    assert set(fit_logistic(ROWS, labels, **SETTINGS).values()) == {0.0}


def test_training_linear_dense_column_gets_a_named_weight():
    # the first dense column is +1 exactly on the positive rows, the second is noise-free zero
    vectors = numpy.array([[1.0 if label else -1.0, 0.0] for label in LABELS])
    rows = [["bias"]] * len(LABELS)
    weights = fit_logistic(rows, LABELS, **SETTINGS, vectors=vectors)
    assert weights["v:0"] > 1.0
    assert weights["v:1"] == 0.0


def test_training_linear_counted_prefix_counts_each_occurrence():
    # "c:ax" is in two words of the first row: it counts twice there, a plain feature once however often it repeats
    matrix = sparse_rows([["w:tax", "w:tax", "c:ax", "c:ax"], ["c:ax"]], {"c:ax": 0, "w:tax": 1}, counted=("c:",))
    assert matrix.toarray().tolist() == [[2.0, 1.0], [1.0, 0.0]]


def test_training_linear_log_count_ratio_by_hand():
    # "a" is in 2 of 2 positive rows and 0 of 2 negative ones; with alpha 1 the smoothed counts are 3 | 1 and 1 | 3
    matrix = sparse_rows([["a"], ["a"], ["b"], ["b"]], {"a": 0, "b": 1})
    ratio = log_count_ratio(matrix, numpy.array([1.0, 1.0, 0.0, 0.0]))
    # |log((3/4) / (1/4))| = log 3 for both columns
    assert ratio == pytest.approx([math.log(3.0), math.log(3.0)])


def test_training_linear_naive_bayes_weights_are_per_unscaled_feature():
    plain = fit_logistic(ROWS, LABELS, **SETTINGS)
    scaled = fit_logistic(ROWS, LABELS, **SETTINGS, naive_bayes=True)
    assert scaled["w:percent"] > 1.0 and scaled["w:think"] < -0.5
    # "bias" is in every row, so its log-count ratio is 0 and it gets no weight at all
    assert scaled["bias"] == 0.0 and plain["bias"] != 0.0
