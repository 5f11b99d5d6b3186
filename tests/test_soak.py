"""The soak: each corpus layout is read into documents; failures are counted by stage and error class."""

import json

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.components.figures import FigureFinder
from claimspan.soak import corpus_documents, soak_corpus, to_markdown

runner = CliRunner()


@pytest.fixture
def newswire(tmp_path):
    folder = tmp_path / "newswire"
    (folder / "original_articles").mkdir(parents=True)
    (folder / "original_articles" / "a_1.txt").write_text("http://example.org/a\r\n\r\nThe army said 16 soldiers were killed on 26/07/2022.\r\n", encoding="utf-8")
    (folder / "original_articles" / "a_2.txt").write_text("Officials said the talks failed.\n", encoding="utf-8")
    (folder / "regions.txt").write_text("not an article\n", encoding="utf-8")
    return folder


def test_soak_reads_newswire_articles_only(newswire):
    kind, documents = corpus_documents(newswire)
    assert kind == "worldwide-newswire"
    assert [document.id for document in documents] == ["a_1", "a_2"]


def test_soak_reads_polnear_with_its_metadata(tmp_path):
    data = tmp_path / "polnear" / "data"
    (data / "dev" / "text").mkdir(parents=True)
    (data / "dev" / "text" / "nyt_2016-09-08_obama.txt").write_text("Obama said the trend was clear.\n", encoding="utf-8")
    (data / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\tauthor\ttitle\tpublisher\ndev\tnyt_2016-09-08_obama\t2016-09-08\tA. Writer\tObama on climate\tnyt\n", encoding="utf-8"
    )
    kind, documents = corpus_documents(tmp_path / "polnear")
    (document,) = documents
    assert kind == "polnear"
    assert document.meta.published.isoformat() == "2016-09-08"
    assert document.meta.model_extra == {"author": "A. Writer", "publisher": "nyt"}


def test_soak_reads_claimbuster_and_clef_lines(nlp, tmp_path):
    folder = tmp_path / "claimbuster"
    folder.mkdir()
    (folder / "claimbuster_dev.jsonl").write_text('{"sentence_id": "7", "label": -1, "text": "We will see."}\n', encoding="utf-8")
    (folder / "clef_train.csv").write_text('line_number,speaker,text,label,file_name\n1,TODD,"Good evening, and welcome.",0,debate.tsv\n2,MADDOW,,0,debate.tsv\n', encoding="utf-8")
    kind, documents = corpus_documents(folder)
    assert kind == "claimbuster-clef"
    assert [(document.id, document.text) for document in documents] == [("claimbuster:7", "We will see."), ("debate.tsv:1", "Good evening, and welcome."), ("debate.tsv:2", "")]
    run = soak_corpus_summary(nlp, folder)
    assert (run["documents"], run["empty_skipped"], run["failed"]) == (2, 1, 0)


def soak_corpus_summary(nlp, path):
    return soak_corpus(nlp, path).summary()


def test_soak_counts_failures_by_stage_and_class(nlp, newswire, monkeypatch):
    original = FigureFinder.__call__

    def call(self, doc):
        if "talks" in doc.text:
            raise KeyError("forced")
        return original(self, doc)

    monkeypatch.setattr(FigureFinder, "__call__", call)
    run = soak_corpus_summary(nlp, newswire)
    assert (run["documents"], run["failed"], run["invalid_records"]) == (2, 1, 0)
    assert run["failures"] == {"claimspan_figures KeyError": 1}
    assert "| all | | 2 | 1 |" in "\n".join(to_markdown([run]))


def test_soak_cli_exit_code_and_summary(newswire, tmp_path):
    summary = tmp_path / "soak.json"
    result = runner.invoke(app, ["soak", str(newswire), "--json", str(summary), "-o", str(tmp_path / "records")])
    assert result.exit_code == 0, result.output
    assert "| newswire | worldwide-newswire | 2 | 0 |" in result.stdout
    (run,) = json.loads(summary.read_text())
    assert run["failed"] == 0 and run["invalid_records"] == 0
    docs = [json.loads(line) for line in (tmp_path / "records" / "newswire.docs.jsonl").read_text().splitlines()]
    assert [(date["text"], date["value"]) for date in docs[0]["dates"]] == [("26/07/2022", "2022-07-26")]
