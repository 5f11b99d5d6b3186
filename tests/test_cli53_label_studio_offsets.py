"""cli53: a Label Studio region whose end comes before its start is refused saying so (E035, naming the file and
task), not as a span "outside the text"; an empty region says it is empty; one past the text keeps that message."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimspan.cli import app

runner = CliRunner()
TEXT = "The council said on Monday that the bridge would reopen."


def import_region(tmp_path, start, end, extra=()):
    region = {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": start, "end": end, "labels": ["Actor"]}}
    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([{"id": 7, "data": {"text": TEXT}, "annotations": [{"result": [region, *extra]}]}]), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    result = runner.invoke(app, ["import", str(tasks), "--format", "label-studio", "-o", str(gold)])
    assert result.exit_code == 2
    assert not gold.exists()
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E035] {tasks} (task 1): "), line
    return line


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (11, 4, "Actor region r1 [11:4] ends before it starts (end 4 < start 11)"),
        (4, 4, "Actor region r1 [4:4] is empty"),
        (50, 70, f"Actor region r1 [50:70] lies outside the text of {len(TEXT)} characters"),
    ],
    ids=["reversed", "empty", "past-the-text"],
)
def test_a_region_with_impossible_offsets_says_what_is_wrong(tmp_path, start, end, expected):
    assert expected in import_region(tmp_path, start, end)


def test_attributes_that_are_not_json_name_the_file_and_task(tmp_path):
    attributes = {"id": "r1", "type": "textarea", "from_name": "attributes", "to_name": "text", "value": {"start": 4, "end": 11, "text": ["{not json"]}}
    line = import_region(tmp_path, 4, 11, extra=[attributes])
    assert "region r1: the attributes are not JSON" in line


def test_a_label_claimspan_does_not_read_is_refused_not_dropped(tmp_path):
    tasks = tmp_path / "tasks.json"
    region = {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 4, "end": 11, "labels": ["Person"]}}
    tasks.write_text(json.dumps([{"id": 7, "data": {"text": TEXT}, "annotations": [{"result": [region]}]}]), encoding="utf-8")
    result = runner.invoke(app, ["import", str(tasks), "--format", "label-studio", "-o", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2
    assert f"[E035] {tasks} (task 1): region r1 has the label 'Person', which claimspan does not read; its labels are Claim, Source," in result.stderr
    assert not (tmp_path / "gold.jsonl").exists()


@pytest.mark.parametrize(
    "relation, expected",
    [
        ({"type": "relation", "from_id": "c1", "to_id": "s1", "labels": []}, "the relation from c1 to s1 has the label (none); give it one of source, cue, quote, hedge"),
        ({"type": "relation", "from_id": "c1", "to_id": "s1", "labels": ["speaker"]}, "the relation from c1 to s1 has the label speaker; give it one of source,"),
        ({"type": "relation", "from_id": "c1", "to_id": "s9", "labels": ["hedge"]}, "the hedge relation from c1 to s9 names the region s9, which is not among the labelled spans"),
    ],
    ids=["unlabelled", "unknown-label", "missing-region"],
)
def test_a_relation_that_would_be_dropped_is_refused(tmp_path, relation, expected):
    # "The council" is 0-11, the claim "the bridge would reopen" 32-55
    claim = {"id": "c1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 32, "end": 55, "labels": ["Claim"]}}
    source = {"id": "s1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 0, "end": 11, "labels": ["Source"]}}
    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([{"id": 7, "data": {"text": TEXT}, "annotations": [{"result": [claim, source, relation]}]}]), encoding="utf-8")
    result = runner.invoke(app, ["import", str(tasks), "--format", "label-studio", "-o", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E035] {tasks} (task 1): "), line
    assert expected in line
    assert not (tmp_path / "gold.jsonl").exists()
