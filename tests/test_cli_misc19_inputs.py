"""Inputs a new user gives (misc19): UTF-16 and UTF-32 text is named as such with the command that converts it
(E060), not called binary (E005); evaluate names a benchmark folder that is not there (E062) and, run outside the
repository, points to --gold and --texts (E063), before any work."""

import io as stdlib_io

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.errors import ClaimspanError
from claimspan.io import read_documents

runner = CliRunner()
ARTICLE = "The minister said the plan would cut costs by 5 percent.\n"


@pytest.mark.parametrize(
    "name, encoding, label",
    [("article.txt", "utf-16", "UTF-16"), ("article.txt", "utf-32", "UTF-32"), ("batch.jsonl", "utf-16", "UTF-16")],
    ids=["utf16-text", "utf32-text", "utf16-jsonl"],
)
def test_wide_unicode_text_is_named_with_the_conversion(tmp_path, name, encoding, label):
    path = tmp_path / name
    text = '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n' if name.endswith(".jsonl") else ARTICLE
    path.write_bytes(text.encode(encoding))  # Python's utf-16/utf-32 codecs write the byte-order mark first
    with pytest.raises(ClaimspanError, match=r"\[E060\]") as caught:
        list(read_documents([str(path)]))
    message = str(caught.value)
    assert f"{path}: {label} text" in message and "binary" not in message
    converted = path.with_name("article.utf8.txt" if name.endswith(".txt") else "batch.utf8.jsonl")
    assert message.endswith(f"iconv -f {label} -t UTF-8 {path} > {converted}")


def test_wide_unicode_on_stdin_names_a_file_to_convert():
    with pytest.raises(ClaimspanError, match=r"\[E060\] <stdin>: UTF-16 text") as caught:
        list(read_documents(["-"], stdin=stdlib_io.BytesIO(ARTICLE.encode("utf-16"))))
    assert str(caught.value).endswith("iconv -f UTF-16 -t UTF-8 FILE.txt > FILE.utf8.txt")


@pytest.fixture
def no_evaluation(monkeypatch):
    def work(*args, **kwargs):
        raise AssertionError("evaluate started its work instead of refusing the folder")

    monkeypatch.setattr("claimspan.cli.evaluate.load", work)


def test_evaluate_names_a_benchmark_folder_that_is_not_there(tmp_path, no_evaluation):
    missing = tmp_path / "tml"
    result = runner.invoke(app, ["evaluate", "--timeml", str(missing), "-o", str(tmp_path / "e.md")])
    assert result.exit_code == 2, result.output
    assert f"[E062] {missing}: no such folder (given as --timeml)" in result.stderr and "no records found" not in result.stderr


def test_evaluate_outside_the_repository_points_to_gold_and_texts(tmp_path, monkeypatch, no_evaluation):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["evaluate", "-o", str(tmp_path / "e.md")])
    assert result.exit_code == 2, result.output
    assert "[E063] annotations: no such folder; --gold defaults to annotations" in result.stderr
    assert "pass --gold FOLDER and --texts FOLDER" in result.stderr
    (tmp_path / "gold").mkdir()
    result = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "gold"), "-o", str(tmp_path / "e.md")])
    assert "[E063] corpus: no such folder; --texts defaults to corpus" in result.stderr
    assert not (tmp_path / "e.md").exists()
