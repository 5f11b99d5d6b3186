"""The numpy logistic regression: it learns a separable toy set and gives the same weights every run."""

import numpy
import pytest

from claimspan.training.linear import feature_index, fit_logistic

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
