"""Label Studio: tasks with claimspan's spans as predictions, its labelling config, and importing exports.

Offsets are code points, as in claimspan: Label Studio's Text tag stores code-point offsets since
label-studio-frontend #308 (label-studio #1008, #1347 were the emoji bugs it fixed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import quoteattr

from .. import __version__
from ..errors import ClaimspanError, Errors
from ..io import replace_atomically
from ..records import ClaimType
from .regions import LABELS, RELATIONS, AnnotatedDocument, Region, Relation

COLOURS = {"Claim": "#8250df", "Source": "#bf3989", "Cue": "#cf222e", "Quote": "#1a7f37", "Hedge": "#9a6700", "Actor": "#0969da", "Date": "#2da44e", "Figure": "#d4a72c"}
TEXT, LABEL, TYPE, ATTRIBUTES = "text", "label", "claim_type", "attributes"


def label_config() -> str:
    """The labelling interface that matches the exported tasks (paste it into the project settings)."""
    labels = "\n".join(f'    <Label value="{label}" background="{COLOURS[label]}"/>' for label in LABELS)
    relations = "\n".join(f'    <Relation value="{relation}"/>' for relation in RELATIONS)
    choices = "\n".join(f'      <Choice value="{name}"/>' for name in ClaimType.__args__)
    return f"""<View>
  <Labels name="{LABEL}" toName="{TEXT}">
{labels}
  </Labels>
  <Relations>
{relations}
  </Relations>
  <Text name="{TEXT}" value="$text" granularity="symbol"/>
  <View visibleWhen="region-selected" whenLabelValue="Claim">
    <Choices name="{TYPE}" toName="{TEXT}" perRegion="true" choice="single" showInline="true">
{choices}
    </Choices>
  </View>
  <TextArea name="{ATTRIBUTES}" toName="{TEXT}" perRegion="true" editable="true" maxSubmissions="1" placeholder="attributes as JSON, e.g. {quoteattr('{"id": "country:PAK"}')[1:-1]}"/>
