"""cli54: a value the annotation tool let through but claimspan's records do not allow is refused in one line
naming the file (and Label Studio task) and the region, with exit 2 and no gold written, instead of a traceback:
a claim_type choice added to the Label Studio config, attributes that are JSON but not one object, and any
attribute value the records refuse (a claim type in flags, an actor type, a number where an id belongs)."""

from __future__ import annotations

import json

import pytest

TEXT = "The council said on Monday that the bridge would reopen."
# "council" is 4-11, "the bridge would reopen" 32-55
CLAIM = {"id": "c1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 32, "end": 55, "labels": ["Claim"]}}


def one_task(*items):
    """TEXT's task with the given result items."""
    return {"id": 3, "data": {"text": TEXT}, "annotations": [{"result": list(items)}]}


def attributes(region_id, start, end, text):
    return {"id": region_id, "type": "textarea", "from_name": "attributes", "to_name": "text", "value": {"start": start, "end": end, "text": [text]}}


def test_a_claim_type_choice_claimspan_does_not_read_is_refused(refused_task):
    choice = {"id": "c1", "type": "choices", "from_name": "claim_type", "to_name": "text", "value": {"start": 32, "end": 55, "choices": ["rumour"]}}
    line = refused_task(one_task(CLAIM, choice))
    assert "region c1 has the claim_type 'rumour', which claimspan does not read; choose one of event, statistic, attributed, assessment, prediction, recommendation" in line


def test_attributes_that_are_a_json_list_are_refused(refused_task):
    line = refused_task(one_task(CLAIM, attributes("c1", 32, 55, '["prediction"]')))
    assert "region c1: the attributes are a JSON list, not one object" in line


@pytest.mark.parametrize(
    "region, values, expected",
    [
        (CLAIM, '{"flags": ["rumour"]}', "Claim region c1 [32:55] has a value claimspan does not allow (flags.0: input should be 'event', "),
        (CLAIM, '{"flags": 5}', "Claim region c1 [32:55] has a value claimspan does not allow (flags: input should be a valid list)"),
        (CLAIM, '{"claim_id": 12}', "Claim region c1 [32:55] has a value claimspan does not allow (claim_id: input should be a valid string)"),
        ({"id": "a1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 4, "end": 11, "labels": ["Actor"]}}, '{"type": "committee"}', "Actor region a1 [4:11] has a value claimspan does not allow (type: input should be "),
    ],
    ids=["flag", "flags-not-a-list", "claim-id", "actor-type"],
)
def test_an_attribute_value_the_records_refuse_names_the_region_and_field(refused_task, region, values, expected):
    value = region["value"]
    assert expected in refused_task(one_task(region, attributes(region["id"], value["start"], value["end"], values)))


def test_brat_notes_with_a_value_the_records_refuse_name_the_ann_file(brat_import, refused_line):
    result, folder, gold = brat_import({"a.txt": TEXT, "a.ann": 'T1\tActor 4 11\tcouncil\n#1\tAnnotatorNotes T1\t{"type": "committee"}\n'})
    line = refused_line(result, gold)
    assert line.startswith(f"claimspan: error: [E035] {folder / 'a.ann'}: Actor region T1 [4:11] has a value claimspan does not allow (type: "), line


FIGURE = {"id": "f1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 20, "end": 26, "labels": ["Figure"]}}


@pytest.mark.parametrize(
    "region, values, field",
    [(FIGURE, '{"approx": [1]}', "approx"), (FIGURE, '{"approx": "yes"}', "approx"), (CLAIM, '{"negated": [1]}', "negated")],
    ids=["approx-list", "approx-word", "negated-list"],
)
def test_a_flag_that_is_not_true_or_false_is_refused_not_read_as_true(refused_task, region, values, field):
    # bool([1]) and bool("yes") are True: converting would import a flag nobody set
    value = region["value"]
    line = refused_task(one_task(region, attributes(region["id"], value["start"], value["end"], values)))
    assert f"has a value claimspan does not allow ({field}: input should be a valid boolean" in line


def test_a_flag_given_as_true_still_imports(label_studio_import):
    figure_values = attributes("f1", 20, 26, '{"approx": true, "value": 1}')
    result, _, gold = label_studio_import([one_task(FIGURE, figure_values)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    (document,) = [record for record in records if record["record"] == "document"]
    assert document["figures"] == [{"start": 20, "end": 26, "text": "Monday", "value": 1.0, "low": None, "high": None, "unit": None, "approx": True}]
