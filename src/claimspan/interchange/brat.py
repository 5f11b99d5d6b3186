"""brat standoff: one .txt and one .ann per document, plus annotation.conf and a manifest of document ids.

The manifest also keeps each document's sentence offsets. Text-bound annotations (T) carry the labels, relations (R) link a claim to its parts, attributes (A)
carry claim type and negation, and AnnotatorNotes (#) carry the other values as JSON. brat's offsets
are code points, like claimspan's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ClaimspanError, Errors
from ..records import ClaimType
from ..review.gold_files import file_stem
from .regions import LABELS, RELATIONS, AnnotatedDocument, Region, Relation

MANIFEST = "claimspan.json"
TEXT_BOUND = re.compile(r"(T\d+)\t(\S+) (\d+) (\d+)\t")


def annotation_conf() -> str:
    relations = "\n".join(f"{relation.capitalize()}\tArg1:Claim, Arg2:{relation.capitalize()}" for relation in RELATIONS)
    return (
        "[entities]\n" + "\n".join(LABELS) + "\n\n[relations]\n" + relations + "\n\n[events]\n\n[attributes]\n"
        f"ClaimType\tArg:Claim, Value:{'|'.join(ClaimType.__args__)}\nNegated\tArg:Claim\n"
    )


def to_ann(annotated: AnnotatedDocument) -> str:
    lines, numbers = [], {}
    attribute_count = note_count = 0
    for number, region in enumerate(annotated.regions, start=1):
        numbers[region.id] = f"T{number}"
        surface = annotated.text[region.start : region.end].replace("\n", " ").replace("\r", " ")
        lines.append(f"T{number}\t{region.label} {region.start} {region.end}\t{surface}")
        extra = dict(region.attributes)
        if region.label == "Claim":
            attribute_count += 1
            lines.append(f"A{attribute_count}\tClaimType T{number} {extra.pop('type')}")
            if extra.pop("negated", False):
                attribute_count += 1
                lines.append(f"A{attribute_count}\tNegated T{number}")
        extra = {key: value for key, value in extra.items() if value not in (None, [], False)}
        if extra:
            note_count += 1
            lines.append(f"#{note_count}\tAnnotatorNotes T{number}\t{json.dumps(extra, ensure_ascii=False)}")
    for number, relation in enumerate(annotated.relations, start=1):
        lines.append(f"R{number}\t{relation.label.capitalize()} Arg1:{numbers[relation.source]} Arg2:{numbers[relation.target]}")
    return "\n".join(lines) + "\n"


def export_collection(documents: Iterable[AnnotatedDocument], folder: Path) -> int:
    # every record is read and checked against its text before the folder is touched, so a bad line leaves an
    # earlier export whole instead of half replaced
    documents = list(documents)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for annotated in documents:
        stem = file_stem(annotated.doc_id)
        # newline="" keeps \r\n and lone \r as they are, so offsets stay true to the source.
        (folder / f"{stem}.txt").write_text(annotated.text, encoding="utf-8", newline="")
        (folder / f"{stem}.ann").write_text(to_ann(annotated), encoding="utf-8")
        manifest[stem] = {"doc_id": annotated.doc_id, "published": annotated.published, "sentences": [list(sentence) for sentence in annotated.sentences]}
    (folder / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(manifest)


def read_collection(folder: Path) -> Iterator[AnnotatedDocument]:
    """Every .ann with its .txt in a folder; document ids from the manifest, else the file stem."""
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    except (ValueError, UnicodeDecodeError) as error:
        raise ClaimspanError(Errors.E035.format(path=manifest_path, detail=f"not the JSON id manifest export writes ({error})")) from error
    if not isinstance(manifest, dict) or not all(isinstance(entry, dict) for entry in manifest.values()):
        raise ClaimspanError(Errors.E035.format(path=manifest_path, detail="not the JSON id manifest export writes (one object per file stem); export again, or remove it to use the file stems as ids"))
    annotations = sorted(folder.glob("*.ann"))
    if not annotations:
        raise ClaimspanError(Errors.E035.format(path=folder, detail="no .ann files in this folder"))
    for ann_path in annotations:
        text_path = ann_path.with_suffix(".txt")
        if not text_path.is_file():
            raise ClaimspanError(Errors.E035.format(path=ann_path, detail=f"its text {text_path.name} is missing"))
        meta = manifest.get(ann_path.stem, {})
        text = utf8_text(text_path)
        if not text.strip():
            # extract refuses an empty article (E010): gold for no text would score nothing and hide a lost file
            raise ClaimspanError(Errors.E035.format(path=text_path, detail="the text is empty; put the article's text back (export writes it beside its .ann)"))
        utf8_text(ann_path)  # read again by parse_ann; checked here so its error names the file, not a line
        try:
            sentences = [(int(start), int(end)) for start, end in meta.get("sentences") or []]
        except (TypeError, ValueError) as error:
            detail = f"the sentences of {ann_path.stem} are not pairs of offsets ({type(error).__name__}: {error}); export again, or remove the manifest"
            raise ClaimspanError(Errors.E035.format(path=manifest_path, detail=detail)) from error
        for key in ("doc_id", "published"):
            if meta.get(key) is not None and not isinstance(meta[key], str):
                detail = f"the {key} of {ann_path.stem} is {json.dumps(meta[key])}, not a string; export again, or remove the manifest to use the file stems as ids"
                raise ClaimspanError(Errors.E035.format(path=manifest_path, detail=detail))
        yield parse_ann(ann_path, AnnotatedDocument(meta.get("doc_id", ann_path.stem), text, meta.get("published"), sentences=sentences, where=str(ann_path)))


def utf8_text(path: Path) -> str:
    """brat reads and writes UTF-8 only: a file saved in another encoding would give offsets into other text."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ClaimspanError(Errors.E035.format(path=path, detail=f"not UTF-8 text (byte {error.start} is {error.object[error.start]:#04x}); save it as UTF-8")) from error


def check_surface(text: str, fields: list[str], fragments: list[tuple[int, int]]) -> None:
    """A text-bound line whose offsets are reversed, or do not read the text it quotes, would import a span at a
    place nobody marked: refuse it (ValueError becomes E034 with the file and line)."""
    for start, end in fragments:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"{fields[0]} [{start}:{end}] is not a span of the text of {len(text)} characters")
    if len(fields) >= 3:
        # brat joins the fragments of a discontinuous span with a space; export writes line breaks as spaces
        surface = " ".join(text[start:end] for start, end in fragments).replace("\n", " ").replace("\r", " ")
        if fields[2] != surface:
            raise ValueError(f"{fields[0]} [{fragments[0][0]}:{fragments[-1][1]}] reads {surface!r} in the text, but the line says {fields[2]!r}; fix the offsets or the text")


# brat line kinds claimspan has no place for: left out of the gold with one warning per file (W050), not refused,
# since an annotator may add them in brat without touching what claimspan reads
SKIPPED_KINDS = {"E": "E event", "N": "N normalization", "*": "* equivalence", "#": "# free-text note"}
ATTRIBUTES = ("ClaimType", "Negated")
# export writes a span's other values as one non-empty JSON object, so its notes always open with '{"'; a note
# that opens with '{' alone ("{unsure} which council") is an annotator's free text, left out like any other
VALUES_NOTE = '{"'


def parse_ann(path: Path, annotated: AnnotatedDocument) -> AnnotatedDocument:
    """Regions, relations and attributes of one .ann. A label, relation or attribute claimspan does not know is
    refused (E034: dropping it would lose an annotation silently); kinds claimspan does not use are counted in
    annotated.skipped_lines for the warning."""
    regions: dict[str, Region] = {}
    # only \n ends a line: a span's surface may hold U+2028 or a form feed, which splitlines() would cut
    for line_no, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        kind = line[0]
        try:
            if kind == "T":
                label, rest = fields[1].split(" ", 1)
                if label not in LABELS:
                    raise ValueError(f"unknown label '{label}'; claimspan's labels are {', '.join(LABELS)} (annotation.conf of export)")
                # Discontinuous spans ("0 5;9 12") are joined into the span that covers them.
                offsets = [int(number) for part in rest.split(";") for number in part.split()]
                check_surface(annotated.text, fields, list(zip(offsets[::2], offsets[1::2])))
                regions[fields[0]] = Region(fields[0], label, min(offsets), max(offsets))
            elif kind == "R":
                label, first, second = fields[1].split()
                if label.lower() not in RELATIONS:
                    raise ValueError(f"unknown relation '{label}'; claimspan's relations (from a Claim to its part) are {', '.join(relation.capitalize() for relation in RELATIONS)}")
                annotated.relations.append(Relation(first.split(":", 1)[1], second.split(":", 1)[1], label.lower()))
            elif kind in "AM":
                parts = fields[1].split()
                name, target = parts[0], parts[1]
                if name == "ClaimType":
                    if parts[2] not in ClaimType.__args__:
                        raise ValueError(f"unknown claim type '{parts[2]}'; use one of {', '.join(ClaimType.__args__)}")
                    regions[target].attributes["type"] = parts[2]
                elif name == "Negated":
                    regions[target].attributes["negated"] = True
                else:
                    raise ValueError(f"unknown attribute '{name}'; claimspan's attributes are {', '.join(ATTRIBUTES)}")
            elif kind == "#" and fields[1].startswith("AnnotatorNotes") and fields[2].lstrip().startswith(VALUES_NOTE):
                # export writes a span's other values as a JSON object; a broken one is refused, not lost
                try:
                    values = json.loads(fields[2])
                except json.JSONDecodeError as error:
                    raise ValueError(f"the note starts like the JSON values export writes but is not JSON ({error.msg} at column {error.colno}); mend it, or start a free-text note otherwise") from error
                if not isinstance(values, dict):
                    raise ValueError("the note is not one JSON object")
                regions[fields[1].split()[1]].attributes.update(values)
            elif kind in SKIPPED_KINDS:
                annotated.skipped_lines.append((line_no, SKIPPED_KINDS[kind]))
            else:
                raise ValueError(f"unknown line kind '{kind}'")
        except (IndexError, ValueError, KeyError) as error:
            raise ClaimspanError(Errors.E034.format(path=path, line=line_no, detail=f"{type(error).__name__}: {error}")) from error
    annotated.regions = list(regions.values())
    return annotated
