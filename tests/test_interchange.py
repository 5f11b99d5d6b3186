"""Export to and import from annotation tools: round trips score 1.0, hand-made annotations import as gold."""

from __future__ import annotations

import json

import pytest
from spacy.tokens import DocBin
from typer.testing import CliRunner

from claimspan.cli import app as cli_app

runner = CliRunner()


def run(*args):
    result = runner.invoke(cli_app, [str(arg) for arg in args])
    return result


@pytest.fixture
def exported(review_inputs, tmp_path):
    texts, claims, docs = review_inputs

    def export(output_format, name):
        result = run("export", claims, "--docs", docs, "--texts", texts, "--format", output_format, "-o", tmp_path / name)
        assert result.exit_code == 0, result.output
        return tmp_path / name

    return export


@pytest.mark.parametrize("output_format, name", [("label-studio", "tasks.json"), ("brat", "brat")], ids=["label-studio", "brat"])
def test_interchange_round_trip_scores_one_on_every_layer(review_inputs, exported, tmp_path, output_format, name):
    texts, claims, docs = review_inputs
    path = exported(output_format, name)
    gold = tmp_path / "gold" / "gold.jsonl"
    result = run("import", path, "--format", output_format, "-o", gold)
    assert result.exit_code == 0, result.output
    assert run("validate", gold.parent, "--texts", texts).exit_code == 0
    pred = tmp_path / "pred"
    pred.mkdir()
    for source in (claims, docs):
        (pred / source.name).write_bytes(source.read_bytes())
    report = json.loads(run("score", "--gold", gold.parent, "--pred", pred, "--texts", texts, "--json").stdout)
    assert report["documents"] == ["buses", "helmand"]
    for category, summary in report["categories"].items():
        assert summary["exact"]["f1"] == 1.0, category
        assert all(value == 1.0 for value in summary.get("attribute_accuracy", {}).values()), category
    assert report["categories"]["sources"]["exact"]["tp"] == 6 and report["categories"]["hedges"]["exact"]["tp"] == 1  # "likely"; "could not afford" is no hedge (R333)


def test_interchange_label_studio_annotation_wins_over_prediction(exported, tmp_path):
    path = exported("label-studio", "tasks.json")
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert (path.parent / "tasks.label_config.xml").read_text(encoding="utf-8").startswith("<View>")
    task = next(task for task in tasks if task["data"]["doc_id"] == "helmand")
    result = [dict(item) for item in task["predictions"][0]["result"]]
    # The annotator drops every region but the first claim and changes its type.
    claim = next(item for item in result if item["type"] == "labels" and item["value"]["labels"] == ["Claim"])
    kept = [item for item in result if item.get("id") == claim["id"]]
    next(item for item in kept if item["type"] == "choices")["value"]["choices"] = ["event"]
    task["annotations"] = [{"result": kept, "was_cancelled": False}]
    path.write_text(json.dumps([task]), encoding="utf-8")
    gold = tmp_path / "annotated.jsonl"
    assert run("import", path, "--format", "label-studio", "-o", gold).exit_code == 0
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert [record["record"] for record in records] == ["document", "claim"]
    assert records[1]["text"] == "Officials said on Monday that 40 fighters were killed in Helmand province"
    assert records[1]["type"] == "event" and records[1]["source"] is None


def test_interchange_imports_a_hand_made_brat_document(tmp_path):
    text = "Rebels seized the town, the army said. 🙂 Prices may rise.\n"
    (tmp_path / "town.txt").write_text(text, encoding="utf-8")
    (tmp_path / "town.ann").write_text(
        "T1\tClaim 0 22\tRebels seized the town\n"
        "T2\tSource 24 32\tthe army\n"
        "T3\tCue 33 37\tsaid\n"
        "T4\tClaim 41 56\tPrices may rise\n"
        "T5\tHedge 48 51\tmay\n"
        "A1\tClaimType T1 event\n"
        "A2\tClaimType T4 prediction\n"
        "A3\tNegated T4\n"
        "R1\tSource Arg1:T1 Arg2:T2\n"
        "R2\tCue Arg1:T1 Arg2:T3\n"
        "R3\tHedge Arg1:T4 Arg2:T5\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    result = run("import", tmp_path, "--format", "brat", "-o", gold)
    assert result.exit_code == 0, result.output
    document, first, second = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert document["doc_id"] == "town" and first["doc_id"] == "town"
    assert (first["type"], first["source"]["text"], first["source"]["cue"]["text"]) == ("event", "the army", "said")
    assert (second["text"], second["type"], second["negated"], second["hedges"][0]["text"]) == ("Prices may rise", "prediction", True, "may")


@pytest.mark.parametrize(
    "content, code",
    [("T1\tClaim zero 5\tRebel\n", "E034"), ("T1\tClaim 0 500\tRebel\nA1\tClaimType T1 event\n", "E034"), ("A1\tClaimType T9 event\n", "E034")],
    ids=["bad-offset", "outside-text", "unknown-target"],
)
def test_interchange_brat_errors_name_file_and_line(tmp_path, content, code):
    (tmp_path / "town.txt").write_text("Rebels seized the town.\n", encoding="utf-8")
    (tmp_path / "town.ann").write_text(content, encoding="utf-8")
    result = run("import", tmp_path, "--format", "brat", "-o", tmp_path / "gold.jsonl")
    assert result.exit_code == 2 and f"[{code}]" in result.output
    assert not (tmp_path / "gold.jsonl").exists()


@pytest.mark.parametrize("content", ['{"data": {}}', "[{\"data\": {\"doc_id\": \"x\"}}]", "not json"], ids=["not-a-list", "no-text", "not-json"])
def test_interchange_label_studio_rejects_other_files(tmp_path, content):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    result = run("import", path, "--format", "label-studio", "-o", tmp_path / "gold.jsonl")
    assert result.exit_code == 2 and "[E033]" in result.output


def test_interchange_unknown_format_is_refused(review_inputs, tmp_path):
    texts, claims, _ = review_inputs
    result = run("export", claims, "--texts", texts, "--format", "conll", "-o", tmp_path / "out")
    assert result.exit_code == 2 and "[E032]" in result.output


def test_interchange_docbin_holds_claims_and_mentions_as_span_groups(review_inputs, exported, blank_nlp):
    path = exported("docbin", "claims.spacy")
    docs = {doc.user_data["doc_id"]: doc for doc in DocBin().from_disk(path).get_docs(blank_nlp.vocab)}
    helmand = docs["helmand"]
    assert [span.text for span in helmand.spans["claims"]] == [
        "Officials said on Monday that 40 fighters were killed in Helmand province",
        "The army “will likely send more troops”, a spokesman told reporters",
        "Prices rose 5% in March, according to the central bank",
    ]
    assert {span.label_ for span in helmand.spans["claims"]} == {"attributed"}
    assert [(span.text, span.kb_id_) for span in helmand.spans["dates"]] == [("Monday", "2010-08-30"), ("March", "2010-03")]
    assert [span.text for span in helmand.spans["hedges"]] == ["likely"]
    assert [(span.text, span.label_, span.kb_id_) for span in docs["buses"].spans["actors"]] == [("Ford", "ORGANIZATION", "org:ford")]


def test_interchange_displacy_page_shows_spans_offline(exported):
    page = exported("displacy", "claims.html").read_text(encoding="utf-8")
    assert "CLAIM:attributed" in page and "HEDGE" in page and "DATE" in page
    assert '<h2 style="margin: 0">helmand' in page and '<h2 style="margin: 0">buses' in page
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
