"""validate's checks beyond the schema: TIMEX3 values, figure bounds, a claim's sentence among its document's."""

import json

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.record_checks import figure_bounds_problem, is_timex3_value
from claimspan.records import FigureMention

runner = CliRunner()
ARTICLE = "The minister said on Monday that between 5,000 and 6,000 people had fled the town. Officials said 12 soldiers died in the attack on Tuesday.\n"


@pytest.mark.parametrize(
    "value, valid",
    [
        ("2024-06-03", True), ("2024-06", True), ("2024", True), ("199X", True), ("19", True), ("XXXX-XX-XX", True),
        ("2025-W01", True), ("XXXX-WXX-3", True), ("2024-W23-WE", True), ("2024-Q1", True), ("XXXX-H1", True),
        ("XXXX-SU", True), ("2025-01-06T15:00", True), ("2025-01-06TMO", True), ("2024-03-05T09:30Z", True),
        ("P3D", True), ("P3.5Y", True), ("PXY", True), ("PT16H", True), ("P1DT2H", True), ("PXDE", True),
        ("PRESENT_REF", True), ("PAST_REF", True), ("FUTURE_REF", True),
        ("next week", False), ("Monday", False), ("", False), ("2024/06/03", False), ("P", False), ("3 days", False),
        ("2024-06-03 ", False), ("NOW", False),
    ],
)
def test_record_checks_timex3_value(value, valid):
    assert is_timex3_value(value) is valid


@pytest.mark.parametrize(
    "value, low, high, problem",
    [
        (5500, 5000, 6000, None),
        (12, 12, 12, None),
        (None, None, None, None),
        (62500, 6000, 6500, "value 62500 above its high 6500"),
        (10, 20, 30, "value 10 below its low 20"),
        (5, 9, 1, "low 9 greater than high 1"),
    ],
    ids=["range", "single", "vague", "value-times-ten", "value-below", "low-above-high"],
)
def test_record_checks_figure_bounds(value, low, high, problem):
    figure = FigureMention(start=0, end=1, text="x", value=value, low=low, high=high)
    assert figure_bounds_problem(figure) == problem


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("validate")
    (folder / "texts").mkdir()
    (folder / "texts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = folder / "out"
    result = runner.invoke(app, ["extract", str(folder / "texts"), "--published", "2024-06-05", "-o", str(out / "claims.jsonl"), "--docs", str(out / "docs.jsonl")])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    document = json.loads((out / "docs.jsonl").read_text(encoding="utf-8"))
    # what the damage below assumes, read from ARTICLE by hand
    assert [(sentence["start"], sentence["end"]) for sentence in document["sentences"]] == [(0, 82), (83, 140)]
    assert claims[0]["sentence"] == {"start": 0, "end": 82}
    assert [(date["text"], date["value"]) for date in claims[0]["dates"]] == [("Monday", "2024-06-03")]
    assert [(figure["value"], figure["low"], figure["high"]) for figure in claims[0]["figures"]] == [(5500, 5000, 6000)]
    return folder, claims, document


def _damage(claim, kind):
    if kind == "date-words":
        claim["dates"][0]["value"] = "next week"
    elif kind == "figure-times-ten":
        claim["figures"][0]["value"] = 55000.0
    elif kind == "low-above-high":
        claim["figures"][0]["low"], claim["figures"][0]["high"] = 6000.0, 5000.0
    elif kind == "sentence-end-inside-claim":
        claim["sentence"]["end"] = 77
    elif kind == "sentence-end-in-next-sentence":
        claim["sentence"]["end"] = 122
    elif kind == "claim-id-changed":
        claim["claim_id"] = "a:0-81:000000000000"


@pytest.mark.parametrize(
    "kind, code",
    [
        ("date-words", "E108"),
        ("figure-times-ten", "E026"),
        ("low-above-high", "E026"),
        ("sentence-end-inside-claim", "E027"),
        ("sentence-end-in-next-sentence", "E027"),
        ("claim-id-changed", None),
    ],
)
@pytest.mark.parametrize("document_first", [True, False], ids=["document-first", "claims-first"])
def test_record_checks_validate_refuses_damaged_claim(extracted, tmp_path, kind, code, document_first):
    folder, claims, document = extracted
    damaged = json.loads(json.dumps(claims))
    _damage(damaged[0], kind)
    lines = [json.dumps(claim) for claim in damaged]
    lines = [json.dumps(document), *lines] if document_first else [*lines, json.dumps(document)]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(records), "--texts", str(folder / "texts")])
    if code is None:
        # a reviewer keeps a claim's id when moving its span, so a changed id is no error (cli/score.py)
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2, result.output
    claim_line = 2 if document_first else 1
    message = result.stderr.strip()
    assert message.count("\n") == 0 and f"[{code}] {records}:{claim_line}:" in message


def test_record_checks_validate_accepts_extract_output(extracted):
    folder, _, _ = extracted
    result = runner.invoke(app, ["validate", str(folder / "out"), "--texts", str(folder / "texts")])
    assert result.exit_code == 0, result.output
    assert "3 records valid" in result.stdout


def test_record_checks_default_texts_missing_names_the_default(extracted, tmp_path, monkeypatch):
    folder, _, _ = extracted
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", str(folder / "out")])
    assert result.exit_code == 2
    assert "[E029] corpus:" in result.stderr and "--texts defaults to corpus" in result.stderr


def test_record_checks_repeated_texts_reads_every_folder(extracted, tmp_path):
    folder, claims, document = extracted
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text("The police said on Monday that 3 people were hurt.\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(document) + "\n", encoding="utf-8")
    # the text of 'a' is only in the first folder: a second --texts must not replace the first
    result = runner.invoke(app, ["validate", str(records), "--texts", str(folder / "texts"), "--texts", str(other)])
    assert result.exit_code == 0, result.output
