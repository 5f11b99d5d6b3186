"""cli53: brat import no longer drops what it does not know silently. A label, relation, attribute or claim type
claimspan does not know is refused (E034, naming the .ann file and line and what is accepted), and nothing is
written; line kinds claimspan has no place for (events, normalizations, equivalences, free-text notes) are left
out with one warning per file giving the count and the first line (W050), and the rest is imported.

cli54: export writes a span's other values as an AnnotatorNotes JSON object, which always opens with '{"'. A note an
annotator typed that merely opens with '{' is free text (W050 like any other); a note that opens like export's JSON
but is broken is still refused (E034), so no value is lost."""

from __future__ import annotations

import json

import pytest

TEXT = "The mayor said the bridge would reopen in May.\n"
# "The mayor" is 0-9, "said" 10-14, "the bridge would reopen in May" 15-45
CLAIM = "T1\tClaim 15 45\tthe bridge would reopen in May\nA1\tClaimType T1 prediction\n"


@pytest.fixture
def import_ann(brat_import):
    """import_ann(ann) -> (result, the .ann file, gold): TEXT beside the given .ann, imported as brat."""

    def run(ann):
        result, folder, gold = brat_import({"a.txt": TEXT, "a.ann": ann})
        return result, folder / "a.ann", gold

    return run


@pytest.mark.parametrize(
    "line, expected",
    [
        ("T2\tPerson 0 9\tThe mayor", "unknown label 'Person'; claimspan's labels are Claim, Source, Cue, Quote, Hedge, Actor, Date, Figure"),
        ("R1\tSpeaker Arg1:T1 Arg2:T1", "unknown relation 'Speaker'; claimspan's relations (from a Claim to its part) are Source, Cue, Quote, Hedge"),
        ("A2\tCertainty T1 high", "unknown attribute 'Certainty'; claimspan's attributes are ClaimType, Negated"),
        ("A2\tClaimType T1 rumour", "unknown claim type 'rumour'; use one of event,"),
        ("X1\tsomething", "unknown line kind 'X'"),
        ("#1\tAnnotatorNotes T1\t{\"flags\": [", "the note starts like the JSON values export writes but is not JSON"),
    ],
    ids=["label", "relation", "attribute", "claim-type", "kind", "broken-json-note"],
)
def test_what_claimspan_does_not_know_is_refused_naming_file_line_and_what_is_accepted(import_ann, refused_line, line, expected):
    result, ann, gold = import_ann(CLAIM + line + "\n")
    message = refused_line(result, gold)
    assert message.startswith(f"claimspan: error: [E034] {ann}:3: cannot import this brat line ("), message
    assert expected in message


def test_kinds_claimspan_has_no_place_for_are_left_out_with_one_warning_per_file(import_ann):
    ann = CLAIM + "E1\tEvent:T1\n#1\tAnnotatorNotes T1\tcheck the date with the council\nN1\tReference T1 Wikipedia:123\t\n*\tEquiv T1 T1\n"
    result, path, gold = import_ann(ann)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line]
    assert warnings == [
        f"claimspan: warning: [W050] {path}: left out 4 line(s) claimspan has no place for (# free-text note, * equivalence, E event, N normalization; first on line 3); "
        "the rest is imported. What the gold should hold goes in T, R and A lines or JSON AnnotatorNotes (the annotation.conf export writes)."
    ]
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    (claim,) = [record for record in records if record["record"] == "claim"]
    assert (claim["start"], claim["end"], claim["type"]) == (15, 45, "prediction")


def test_a_file_with_only_known_lines_imports_without_a_warning(import_ann):
    ann = CLAIM + "T2\tSource 0 9\tThe mayor\nT3\tCue 10 14\tsaid\nR1\tSource Arg1:T1 Arg2:T2\nR2\tCue Arg1:T1 Arg2:T3\n#1\tAnnotatorNotes T1\t{\"flags\": [\"attributed\"]}\n"
    result, _, gold = import_ann(ann)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    (claim,) = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if '"record":"claim"' in line]
    assert claim["source"]["text"] == "The mayor" and claim["source"]["cue"]["text"] == "said"
    assert claim["flags"] == ["attributed"]


def test_a_relation_to_a_span_that_is_not_there_is_refused_naming_the_ann_file(import_ann):
    result, ann, gold = import_ann(CLAIM + "R1\tHedge Arg1:T1 Arg2:T9\n")
    assert result.exit_code == 2
    assert f"[E035] {ann}: the hedge relation from T1 to T9 names the region T9, which is not among the labelled spans" in result.stderr
    assert not gold.exists()


def test_a_free_text_note_opening_with_a_brace_is_left_out_with_a_warning(import_ann):
    result, ann, gold = import_ann(CLAIM + "#1\tAnnotatorNotes T1\t{unsure} May or June?\n")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"claimspan: warning: [W050] {ann}: left out 1 line(s) claimspan has no place for (# free-text note; first on line 3); " + (
        "the rest is imported. What the gold should hold goes in T, R and A lines or JSON AnnotatorNotes (the annotation.conf export writes).\n"
    )
    document, claim = (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines())
    assert (claim["start"], claim["end"], claim["type"]) == (15, 45, "prediction")


def test_a_note_opening_like_the_json_export_writes_but_broken_is_refused(import_ann, refused_line):
    result, ann, gold = import_ann(CLAIM + '#1\tAnnotatorNotes T1\t{"flags": ["assessment"}\n')
    line = refused_line(result, gold)
    assert line.startswith(f"claimspan: error: [E034] {ann}:3: cannot import this brat line (ValueError: the note starts like the JSON values export writes but is not JSON ("), line


def test_a_json_note_still_carries_its_values(import_ann):
    result, ann, gold = import_ann(CLAIM + '#1\tAnnotatorNotes T1\t{"flags": ["assessment"]}\n')
    assert result.exit_code == 0, result.output
    document, claim = (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines())
    assert claim["flags"] == ["assessment"]
