"""cli53: a Label Studio region whose end comes before its start is refused saying so (E035, naming the file and
task), not as a span "outside the text"; an empty region says it is empty; one past the text keeps that message."""

from __future__ import annotations

import pytest

TEXT = "The council said on Monday that the bridge would reopen."


def one_task(*items):
    """TEXT's task with the given result items."""
    return {"id": 7, "data": {"text": TEXT}, "annotations": [{"result": list(items)}]}


def actor_region(start, end):
    return {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": start, "end": end, "labels": ["Actor"]}}


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (11, 4, "Actor region r1 [11:4] ends before it starts (end 4 < start 11)"),
        (4, 4, "Actor region r1 [4:4] is empty"),
        (50, 70, f"Actor region r1 [50:70] lies outside the text of {len(TEXT)} characters"),
    ],
    ids=["reversed", "empty", "past-the-text"],
)
def test_a_region_with_impossible_offsets_says_what_is_wrong(refused_task, start, end, expected):
    assert expected in refused_task(one_task(actor_region(start, end)))


def test_attributes_that_are_not_json_name_the_file_and_task(refused_task):
    attributes = {"id": "r1", "type": "textarea", "from_name": "attributes", "to_name": "text", "value": {"start": 4, "end": 11, "text": ["{not json"]}}
    line = refused_task(one_task(actor_region(4, 11), attributes))
    assert "region r1: the attributes are not JSON" in line


def test_a_label_claimspan_does_not_read_is_refused_not_dropped(label_studio_import):
    region = {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 4, "end": 11, "labels": ["Person"]}}
    result, tasks, gold = label_studio_import([one_task(region)])
    assert result.exit_code == 2
    assert f"[E035] {tasks} (task 1): region r1 has the label 'Person', which claimspan does not read; its labels are Claim, Source," in result.stderr
    assert not gold.exists()


@pytest.mark.parametrize(
    "relation, expected",
    [
        ({"type": "relation", "from_id": "c1", "to_id": "s1", "labels": []}, "the relation from c1 to s1 has the label (none); give it one of source, cue, quote, hedge"),
        ({"type": "relation", "from_id": "c1", "to_id": "s1", "labels": ["speaker"]}, "the relation from c1 to s1 has the label speaker; give it one of source,"),
        ({"type": "relation", "from_id": "c1", "to_id": "s9", "labels": ["hedge"]}, "the hedge relation from c1 to s9 names the region s9, which is not among the labelled spans"),
    ],
    ids=["unlabelled", "unknown-label", "missing-region"],
)
def test_a_relation_that_would_be_dropped_is_refused(refused_task, relation, expected):
    # "The council" is 0-11, the claim "the bridge would reopen" 32-55
    claim = {"id": "c1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 32, "end": 55, "labels": ["Claim"]}}
    source = {"id": "s1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 0, "end": 11, "labels": ["Source"]}}
    assert expected in refused_task(one_task(claim, source, relation))
