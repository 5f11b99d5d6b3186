"""doc52: a brat line whose offsets are reversed or do not read the text it quotes is refused with E034 naming the
.ann file and line; main swapped or kept them and wrote gold spans nobody had marked."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.io import read_documents

runner = CliRunner()


@pytest.fixture
def brat_folder(review_inputs, tmp_path):
    """An export of the two hand-written articles, and the first article's .ann, its text and its line count."""
    texts, claims, docs = review_inputs
    folder = tmp_path / "brat"
    result = runner.invoke(app, ["export", str(claims), "--docs", str(docs), "--texts", str(texts), "--format", "brat", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    first = [document.id for document in read_documents([str(texts)])][0]
    ann = folder / f"{first}.ann"
    text = (folder / f"{first}.txt").read_text(encoding="utf-8")
    return folder, ann, text, len(ann.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("make_line", [
    lambda text: f"T900\tActor 0 5\t{text[0:5].upper()}X",  # the offsets do not read the quoted text
    lambda text: f"T900\tActor 5 2\t{text[2:5]}",  # reversed offsets
], ids=["other-text", "reversed"])
def test_a_brat_line_off_its_text_is_one_coded_line_naming_file_and_line(brat_folder, import_gold, make_line):
    folder, ann, text, lines = brat_folder
    with ann.open("a", encoding="utf-8") as handle:
        handle.write(make_line(text) + "\n")
    result, gold = import_gold(folder, "brat")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"claimspan: error: [E034] {ann}:{lines + 1}: ")
    assert result.stderr.count("\n") == 1
    assert not gold.exists()


def test_a_discontinuous_brat_span_quoting_its_fragments_is_imported(brat_folder, import_gold):
    folder, ann, text, _ = brat_folder
    with ann.open("a", encoding="utf-8") as handle:
        handle.write(f"T900\tActor 0 4;5 9\t{text[0:4]} {text[5:9]}\n")
    result, _ = import_gold(folder, "brat")
    assert result.exit_code == 0, result.output
