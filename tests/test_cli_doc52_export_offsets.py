"""doc52: export refuses a record whose offsets no longer read its text, as show and validate do (E101, naming the
file and line), and a refused brat export leaves the earlier export folder as it was."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.io import read_documents

runner = CliRunner()


def shifted_claims(review_inputs, tmp_path):
    """The claims file with one claim of the last article moved one character right, its text kept: (file, line)."""
    texts, claims, _ = review_inputs
    last = [document.id for document in read_documents([str(texts)])][-1]
    lines = claims.read_text(encoding="utf-8").splitlines()
    number = next(number for number, line in enumerate(lines, start=1) if json.loads(line)["doc_id"] == last)
    record = json.loads(lines[number - 1])
    record["start"] += 1
    lines[number - 1] = json.dumps(record, ensure_ascii=False)
    shifted = tmp_path / "shifted.jsonl"
    shifted.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shifted, number


def export(claims, docs, texts, output_format, output):
    return runner.invoke(app, ["export", str(claims), "--docs", str(docs), "--texts", str(texts), "--format", output_format, "-o", str(output)])


def test_label_studio_export_of_a_claim_off_its_text_is_one_coded_line_and_writes_nothing(review_inputs, tmp_path):
    texts, _, docs = review_inputs
    shifted, number = shifted_claims(review_inputs, tmp_path)
    result = export(shifted, docs, texts, "label-studio", tmp_path / "tasks.json")
    assert result.exit_code == 2
    assert f"[E101] {shifted}:{number}: claim span" in result.stderr
    assert not (tmp_path / "tasks.json").exists() and not (tmp_path / "tasks.label_config.xml").exists()


def test_a_refused_brat_export_keeps_the_earlier_export_folder_whole(review_inputs, tmp_path):
    texts, claims, docs = review_inputs
    folder = tmp_path / "brat"
    assert export(claims, docs, texts, "brat", folder).exit_code == 0
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    # the first article's files would be rewritten before the last article's bad line is reached
    first = [document.id for document in read_documents([str(texts)])][0]
    (folder / f"{first}.ann").write_bytes(b"a reviewer's edit")
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    shifted, number = shifted_claims(review_inputs, tmp_path)
    result = export(shifted, docs, texts, "brat", folder)
    assert result.exit_code == 2
    assert f"[E101] {shifted}:{number}:" in result.stderr
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
