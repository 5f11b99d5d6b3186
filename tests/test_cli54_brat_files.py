"""cli54: brat import refuses in one line naming the file (E035), exit 2, nothing written, instead of a traceback:
a .txt or .ann not saved as UTF-8 (brat's only encoding), and a claimspan.json manifest that is JSON but not
the one export writes (not one object per file stem, or sentences that are not pairs of offsets)."""

from __future__ import annotations

import json

import pytest

TEXT = "The mayor said the bridge would reopen in May.\n"
ANN = "T1\tClaim 15 45\tthe bridge would reopen in May\nA1\tClaimType T1 prediction\n"


@pytest.fixture
def refused(brat_import, refused_line):
    """refused(files) -> (folder, the one error line): TEXT and ANN, with the given files over them, refused as brat."""

    def run(files):
        result, folder, gold = brat_import({"a.txt": TEXT.encode(), "a.ann": ANN.encode(), **files})
        return folder, refused_line(result, gold)

    return run


@pytest.mark.parametrize("name", ["a.txt", "a.ann"])
def test_a_file_not_saved_as_utf8_is_refused_naming_it(refused, name):
    # "Café" in Latin-1: byte 3 is 0xe9, which cannot start a UTF-8 character followed by a space
    folder, line = refused({name: "Café ".encode("latin-1")})
    assert line == f"claimspan: error: [E035] {folder / name}: not UTF-8 text (byte 3 is 0xe9); save it as UTF-8; the file cannot be imported."


@pytest.mark.parametrize("manifest", ['["a"]', '{"a": "doc-1"}'], ids=["list", "entry-not-an-object"])
def test_a_manifest_not_in_export_shape_is_refused(refused, manifest):
    folder, line = refused({"claimspan.json": manifest.encode()})
    assert line.startswith(f"claimspan: error: [E035] {folder / 'claimspan.json'}: not the JSON id manifest export writes (one object per file stem); "), line


@pytest.mark.parametrize("sentences", ['[[0, "end"]]', "[47]"], ids=["offset-not-a-number", "not-a-pair"])
def test_manifest_sentences_that_are_not_offset_pairs_are_refused(refused, sentences):
    folder, line = refused({"claimspan.json": f'{{"a": {{"doc_id": "doc-1", "sentences": {sentences}}}}}'.encode()})
    assert line.startswith(f"claimspan: error: [E035] {folder / 'claimspan.json'}: the sentences of a are not pairs of offsets ("), line


@pytest.mark.parametrize("empty", [b"", b"\n\n"], ids=["empty", "blank-lines"])
def test_an_empty_text_is_refused_naming_it(refused, empty):
    # extract refuses an empty article; gold for one would score nothing, so import refuses it too
    folder, line = refused({"a.txt": empty, "a.ann": b""})
    assert line == f"claimspan: error: [E035] {folder / 'a.txt'}: the text is empty; put the article's text back (export writes it beside its .ann); the file cannot be imported."


@pytest.mark.parametrize("key, value", [("doc_id", 7), ("published", ["2025-01-05"])])
def test_a_manifest_id_or_date_that_is_not_a_string_names_the_manifest(refused, key, value):
    # let through, a number id or a list as date failed later and was reported against the .ann file
    manifest = json.dumps({"a": {key: value}}).encode()
    folder, line = refused({"claimspan.json": manifest})
    assert line == f"claimspan: error: [E035] {folder / 'claimspan.json'}: the {key} of a is {json.dumps(value)}, not a string; export again, or remove the manifest to use the file stems as ids; the file cannot be imported."
