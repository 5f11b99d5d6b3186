"""validate refuses a claim outside its own sentence (E045), a claim mention that says otherwise than the document
record's mention on the same span (E046), and a boolean written as a string (audit15 bug 8)."""

import json

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
TEXT = "The minister said on Monday that 5,000 people died. Police said 3 were hurt.\n"


@pytest.fixture
def records(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(texts), "-o", str(out / "claims.jsonl"), "--docs", str(out / "docs.jsonl"), "--published", "2024-06-05"])
    assert result.exit_code == 0, result.stderr
    document = json.loads((out / "docs.jsonl").read_text())
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    return texts, document, claims


def _validate(tmp_path, texts, lines):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return runner.invoke(app, ["validate", str(path), "--texts", str(texts)])


def test_the_extracted_records_are_valid(tmp_path, records):
    texts, document, claims = records
    result = _validate(tmp_path, texts, [document, *claims])
    assert result.exit_code == 0, result.stderr


def test_a_claim_outside_its_sentence_is_refused(tmp_path, records):
    texts, document, claims = records
    first = next(claim for claim in claims if claim["sentence"])
    # give the claim of the first sentence the (real) second sentence of the document
    other = next(sentence for sentence in document["sentences"] if sentence != first["sentence"])
    moved = {**first, "sentence": other}
    result = _validate(tmp_path, texts, [document, moved])
    assert result.exit_code == 2, result.output
    assert "[E045]" in result.stderr and f"is not inside its sentence [{other['start']}:{other['end']}]" in result.stderr


def test_a_claim_figure_that_disagrees_with_the_document_is_refused(tmp_path, records):
    texts, document, claims = records
    claim = next(claim for claim in claims if claim["figures"])
    figure = {**claim["figures"][0], "value": claim["figures"][0]["value"] + 1}
    figure["low"] = figure["high"] = figure["value"]
    changed = {**claim, "figures": [figure, *claim["figures"][1:]]}
    result = _validate(tmp_path, texts, [document, changed])
    assert result.exit_code == 2, result.output
    assert "[E046]" in result.stderr and f"its figure '{figure['text']}'" in result.stderr and "value" in result.stderr


@pytest.mark.parametrize("value", ["yes", 1, "true"])
def test_a_negated_value_that_is_no_boolean_is_refused(tmp_path, records, value):
    texts, document, claims = records
    result = _validate(tmp_path, texts, [document, {**claims[0], "negated": value}])
    assert result.exit_code == 2, result.output
    assert "[E105]" in result.stderr and "negated" in result.stderr


def _sentence_crossing_figure(document):
    """A figure from the last word of the first sentence to the first word of the second: its text reads right."""
    first, second = document["sentences"][:2]
    start = TEXT.rindex(" ", first["start"], first["end"]) + 1
    end = TEXT.index(" ", second["start"])
    return {"start": start, "end": end, "text": TEXT[start:end], "value": 5.0, "low": 5.0, "high": 5.0, "unit": None}


def test_a_document_figure_across_two_sentences_is_refused(tmp_path, records):
    texts, document, claims = records
    figure = _sentence_crossing_figure(document)
    assert figure["text"] == "died. Police"
    changed = {**document, "figures": [*document["figures"], figure]}
    result = _validate(tmp_path, texts, [changed])
    assert result.exit_code == 2, result.output
    assert "[E061]" in result.stderr and "the figure 'died. Police' [" in result.stderr and "crosses the edge of the sentence [" in result.stderr


def test_a_claim_figure_across_the_end_of_its_sentence_is_refused(tmp_path, records):
    texts, document, claims = records
    figure = _sentence_crossing_figure(document)
    claim = next(claim for claim in claims if claim["sentence"] == document["sentences"][0])
    changed = {**claim, "figures": [*claim["figures"], figure]}
    result = _validate(tmp_path, texts, [changed])
    assert result.exit_code == 2, result.output
    assert "[E061]" in result.stderr and "the figure 'died. Police'" in result.stderr
