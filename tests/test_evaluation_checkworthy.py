"""The check-worthiness evaluation's measures, checked against values computed by hand."""

import numpy
import pytest

from claimspan.evaluation.checkworthy import average_precision, fold_of, prf, to_markdown_lines


@pytest.mark.parametrize(
    "labels, scores, expected",
    [
        ([True, False, True], [0.9, 0.8, 0.7], (1 / 1 + 2 / 3) / 2),
        ([False, True], [0.5, 0.5], 1 / 2),  # a tie keeps line order
        ([False, False], [0.3, 0.1], 0.0),
        ([False, False, True], [0.1, 0.2, 0.9], 1.0),
    ],
    ids=["two-hits", "tie", "no-positive", "perfect"],
)
def test_evaluation_checkworthy_average_precision(labels, scores, expected):
    assert average_precision(labels, scores) == pytest.approx(expected)


def test_evaluation_checkworthy_prf():
    # 2 true positives, 1 false positive, 1 false negative
    assert prf([True, True, False, True], [True, True, True, False]) == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})


def test_evaluation_checkworthy_folds_are_seeded_and_balanced():
    folds = fold_of(23)
    assert (folds == fold_of(23)).all()
    assert sorted(numpy.bincount(folds).tolist()) == [4, 4, 5, 5, 5]


def test_evaluation_checkworthy_markdown_says_which_targets_are_met():
    scores = {"precision": 0.8, "recall": 0.8, "f1": 0.8}
    low = {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    result = {
        "claimbuster": {"sentences": 10, "folds": 5, "factual": {"claimspan": scores, "baseline": low}, "cfs": {"claimspan": low, "baseline": low}, "non_factual": {"threshold": 0.15, "sentences": 3, "nfs_share": 1.0, "nfs_recall": 0.5}, "types_as_factual": {"rules": low, "rules_and_model": scores}},
        "clef": {"debates": 2, "lines": 10, "checkworthy_lines": 2, "claimspan": 0.25, "claimbuster_head": 0.2, "fact_checked_head": 0.1, "baseline": 0.1},
        "gold_by_type": {"types": {"event": {"claims": 2, "mean": 0.6}}, "factual_mean": 0.6, "opinion_mean": 0.3},
        "seconds": 90.0,
    }
    text = "\n".join(to_markdown_lines(result))
    assert "| factual (CFS+UFS) vs NFS | claimspan | 0.800 | 0.800 | 0.800 | F1 >= 0.8: met |" in text
    assert "| CFS vs the rest | claimspan | 0.500 | 0.500 | 0.500 | F1 >= 0.7: not met |" in text
    assert "target >= 0.20: met) | 0.250 |" in text
    assert "1.5 minutes" in text


def test_evaluation_checkworthy_types_as_factual_before_and_after_retyping():
    from claimspan.evaluation.checkworthy import types_as_factual

    rows = [["type:event"], ["type:event"], ["type:attributed"], ["type:none"]]
    target = [True, False, False, True]
    result = types_as_factual(rows, target, numpy.array([0.9, 0.05, 0.05, 0.9]), non_factual_below=0.15)
    # rules: sentences 1-3 read as factual (1 right); after: the second is retyped, the attributed third stays
    assert result["rules"] == pytest.approx({"precision": 1 / 3, "recall": 1 / 2, "f1": 0.4})
    assert result["rules_and_model"] == pytest.approx({"precision": 1 / 2, "recall": 1 / 2, "f1": 0.5})
