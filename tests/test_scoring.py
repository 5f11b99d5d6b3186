"""Scoring on hand-made gold/prediction pairs whose P/R/F1 are worked out by hand."""

import json

import pytest

from claimspan.convert import text_sha256
from claimspan.errors import ClaimspanError
from claimspan.scoring import Item, match, score

TEXT = "Pakistan said 16 soldiers died on Dec 24 in Makin. Kabul denied it."


def write(path, records):
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


def document(actors=(), dates=(), figures=(), sha=None):
    return {"record": "document", "doc_id": "d", "text_sha256": sha or text_sha256(TEXT), "sentences": [{"start": 0, "end": 50}, {"start": 51, "end": 68}], "actors": list(actors), "dates": list(dates), "figures": list(figures)}


def actor(start, end, actor_id):
    return {"start": start, "end": end, "text": TEXT[start:end], "id": actor_id, "type": "COUNTRY"}


def test_scoring_match_prefers_exact_then_largest_overlap():
    gold = [Item(0, 8, "a"), Item(14, 25, "b")]
    predicted = [Item(0, 8, "a"), Item(14, 16, "x"), Item(17, 25, "y")]
    exact, overlap = match(gold, predicted)
    assert [(g.start, p.start) for g, p in exact] == [(0, 0)]
    assert [(g.start, p.start) for g, p in overlap] == [(0, 0), (14, 17)]


def test_scoring_actor_precision_recall_and_id_accuracy(tmp_path):
    texts = {"d": TEXT}
    # gold: Pakistan [0:8], Kabul [51:56]; predicted: Pakistan (right id), Kabul (wrong id), Makin (false hit)
    gold = write(tmp_path / "gold.jsonl", [document(actors=[actor(0, 8, "country:PAK"), actor(51, 56, "country:AFG")])])
    pred = write(tmp_path / "pred.jsonl", [document(actors=[actor(0, 8, "country:PAK"), actor(51, 56, "country:PAK"), actor(44, 49, "country:XXX")])])
    report = score(gold, pred, texts)
    actors = report["categories"]["actors"]
    assert actors["exact"]["precision"] == pytest.approx(2 / 3)
    assert actors["exact"]["recall"] == 1.0
    assert actors["exact"]["f1"] == pytest.approx(0.8)
    assert actors["attribute_accuracy"]["id"] == pytest.approx(0.5)
    assert report["categories"]["sentences"]["exact"]["f1"] == 1.0


def test_scoring_overlap_counts_partial_spans(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [document(dates=[{"start": 34, "end": 40, "text": "Dec 24", "type": "DATE", "value": "2024-12-24", "mod": None}])])
    pred = write(tmp_path / "pred.jsonl", [document(dates=[{"start": 31, "end": 40, "text": "on Dec 24", "type": "DATE", "value": "2024-12-24", "mod": None}])])
    dates = score(gold, pred, {"d": TEXT})["categories"]["dates"]
    assert dates["exact"]["f1"] == 0.0
    assert dates["overlap"]["f1"] == 1.0
    assert dates["attribute_accuracy"]["value"] == 1.0


def test_scoring_refuses_gold_for_another_text(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [document(sha="0" * 64)])
    pred = write(tmp_path / "pred.jsonl", [document()])
    with pytest.raises(ClaimspanError, match=r"\[E103\]"):
        score(gold, pred, {"d": TEXT})


@pytest.mark.parametrize(
    "value, expected",
    [("1968-XX", "1968"), ("1998-XX-XX", "1998"), ("2000-W7", "2000-W07"), ("2000-W07", "2000-W07"), ("2024-12-24", "2024-12-24"), ("PXD", "PXD")],
)
def test_scoring_timex_value_normalisation(value, expected):
    from claimspan.evaluation.benchmarks import normalise_value

    assert normalise_value(value) == expected


def claim(start, end, source_actor):
    # "Kabul denied it.": source "Kabul" [51:56], cue "denied" [57:63]
    return {"record": "claim", "claim_id": f"c{start}", "doc_id": "d", "start": start, "end": end, "text": TEXT[start:end], "type": "attributed",
            "source": {"start": 51, "end": 56, "text": "Kabul", "actor_id": source_actor, "cue": {"start": 57, "end": 63, "text": "denied"}}}


def test_scoring_source_actor_id_accuracy(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [document(), claim(51, 67, "country:AFG")])
    right = write(tmp_path / "right.jsonl", [document(), claim(51, 67, "country:AFG")])
    wrong = write(tmp_path / "wrong.jsonl", [document(), claim(51, 67, None)])
    assert score(gold, right, {"d": TEXT})["categories"]["sources"]["attribute_accuracy"]["actor"] == 1.0
    sources = score(gold, wrong, {"d": TEXT})["categories"]["sources"]
    assert sources["overlap"]["f1"] == 1.0
    assert sources["attribute_accuracy"]["actor"] == 0.0
