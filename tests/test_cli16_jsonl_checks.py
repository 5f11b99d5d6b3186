"""JSONL lines JSON accepts but a run cannot use: a lone surrogate escape (E042), an escaped NUL in the text (E005)
and an id with a line break (E043) are one coded line naming FILE:LINE (audit15 bugs 4 and 9)."""

import json

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
GOOD = '{"id": "ok", "text": "Police said 3 people were hurt."}\n'


def _snapshot(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@pytest.mark.parametrize(
    "line, code",
    [
        ('{"id": "s", "text": "The minister said \\ud800 5 people died."}', "E042"),
        ('{"id": "s", "text": "The minister said 5 people died.", "meta": {"author": "\\udc00"}}', "E042"),
        ('{"id": "s", "text": "The minister said\\u0000 5 people died."}', "E005"),
        ('{"id": "s\\n", "text": "The minister said 5 people died."}', "E043"),
    ],
    ids=["surrogate-in-text", "surrogate-in-meta", "nul-in-text", "line-break-in-id"],
)
def test_a_bad_line_stops_the_run_and_leaves_the_earlier_output_untouched(tmp_path, line, code):
    inputs = tmp_path / "in.jsonl"
    out = tmp_path / "out"
    inputs.write_text(GOOD, encoding="utf-8")
    assert runner.invoke(app, ["extract", str(inputs), "-o", str(out / "c.jsonl")]).exit_code == 0
    before = _snapshot(out)
    inputs.write_text(GOOD + line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out / "c.jsonl")])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"claimspan: error: [{code}] {inputs}:2") and len(result.stderr.splitlines()) == 1
    assert _snapshot(out) == before


def test_skip_bad_leaves_out_a_line_with_a_lone_surrogate(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text('{"id": "s", "text": "The minister said \\ud800 5 people died."}\n' + GOOD, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "c.jsonl"), "--skip-bad"])
    assert result.exit_code == 1 and "[E042]" in result.stderr and "Traceback" not in result.output
    assert [json.loads(line)["doc_id"] for line in (tmp_path / "c.jsonl").read_text().splitlines()] == ["ok"]
    assert not list(tmp_path.glob("*.partial"))


def test_a_surrogate_pair_is_one_character_and_is_read(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text('{"id": "e", "text": "Police said \\ud83d\\ude00 3 people were hurt."}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "c.jsonl")])
    assert result.exit_code == 0, result.stderr
    assert "\U0001f600" in (tmp_path / "c.jsonl").read_text(encoding="utf-8")
