"""The only conftest: shared fixtures for every test module (STYLE G11)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import claimspan
from claimspan.records import InputDocument, SourceMeta
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
