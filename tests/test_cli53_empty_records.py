"""cli53: an empty records file read by validate, show, export or score is told what it should hold (E002's
advice fits the command), not to "give it the article text"; an empty article keeps that advice."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
REPOSITORY = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command, expected",
    [
        (["validate", "{empty}", "--texts", "{texts}"], "It should hold claimspan records"),
        (["show", "{empty}"], "It should hold the claims extract writes"),
        (["export", "{empty}", "--texts", "{texts}", "--format", "label-studio", "-o", "{out}"], "It should hold the claims extract writes"),
        (["score", "--gold", "{empty}", "--pred", "{empty}", "--texts", "{texts}"], "--gold reads gold records"),
        (["score", "--gold", "{gold}", "--pred", "{empty}", "--texts", "{corpus}"], "--pred reads what extract writes"),
    ],
    ids=["validate", "show", "export", "score-gold", "score-pred"],
)
def test_an_empty_records_file_is_told_what_it_should_hold(tmp_path, command, expected):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("The council said on Monday that the bridge would reopen.\n", encoding="utf-8")
    out = tmp_path / "tasks.json"
    # --pred is read after --gold, so the repository's gold and articles stand before the empty predictions
    names = {"empty": empty, "texts": texts, "gold": REPOSITORY / "annotations", "corpus": REPOSITORY / "corpus", "out": out}
    result = runner.invoke(app, [part.format(**names) for part in command])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E002] {empty}: the file is empty. {expected}"), line
    assert "article text" not in line
    assert not out.exists()


def test_an_empty_article_keeps_the_article_advice(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    result = runner.invoke(app, ["extract", str(empty), "-o", str(tmp_path / "claims.jsonl")])
    assert result.exit_code == 2
    assert f"[E002] {empty}: the file is empty. Give it the article text" in result.stderr
