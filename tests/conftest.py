"""The only conftest: shared fixtures for every test module (STYLE G11)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import claimspan
from claimspan.records import InputDocument, SourceMeta
from claimspan.convert import check_spans, claim_records
from claimspan.runner import make_doc

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp():
    """The full claimspan pipeline, loaded once."""
    return claimspan.load()


@pytest.fixture
def blank_nlp():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return REPO / "tests" / "data"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return REPO / "corpus"


@pytest.fixture(scope="session")
def process(nlp):
    """process(text, published=None) -> Doc run through the whole pipeline with an anchor date."""

    def run(text: str, published: str | None = None, doc_id: str = "test"):
        meta = SourceMeta(published=published) if published else SourceMeta()
        doc = make_doc(nlp, InputDocument(id=doc_id, text=text, meta=meta))
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def actor_ids(process):
    """actor_ids(text) -> [(mention text, canonical id)] of the actors the whole pipeline finds in text."""
    return lambda text: [(span.text, span.kb_id_) for span in process(text).spans["actors"]]


@pytest.fixture(scope="session")
def claims_of(process):
    """claims_of(text, published="2025-01-06") -> the claim records, each checked against the text's offsets."""

    def run(text: str, published: str = "2025-01-06"):
        records = list(claim_records(process(text, published=published)))
        for record in records:
            check_spans(record, text)
        return records

    return run


@pytest.fixture(scope="session")
def source_of():
    """source_of(records, fragment) -> (source text, cue text) of the one claim holding the fragment, or None."""

    def find(records, fragment: str):
        found = [record for record in records if fragment in record.text]
        assert len(found) == 1, [record.text for record in records]
        source = found[0].source
        return None if source is None else (source.text, source.cue.text)

    return find


REVIEW_ARTICLES = {
    "helmand": (
        "2010-08-31",
        "Officials said on Monday that 40 fighters were killed in Helmand province. "
        "The army “will likely send more troops”, a spokesman told reporters.\n"
        "Prices rose 5% in March, according to the central bank.\n",
    ),
    "buses": (
        "2012-03-01",
        "Ford will cut 30,000 jobs by 2012, the company said. The union said the plan was a mistake.\n"
        "🙂 The mayor argued that the city could not afford new buses.\n",
    ),
}


