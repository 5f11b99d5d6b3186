"""cli54: export writes a span's other values as an AnnotatorNotes JSON object, which always opens with '{"'. A
note an annotator typed that merely opens with '{' is free text: it is left out with the W050 warning like any
other free-text note, and the rest is imported; a note that opens like export's JSON but is broken is still
refused (E034, naming the file and line), so no value is lost."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
TEXT = "The mayor said the bridge would reopen in May.\n"
# "The mayor" is 0-9, "the bridge would reopen in May" 15-45
CLAIM = "T1\tClaim 15 45\tthe bridge would reopen in May\nA1\tClaimType T1 prediction\n"


def import_ann(tmp_path, ann):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(ann, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    return runner.invoke(app, ["import", str(folder), "--format", "brat", "-o", str(gold)]), folder / "a.ann", gold


def test_a_free_text_note_opening_with_a_brace_is_left_out_with_a_warning(tmp_path):
    result, ann, gold = import_ann(tmp_path, CLAIM + "#1\tAnnotatorNotes T1\t{unsure} May or June?\n")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"claimspan: warning: [W050] {ann}: left out 1 line(s) claimspan has no place for (# free-text note; first on line 3); " + (
        "the rest is imported. What the gold should hold goes in T, R and A lines or JSON AnnotatorNotes (the annotation.conf export writes).\n"
    )
    document, claim = (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines())
    assert (claim["start"], claim["end"], claim["type"]) == (15, 45, "prediction")


def test_a_note_opening_like_the_json_export_writes_but_broken_is_refused(tmp_path):
    result, ann, gold = import_ann(tmp_path, CLAIM + '#1\tAnnotatorNotes T1\t{"flags": ["assessment"}\n')
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E034] {ann}:3: cannot import this brat line (ValueError: the note starts like the JSON values export writes but is not JSON ("), line
    assert not gold.exists()


def test_a_json_note_still_carries_its_values(tmp_path):
    result, ann, gold = import_ann(tmp_path, CLAIM + '#1\tAnnotatorNotes T1\t{"flags": ["assessment"]}\n')
    assert result.exit_code == 0, result.output
    document, claim = (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines())
    assert claim["flags"] == ["assessment"]
