"""cli54: a Label Studio export that is valid JSON but not in the shape Label Studio writes (hand-edited or cut:
a region without its id, offsets that are not numbers, a result or prediction list that is not a list, sentence
offsets that are not pairs of numbers) is refused in one line naming the file and task (E035), exit 2, nothing
written, instead of a traceback."""

from __future__ import annotations

import pytest

TEXT = "The council said on Monday that the bridge would reopen."
ACTOR = {"id": "a1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 4, "end": 11, "labels": ["Actor"]}}
GOOD = {"id": 1, "data": {"text": TEXT}, "annotations": [{"result": [ACTOR]}]}


@pytest.mark.parametrize(
    "task, error",
    [
        ({"data": {"text": TEXT}, "annotations": [{"result": [{k: v for k, v in ACTOR.items() if k != "id"}]}]}, "KeyError: 'id'"),
        ({"data": {"text": TEXT}, "annotations": [{"result": [{**ACTOR, "value": {**ACTOR["value"], "start": "four"}}]}]}, "ValueError: invalid literal for int()"),
        ({"data": {"text": TEXT}, "annotations": [{"result": [ACTOR, {"type": "relation", "labels": ["source"]}]}]}, "KeyError: 'from_id'"),
        ({"data": {"text": TEXT}, "annotations": ["accepted"]}, "AttributeError: "),
        ({"data": {"text": TEXT}, "predictions": {"result": [ACTOR]}}, "KeyError: 0"),
        ({"data": {"text": TEXT, "sentences": [[0, "end"]]}, "annotations": [{"result": [ACTOR]}]}, "ValueError: invalid literal for int()"),
        ({"data": {"text": TEXT, "sentences": [56]}, "annotations": [{"result": [ACTOR]}]}, "TypeError: "),
    ],
    ids=["region-without-id", "offset-not-a-number", "relation-without-ends", "annotation-not-an-object", "predictions-not-a-list", "sentence-offset-not-a-number", "sentence-not-a-pair"],
)
def test_a_task_not_in_label_studio_shape_is_refused_naming_the_file_and_task(label_studio_import, refused_line, task, error):
    result, tasks, gold = label_studio_import([GOOD, task])
    line = refused_line(result, gold)  # nothing written: the good first task is not written alone either
    assert line.startswith(f"claimspan: error: [E035] {tasks} (task 2): the task is not in the shape Label Studio exports ({error}"), line
    assert line.endswith("export the project again, or mend the task; the file cannot be imported."), line


def test_an_export_without_tasks_leaves_an_earlier_gold_as_it_was(label_studio_import, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("earlier gold\n", encoding="utf-8")
    result, tasks, _ = label_studio_import([])
    assert result.exit_code == 2
    assert gold.read_text(encoding="utf-8") == "earlier gold\n"
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimspan: error: [E033] {tasks}: not a Label Studio export (the list holds no tasks; "), line