@pytest.fixture(scope="session")
def review_inputs(nlp, tmp_path_factory):
    """Two small hand-written articles, extracted: (texts folder, claims.jsonl, docs.jsonl)."""
    import json

    from claimspan.io import read_documents
    from claimspan.runner import extract

    folder = tmp_path_factory.mktemp("review")
    texts = folder / "texts"
    texts.mkdir()
    for doc_id, (published, text) in REVIEW_ARTICLES.items():
        (texts / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (texts / f"{doc_id}.json").write_text(json.dumps({"published": published, "title": doc_id.title()}), encoding="utf-8")
    claims, docs = folder / "claims.jsonl", folder / "docs.jsonl"
    with claims.open("w", encoding="utf-8") as claim_file, docs.open("w", encoding="utf-8") as doc_file:
        for extraction in extract(nlp, read_documents([str(texts)])):
            doc_file.write(extraction.document.model_dump_json() + "\n")
            for claim in extraction.claims:
                claim_file.write(claim.model_dump_json() + "\n")
    return texts, claims, docs


class ArticleActors:
    """The actor mentions of made-up audit articles, each as (start_char, end_char, text, type, id), found
    by the text they are written as."""

    def __init__(self, nlp, articles: dict[str, str]) -> None:
        self.articles = articles
        self.by_article = {
            doc_id: [(span.start_char, span.end_char, span.text, span.label_, span.kb_id_) for span in doc.spans["actors"]]
            for doc_id, doc in zip(articles, nlp.pipe(articles.values()))
        }

    def mention(self, doc_id: str, text: str, occurrence: int = 0):
        """The actor mention written exactly as the given occurrence of text, or None."""
        start = -1
        for _ in range(occurrence + 1):
            start = self.articles[doc_id].index(text, start + 1)
        return next((found for found in self.by_article[doc_id] if found[0] == start and found[1] == start + len(text)), None)

    def overlapping(self, doc_id: str, text: str):
        """Actor mentions overlapping the first occurrence of text."""
        start = self.articles[doc_id].index(text)
        return [found for found in self.by_article[doc_id] if found[0] < start + len(text) and start < found[1]]


@pytest.fixture(scope="session")
def article_actors(nlp):
    """article_actors(articles) -> ArticleActors over {article id: text}, run through the pipeline once."""
    return lambda articles: ArticleActors(nlp, articles)


@pytest.fixture(scope="session")
def build_tables():
    """pipeline/build_tables.py as a module (it is a script beside the tables, not part of the package)."""
    import importlib.util

    from claimspan.loader import pipeline_dir

    spec = importlib.util.spec_from_file_location("build_tables", pipeline_dir() / "build_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def money_of(process):
    """money_of(text) -> (text, label, value, unit) of each figure the whole pipeline finds in the text."""

    def run(text: str):
        return [(span.text, span.label_, span._.figure_value, span._.figure_unit) for span in process(text).spans["figures"]]

    return run


@pytest.fixture(scope="session")
def lexicon():
    """The figure lexicon read from the shipped tables, as the figures stage reads it: the ISO codes and currency
    names from the derived currencies table (R147), the signs from figure_units."""
    from claimspan.figure_lexicon import FigureLexicon
    from claimspan.loader import pipeline_dir
    from claimspan.tables import CurrencyEntry, FigureWord, read_table

    figure_words = read_table(pipeline_dir() / "figure_units.jsonl", FigureWord)
    return FigureLexicon.from_entries(figure_words, read_table(pipeline_dir() / "currencies.jsonl", CurrencyEntry))


@pytest.fixture
def import_gold(tmp_path):
    """import_gold(source, import_format) -> (result, gold): `claimspan import` of a brat folder or a Label Studio
    export into tmp_path/gold.jsonl, through typer's CliRunner."""
    from typer.testing import CliRunner

    from claimspan.cli import app

    gold = tmp_path / "gold.jsonl"

    def run(source: Path, import_format: str):
        return CliRunner().invoke(app, ["import", str(source), "--format", import_format, "-o", str(gold)]), gold

    return run


@pytest.fixture
def brat_import(tmp_path, import_gold):
    """brat_import(files) -> (result, folder, gold): the files ({name: str or bytes}) written into tmp_path/brat,
    str as UTF-8, then imported as brat."""
    folder = tmp_path / "brat"

    def run(files: dict):
        folder.mkdir()
        for name, content in files.items():
            (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        result, gold = import_gold(folder, "brat")
        return result, folder, gold

    return run


@pytest.fixture
def label_studio_import(tmp_path, import_gold):
    """label_studio_import(tasks) -> (result, tasks path, gold): the list of tasks written as tmp_path/tasks.json,
    then imported as a Label Studio export."""
    import json

    path = tmp_path / "tasks.json"

    def run(tasks: list):
        path.write_text(json.dumps(tasks), encoding="utf-8")
        result, gold = import_gold(path, "label-studio")
        return result, path, gold

    return run


@pytest.fixture
def refused_task(label_studio_import, refused_line):
    """refused_task(task) -> the one error line of refusing an export that holds only this task, which the line
    names with the file as task 1."""

    def run(task: dict) -> str:
        result, tasks, gold = label_studio_import([task])
        line = refused_line(result, gold)
        assert line.startswith(f"claimspan: error: [E035] {tasks} (task 1): "), line
        return line

    return run


@pytest.fixture(scope="session")
def refused_line():
    """refused_line(result, gold) -> the one line a refused command wrote to stderr, after checking the refusal:
    exit 2 and no gold written."""

    def check(result, gold) -> str:
        assert result.exit_code == 2, result.output
        assert not gold.exists()
        (line,) = result.stderr.splitlines()
        return line

    return check
