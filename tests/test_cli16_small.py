"""Smaller audit15 findings (bug 9): show on a --docs file says so (E047); --resume with nothing to resume warns
(W041); a sidecar's duplicate id blames the sidecar (E011); a repeated JSON key is refused (E048); E013 says
subfolders are not searched."""

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.errors import ClaimspanError
from claimspan.io import read_documents

runner = CliRunner()


def test_show_on_a_docs_file_is_a_coded_error_and_on_the_claims_file_prints_them(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The minister said on Monday that 5 people died.\n", encoding="utf-8")
    claims, docs = tmp_path / "claims.jsonl", tmp_path / "docs.jsonl"
    assert runner.invoke(app, ["extract", str(article), "-o", str(claims), "--docs", str(docs), "--published", "2024-01-01"]).exit_code == 0
    result = runner.invoke(app, ["show", str(docs)])
    assert result.exit_code == 2 and "[E047]" in result.stderr and "1 document record(s)" in result.stderr
    shown = runner.invoke(app, ["show", str(claims)])
    assert shown.exit_code == 0 and "5 people died" in shown.stdout


def test_resume_without_an_output_warns(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The minister said 5 people died.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--resume", "--published", "2024-01-01"])
    assert result.exit_code == 0, result.stderr
    assert "[W041]" in result.stderr and '"record":"claim"' in result.stdout
    with_output = runner.invoke(app, ["extract", str(article), "--resume", "-o", str(tmp_path / "c.jsonl"), "--published", "2024-01-01"])
    assert with_output.exit_code == 0 and "[W041]" not in with_output.stderr


def test_a_duplicate_id_from_a_sidecar_blames_the_sidecar(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("The minister said 5 people died.\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(ClaimspanError, match=r"^\[E011\] .*b\.json:1: duplicate document id 'a'"):
        list(read_documents([str(tmp_path)]))


def test_a_key_written_twice_in_a_jsonl_line_is_refused(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text('{"id": "a", "text": "The minister said 5 people died.", "meta": {"title": "x", "title": "y"}}\n', encoding="utf-8")
    with pytest.raises(ClaimspanError, match=r"^\[E048\] .*in\.jsonl:1: the key 'title' appears twice"):
        list(read_documents([str(inputs)]))


def test_a_folder_of_subfolders_says_they_are_not_searched(tmp_path):
    (tmp_path / "sub").mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "[E013]" in result.stderr and "subfolders are not searched" in result.stderr
