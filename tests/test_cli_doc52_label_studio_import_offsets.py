"""doc52: a Label Studio region whose offsets do not select the text it quotes is refused (E035, naming the file and
the task) instead of importing a span the annotator never selected."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()


def test_a_label_studio_region_off_its_quoted_text_is_one_coded_line(review_inputs, import_gold, tmp_path):
    texts, claims, docs = review_inputs
    tasks = tmp_path / "tasks.json"
    result = runner.invoke(app, ["export", str(claims), "--docs", str(docs), "--texts", str(texts), "--format", "label-studio", "-o", str(tasks)])
    assert result.exit_code == 0, result.output
    exported = json.loads(tasks.read_text(encoding="utf-8"))
    region = next(item for item in exported[1]["predictions"][0]["result"] if item.get("type") == "labels")
    region["value"]["start"] += 1  # the quoted text stays: the offsets now select another stretch
    tasks.write_text(json.dumps(exported), encoding="utf-8")
    result, gold = import_gold(tasks, "label-studio")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"claimspan: error: [E035] {tasks} (task 2): region {region['id']} ")
    assert result.stderr.count("\n") == 1
    assert not gold.exists()
