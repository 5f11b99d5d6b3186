"""An output never replaces a file the command reads, even one inside an input folder (E039), nor one of the run's
own side files (E017); refused with one coded line, exit 2, nothing written."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
SENTENCE = "The minister said the bridge would reopen in March."


def _contents(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _brat_folder(tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "doc-1.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "doc-1.ann").write_text("T1\tClaim 0 50\tThe minister said the bridge would reopen in March\n", encoding="utf-8")
    (folder / "claimspan.json").write_text(json.dumps({"doc-1": {"doc_id": "doc-1"}}), encoding="utf-8")
    (folder / "annotation.conf").write_text("[entities]\nClaim\n", encoding="utf-8")
    return folder


def _refused(result, name):
    assert result.exit_code == 2, result.output
    assert "[E039]" in result.stderr and name in result.stderr and "input folder" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("name", ["doc-1.ann", "doc-1.txt", "claimspan.json", "annotation.conf"])
def test_a_brat_import_onto_a_file_of_the_folder_it_reads_is_refused(tmp_path, name):
    folder = _brat_folder(tmp_path)
    before = _contents(folder)
    result = runner.invoke(app, ["import", str(folder), "--format", "brat", "-o", str(folder / name)])
    _refused(result, name)
    assert _contents(folder) == before


def test_a_brat_import_reads_a_bad_id_manifest_as_one_coded_line(tmp_path):
    folder = _brat_folder(tmp_path)
    (folder / "claimspan.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["import", str(folder), "--format", "brat", "-o", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2 and "[E035]" in result.stderr and "claimspan.json" in result.stderr
    assert result.stderr.count("\n") == 1 and not (tmp_path / "gold.jsonl").exists()


@pytest.mark.parametrize("suffix", [".txt", ".json"])
def test_an_export_onto_an_article_or_sidecar_in_the_texts_folder_is_refused(review_inputs, tmp_path, suffix):
    shared_texts, claims, docs = review_inputs
    texts = shutil.copytree(shared_texts, tmp_path / "texts")
    name = sorted(texts.glob("*.txt"))[0].with_suffix(suffix).name
    before = _contents(texts)
    result = runner.invoke(app, ["export", str(claims), "--docs", str(docs), "--texts", str(texts), "--format", "label-studio", "-o", str(texts / name)])
    _refused(result, name)
    assert _contents(texts) == before


@pytest.fixture
def no_evaluation(monkeypatch):
    def work(*args, **kwargs):
        raise AssertionError("evaluate started its work instead of refusing the output")

    monkeypatch.setattr("claimspan.cli.evaluate.load", work)


def test_evaluate_scores_beside_the_report_may_not_replace_a_sidecar_of_its_texts(tmp_path, no_evaluation):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "doc-1.txt").write_text(SENTENCE, encoding="utf-8")
    (texts / "doc-1.json").write_text(json.dumps({"published": "2024-06-01"}), encoding="utf-8")
    before = _contents(texts)
    result = runner.invoke(app, ["evaluate", "--texts", str(texts), "-o", str(texts / "doc-1.md")])
    _refused(result, "doc-1.json")
    assert _contents(texts) == before


def test_evaluate_refuses_a_json_report_that_its_scores_would_replace(tmp_path, no_evaluation):
    result = runner.invoke(app, ["evaluate", "-o", str(tmp_path / "ev.json")])
    assert result.exit_code == 2 and "[E050]" in result.stderr and "ev.md" in result.stderr
    assert result.stderr.count("\n") == 1 and _contents(tmp_path) == {}


def test_evaluate_refuses_scores_that_would_go_onto_a_folder_before_any_work(tmp_path, no_evaluation):
    (tmp_path / "r.json").mkdir()
    result = runner.invoke(app, ["evaluate", "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 2 and "[E018]" in result.stderr and "r.json" in result.stderr
    # neither the report nor a partial file of the scores is left
    assert result.stderr.count("\n") == 1 and sorted(path.name for path in tmp_path.rglob("*")) == ["r.json"]


@pytest.mark.parametrize(
    ("output", "docs"),
    [("c.jsonl", "c.jsonl.partial"), ("c.jsonl", "c.jsonl.manifest.jsonl"), ("c.jsonl", "c.jsonl.manifest.jsonl.partial"), ("d.jsonl.partial", "d.jsonl")],
)
def test_extract_docs_may_not_be_a_side_file_of_the_claims_output(tmp_path, output, docs):
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / output), "--docs", str(tmp_path / docs), "--published", "2024-01-01"])
    assert result.exit_code == 2 and "[E017]" in result.stderr and "side file" in result.stderr
    assert result.stderr.count("\n") == 1 and sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]


def test_a_brat_export_to_dash_is_refused_not_a_folder_named_dash(review_inputs, tmp_path, monkeypatch):
    texts, claims, docs = review_inputs
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", str(claims), "--docs", str(docs), "--texts", str(texts), "--format", "brat", "-o", "-"])
    assert result.exit_code == 2 and "[E050] --output '-'" in result.stderr and "folder" in result.stderr
    assert result.stderr.count("\n") == 1 and list(tmp_path.iterdir()) == []


def test_an_interrupted_extract_with_claims_on_stdout_and_no_docs_says_w009(tmp_path, monkeypatch):
    from claimspan.outputs import RunOutputs

    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")

    def interrupted(self, extraction):
        raise KeyboardInterrupt

    monkeypatch.setattr(RunOutputs, "write", interrupted)
    result = runner.invoke(app, ["extract", str(article), "--published", "2024-01-01"])
    assert result.exit_code == 130
    assert "[W009]" in result.stderr and "stdout" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]


def test_a_label_studio_export_checks_the_config_it_writes_beside_the_tasks(review_inputs, tmp_path):
    texts, claims, docs = review_inputs
    (tmp_path / "tasks.label_config.xml").mkdir()
    result = runner.invoke(app, ["export", str(claims), "--docs", str(docs), "--texts", str(texts), "--format", "label-studio", "-o", str(tmp_path / "tasks.json")])
    assert result.exit_code == 2 and "[E018]" in result.stderr and "tasks.label_config.xml" in result.stderr
    # the tasks are not written when their config cannot be
    assert result.stderr.count("\n") == 1 and sorted(path.name for path in tmp_path.rglob("*")) == ["tasks.label_config.xml"]
