"""Smaller audit15 findings (bug 9): show on a --docs file says so (E047); --resume with nothing to resume warns (W041)."""

from typer.testing import CliRunner

from claimspan.cli import app

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
