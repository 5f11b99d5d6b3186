"""An output never replaces an input (an article, an article JSONL, a sidecar: E040), and a folder listing skips
earlier claimspan outputs with a warning (W040) instead of failing on them (audit15 bugs 1, 2 and 7)."""

import json

from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()


def _extract(*args):
    return runner.invoke(app, ["extract", *map(str, args), "--published", "2024-01-01"])


def _snapshot(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister said on Monday 5 people died.\n", encoding="utf-8")
    (folder / "arts.jsonl").write_text('{"id": "x", "text": "Police said 3 were hurt."}\n', encoding="utf-8")
    return folder


def test_an_output_naming_an_article_in_the_input_folder_is_refused(tmp_path):
    folder = _folder(tmp_path)
    before = _snapshot(folder)
    for option, name in (("-o", "a.txt"), ("-o", "arts.jsonl"), ("--docs", "arts.jsonl")):
        result = _extract(folder, option, folder / name)
        assert result.exit_code == 2, result.output
        assert "[E040]" in result.stderr and name in result.stderr and len(result.stderr.splitlines()) == 1
        assert _snapshot(folder) == before


def test_an_output_naming_an_inputs_sidecar_is_refused(tmp_path):
    article = tmp_path / "side.txt"
    article.write_text("The minister said on Monday 5 people died.\n", encoding="utf-8")
    sidecar = tmp_path / "side.json"
    sidecar.write_text('{"title": "Side", "published": "2024-01-05", "author": "me"}\n', encoding="utf-8")
    before = _snapshot(tmp_path)
    for args in (("-o", sidecar), ("-o", tmp_path / "c.jsonl", "--docs", sidecar)):
        result = _extract(article, *args)
        assert result.exit_code == 2, result.output
        assert "[E040]" in result.stderr and "sidecar" in result.stderr
        assert _snapshot(tmp_path) == before


def test_an_earlier_output_in_the_input_folder_may_still_be_replaced(tmp_path):
    folder = _folder(tmp_path)
    first = _extract(folder, "-o", folder / "claims.jsonl")
    assert first.exit_code == 0, first.stderr
    again = _extract(folder, "-o", folder / "claims.jsonl")
    assert again.exit_code == 0, again.stderr
    assert {json.loads(line)["doc_id"] for line in (folder / "claims.jsonl").read_text().splitlines()} == {"a", "x"}


def test_a_second_run_with_another_output_skips_the_first_runs_outputs_with_a_warning(tmp_path):
    folder = _folder(tmp_path)
    first = _extract(folder, "-o", folder / "claims.jsonl", "--docs", folder / "docs.jsonl")
    assert first.exit_code == 0, first.stderr
    second = _extract(folder, "-o", folder / "claims_v2.jsonl")
    assert second.exit_code == 0, second.stderr
    warned = [line for line in second.stderr.splitlines() if "[W040]" in line]
    assert sorted(line.split("] ")[1].split(":")[0].rsplit("/", 1)[1] for line in warned) == ["claims.jsonl", "claims.jsonl.manifest.jsonl", "docs.jsonl"]
    assert (folder / "claims_v2.jsonl").read_bytes() == (folder / "claims.jsonl").read_bytes()