</View>
"""


def to_task(annotated: AnnotatedDocument, task_id: int) -> dict:
    result: list[dict] = []
    for region in annotated.regions:
        value = {"start": region.start, "end": region.end, "text": annotated.text[region.start : region.end]}
        result.append({"id": region.id, "from_name": LABEL, "to_name": TEXT, "type": "labels", "value": {**value, "labels": [region.label]}})
        attributes = {key: item for key, item in region.attributes.items() if key != "type" or region.label != "Claim"}
        if region.label == "Claim":
            result.append({"id": region.id, "from_name": TYPE, "to_name": TEXT, "type": "choices", "value": {**value, "choices": [region.attributes["type"]]}})
        if any(item not in (None, False, []) for item in attributes.values()):
            result.append({"id": region.id, "from_name": ATTRIBUTES, "to_name": TEXT, "type": "textarea", "value": {**value, "text": [json.dumps(attributes, ensure_ascii=False)]}})
    for relation in annotated.relations:
        result.append({"from_id": relation.source, "to_id": relation.target, "type": "relation", "direction": "right", "labels": [relation.label]})
    data = {"text": annotated.text, "doc_id": annotated.doc_id, "published": annotated.published, "sentences": [list(sentence) for sentence in annotated.sentences]}
    return {"id": task_id, "data": data, "predictions": [{"model_version": f"claimspan {__version__}", "result": result}]}


def export_tasks(documents: Iterable[AnnotatedDocument], path: Path) -> int:
    """Write the tasks as one JSON list (Label Studio's import format) and the config beside it."""
    tasks = [to_task(annotated, number) for number, annotated in enumerate(documents, start=1)]
    replace_atomically(path, lambda partial: partial.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8"))
    replace_atomically(path.with_name(path.stem + ".label_config.xml"), lambda partial: partial.write_text(label_config(), encoding="utf-8"))
    return len(tasks)


def read_tasks(path: Path) -> Iterable[AnnotatedDocument]:
    """Documents from a Label Studio JSON export: each task's latest annotation, else its first prediction."""
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ClaimspanError(Errors.E033.format(path=path, detail=error)) from error
    if not isinstance(tasks, list):
        raise ClaimspanError(Errors.E033.format(path=path, detail="the top level is not a list of tasks"))
    if not tasks:
        # an export of a project with no tasks (or a wrong project) would replace the gold with an empty file
        raise ClaimspanError(Errors.E033.format(path=path, detail="the list holds no tasks; export the project that holds the annotated documents"))
    for number, task in enumerate(tasks, start=1):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ClaimspanError(Errors.E033.format(path=path, detail=f"task {number} has no data.text"))
        where = f"{path} (task {number})"
        try:
            annotations = [item for item in task.get("annotations") or [] if not item.get("was_cancelled")]
            chosen = annotations[-1] if annotations else (task.get("predictions") or [{}])[0]
            doc_id = str(data.get("doc_id") or task.get("id") or number)
            annotated = from_result(doc_id, data["text"], data.get("published"), chosen.get("result") or [], where=where)
            annotated.sentences = [(int(start), int(end)) for start, end in data.get("sentences") or []]
        except ClaimspanError:
            raise
        except (AttributeError, IndexError, KeyError, TypeError, ValueError) as error:
            # a hand-edited or cut export (a region without its id, offsets that are not numbers, a result that is
            # not a list) would otherwise stop the import with a traceback that names neither file nor task
            detail = f"the task is not in the shape Label Studio exports ({type(error).__name__}: {error}); export the project again, or mend the task"
            raise ClaimspanError(Errors.E035.format(path=where, detail=detail)) from error
        yield annotated


def from_result(doc_id: str, text: str, published, result: list[dict], *, where: str = "") -> AnnotatedDocument:
    annotated = AnnotatedDocument(doc_id, text, published, where=where)
    place = where or doc_id  # what the errors name: the file and task, else the document
    regions: dict[str, Region] = {}
    for item in result:
        if item.get("type") == "relation":
            labels = item.get("labels") or []
            unknown = next((label for label in labels if label not in RELATIONS), None) if labels else "(none)"
            if unknown is not None:
                # an unlabelled or renamed relation would lose a claim's part without a word
                detail = f"the relation from {item.get('from_id')} to {item.get('to_id')} has the label {unknown}; give it one of {', '.join(RELATIONS)}"
                raise ClaimspanError(Errors.E035.format(path=place, detail=detail))
            annotated.relations.extend(Relation(item["from_id"], item["to_id"], label) for label in labels)
            continue
        value = item.get("value") or {}
        if "start" not in value or "end" not in value:
            continue
        start, end = int(value["start"]), int(value["end"])
        quoted = value.get("text")
        # Label Studio keeps the selected text beside its offsets: when they disagree, the offsets would import a
        # span the annotator never selected (offsets outside the text are refused later, with the same code)
        if isinstance(quoted, str) and 0 <= start <= end <= len(text) and quoted != text[start:end]:
            detail = f"region {item['id']} [{start}:{end}] reads {text[start:end]!r} in data.text, but its value says {quoted!r}; fix the offsets or the text"
            raise ClaimspanError(Errors.E035.format(path=place, detail=detail))
        region = regions.setdefault(item["id"], Region(item["id"], "", start, end))
        if item.get("type") == "labels" and value.get("labels"):
            region.label = value["labels"][0]
            if region.label not in LABELS:
                # a label added to the project's config would otherwise vanish from the gold without a word
                detail = f"region {item['id']} has the label '{region.label}', which claimspan does not read; its labels are {', '.join(LABELS)} (the config export writes)"
                raise ClaimspanError(Errors.E035.format(path=place, detail=detail))
        elif item.get("from_name") == TYPE and value.get("choices"):
            region.attributes["type"] = value["choices"][0]
            if region.attributes["type"] not in ClaimType.__args__:
                # a choice added to the project's config would otherwise stop the import with a traceback
                detail = f"region {item['id']} has the claim_type '{region.attributes['type']}', which claimspan does not read; choose one of {', '.join(ClaimType.__args__)} (the config export writes)"
                raise ClaimspanError(Errors.E035.format(path=place, detail=detail))
        elif item.get("from_name") == ATTRIBUTES and value.get("text"):
            try:
                attributes = json.loads(value["text"][0])
            except json.JSONDecodeError as error:
                raise ClaimspanError(Errors.E035.format(path=place, detail=f"region {item['id']}: the attributes are not JSON ({error.msg})")) from error
            if not isinstance(attributes, dict):
                detail = f"region {item['id']}: the attributes are a JSON {type(attributes).__name__}, not one object; write them as {{\"name\": value, ...}}"
                raise ClaimspanError(Errors.E035.format(path=place, detail=detail))
            region.attributes.update(attributes)
    annotated.regions = [region for region in regions.values() if region.label in LABELS]
    return annotated
