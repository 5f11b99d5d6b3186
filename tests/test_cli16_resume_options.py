"""--resume refuses to continue outputs written under other options or another pipeline (E041, audit15 bug 3)."""

import json

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()


def _snapshot(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "a.txt").write_text("The minister said on Monday that 5 people died.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police said on Friday that 3 were hurt.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("skip_bad", [False, True], ids=["stop", "skip-bad"])
@pytest.mark.parametrize(
    "earlier, now, named",
    [
        (["--published", "2020-01-01"], ["--published", "2024-06-01"], "published: 2020-01-01 -> 2024-06-01"),
        (["--published", "2020-01-01"], ["--published", "2020-01-01", "--date-order", "DMY"], "date_order: None -> DMY"),
    ],
    ids=["published", "date-order"],
)
def test_resume_under_other_options_is_refused_and_changes_nothing(articles, earlier, now, named, skip_bad):
    out = articles / "out"
    outputs = ["-o", str(out / "c.jsonl"), "--docs", str(out / "d.jsonl")]
    assert runner.invoke(app, ["extract", str(articles / "a.txt"), *outputs, *earlier]).exit_code == 0
    before = _snapshot(out)
    result = runner.invoke(app, ["extract", str(articles / "a.txt"), str(articles / "b.txt"), *outputs, *now, "--resume", *(["--skip-bad"] if skip_bad else [])])
    assert result.exit_code == 2, result.output
    assert "[E041]" in result.stderr and named in result.stderr and len(result.stderr.splitlines()) == 1
    assert _snapshot(out) == before


def test_resume_of_a_manifest_without_options_is_refused(articles):
    out = articles / "out"
    outputs = ["-o", str(out / "c.jsonl"), "--published", "2020-01-01"]
    assert runner.invoke(app, ["extract", str(articles / "a.txt"), *outputs]).exit_code == 0
    manifest = out / "c.jsonl.manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text().splitlines()]
    manifest.write_text("".join(json.dumps({key: value for key, value in entry.items() if key != "job"}) + "\n" for entry in entries))
    result = runner.invoke(app, ["extract", str(articles / "a.txt"), *outputs, "--resume"])
    assert result.exit_code == 2 and "[E041]" in result.stderr and "older claimspan" in result.stderr


def test_resume_under_the_same_options_goes_on(articles):
    out = articles / "out"
    outputs = ["-o", str(out / "c.jsonl"), "--published", "2020-01-01"]
    assert runner.invoke(app, ["extract", str(articles / "a.txt"), *outputs]).exit_code == 0
    result = runner.invoke(app, ["extract", str(articles / "a.txt"), str(articles / "b.txt"), *outputs, "--resume"])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["doc_id"] for line in (out / "c.jsonl").read_text().splitlines()] == ["a", "b"]
