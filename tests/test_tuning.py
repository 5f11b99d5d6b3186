"""The tuning scores: which articles a sample or a half holds, and which gold a miss listing names."""

from __future__ import annotations

import random

from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.evaluation.polnear import Predicted
from claimspan.evaluation.polnear_data import GoldAttribution, PolnearArticle
from claimspan.evaluation.benchmark_data import GoldSpan
from claimspan.evaluation.tuning import polnear_misses, polnear_sample, wwn_half, wwn_tuning_documents, wwn_type_confusion, wwn_type_errors
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


def test_type_confusion_counts_each_actor_under_the_gold_label_it_overlaps_most():
    text = "Ana Lima met the Lima Trust in Peru and Peru's embassy."
    # gold: a person, a body, a place; the actors: the person typed as a body, the body typed right, the state twice
    entities = (GoldSpan(0, 8, "Ana Lima", "Person"), GoldSpan(17, 27, "Lima Trust", "Organization"), GoldSpan(31, 35, "Peru", "Location"))
    document = WwnDocument(doc_id="d", region="Somewhere", text=text, entities=entities)
    actors = [(0, 8, "ORGANIZATION"), (17, 27, "ORGANIZATION"), (31, 35, "COUNTRY"), (40, 44, "COUNTRY"), (13, 21, "PERSON")]
    assert wwn_type_confusion([(document, actors)]) == {
        "COUNTRY": {"Location": 1, "-": 1},
        "ORGANIZATION": {"Person": 1, "Organization": 1},
        # 'the Lima' overlaps the body by 4 characters and no other entity
        "PERSON": {"Organization": 1},
    }
    listed = "".join(wwn_type_errors(document, actors))
    assert "ORGANIZATION over Person 'Ana Lima'" in listed
    assert "PERSON over Organization 'the Lima'" in listed
    assert "Lima Trust'" not in listed and "COUNTRY" not in listed
