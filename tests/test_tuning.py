"""The tuning scores: which articles a sample or a half holds, and which gold a miss listing names."""

from __future__ import annotations

import random

from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.evaluation.polnear import Predicted
from claimspan.evaluation.polnear_data import GoldAttribution, PolnearArticle
from claimspan.evaluation.tuning import polnear_misses, polnear_sample, wwn_half, wwn_tuning_documents
from claimspan.evaluation.wwn import WwnDocument, tuning_part

runner = CliRunner()


def _article(doc_id: str) -> PolnearArticle:
    return PolnearArticle(doc_id=doc_id, text="", published=None, attributions=())


def test_a_polnear_sample_depends_on_the_seed_and_not_on_the_folder_order():
    articles = [_article(f"article-{number:03d}") for number in range(40)]
    shuffled = list(articles)
    random.Random(1).shuffle(shuffled)
    first = [article.doc_id for article in polnear_sample(articles, 10, seed=7)]
    assert [article.doc_id for article in polnear_sample(shuffled, 10, seed=7)] == first
    assert len(set(first)) == 10
    assert [article.doc_id for article in polnear_sample(articles, 10, seed=8)] != first


def test_the_miss_listing_names_only_gold_whose_source_no_claim_finds():
    text = "Jane Roe said the bridge will close. Officials said the road is open."
    found = GoldAttribution(source=((0, 8),), cue=((9, 13),), content=((14, 35),))
    missed = GoldAttribution(source=((37, 46),), cue=((47, 51),), content=((52, 68),))
    article = PolnearArticle(doc_id="a", text=text, published=None, attributions=(found, missed))
    # the second claim has the missed gold's content but the first speaker as its source
    predicted = [Predicted(source=(0, 8), cue=(9, 13), content=(14, 35)), Predicted(source=(5, 8), cue=(47, 51), content=(52, 68))]
    listing = "".join(polnear_misses([article], {"a": predicted}, {("a", 0): "speech", ("a", 1): "speech"}))
    assert "SOURCE: Officials" in listing
    assert "SOURCE: Jane Roe" not in listing
    assert "ours: source='Roe'" in listing


def test_the_two_halves_split_the_tuning_part_and_nothing_else():
    documents = [WwnDocument(doc_id=f"country_outlet_{number}", region="Somewhere", text="", entities=()) for number in range(200)]
    tuning = {document.doc_id for document in documents if tuning_part(document.doc_id)}
    halves = {half: {document.doc_id for document in wwn_tuning_documents(documents, half)} for half in ("A", "B")}
    assert halves["A"] and halves["B"]
    assert halves["A"] | halves["B"] == tuning
    assert not halves["A"] & halves["B"]
    assert {document.doc_id for document in wwn_tuning_documents(documents)} == tuning
    assert all(wwn_half(doc_id) == "A" for doc_id in halves["A"])


def test_tune_wwn_refuses_a_third_half_in_one_line(tmp_path):
    result = runner.invoke(app, ["tune", "wwn", "--data", str(tmp_path), "--half", "C"])
    assert result.exit_code == 2
    assert "--half 'C'" in result.output and "A or B" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_tune_polnear_names_a_missing_folder(tmp_path):
    result = runner.invoke(app, ["tune", "polnear", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "no such folder (given as --data)" in result.output
