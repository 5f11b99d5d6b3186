"""The gold: every file validates against its source text and is exactly what its hand-written source builds."""

import importlib.util
import json
from pathlib import Path

import pytest

from claimspan.convert import check_spans, text_sha256
from claimspan.records import Claim, DocumentRecord

REPO = Path(__file__).resolve().parents[1]

GOLD_FILES = sorted((REPO / "annotations").glob("*.gold.jsonl"))


def load_builder():
    spec = importlib.util.spec_from_file_location("build_gold", REPO / "annotations" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_annotations_cover_every_corpus_text(corpus_dir):
    assert {path.name.removesuffix(".gold.jsonl") for path in GOLD_FILES} == {path.stem for path in corpus_dir.glob("*.txt")}


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[path.stem for path in GOLD_FILES])
def test_annotations_gold_validates_against_source(gold, corpus_dir):
    lines = gold.read_text(encoding="utf-8").splitlines()
    document = DocumentRecord.model_validate_json(lines[0])
    text = (corpus_dir / f"{document.doc_id}.txt").read_text(encoding="utf-8")
    assert document.text_sha256 == text_sha256(text)
    check_spans(document, text, path=gold, line=1)
    for line_no, line in enumerate(lines[1:], start=2):
        claim = Claim.model_validate_json(line)
        check_spans(claim, text, path=gold, line=line_no)
        assert claim.doc_id == document.doc_id


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[path.stem for path in GOLD_FILES])
def test_annotations_gold_is_rebuilt_from_its_source(gold):
    records, _ = load_builder().build(gold.name.removesuffix(".gold.jsonl"))
    assert [json.loads(json.dumps(record)) for record in records] == [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
