"""The broader attribution scheme (GUIDELINES R49): off by default, intentions and stances when asked."""

import pytest

from claimspan.components.claims.cues import CueTable
from claimspan.components.claims.learned import fits_guidelines
from claimspan.loader import pipeline_dir
from claimspan.tables import CueEntry, read_table


def test_the_default_pipeline_keeps_intentions_and_stances_out(nlp):
    claims = nlp.get_pipe("claimspan_claims")
    assert claims.intentions_and_stances is False
    assert "want" not in claims.cues.types and "endorse" not in claims.cues.types


def test_the_broader_cue_file_types_intentions_and_stances():
    entries = list(read_table(pipeline_dir() / "cues_intentions.jsonl", CueEntry))
    assert {entry.type for entry in entries} == {"intention", "stance"}
    table = CueTable.from_entries(entries)
    assert table.types["want"] == "intention" and table.types["endorse"] == "stance" and table.contents["endorse"] == "object"


@pytest.mark.parametrize("text", ["Senator Adams wants to cut taxes.", "Senator Adams endorsed Clinton."])
def test_the_broader_scheme_keeps_the_taggers_intentions_and_acts(process, text):
    doc = process(text)
    source, cue = doc[0:2], doc[2:3]
    assert fits_guidelines(source, cue) is False
    assert fits_guidelines(source, cue, intentions_and_stances=True) is True


@pytest.mark.parametrize("text, cue_index", [("Senator Adams wants to cut taxes.", 2), ("Senator Adams endorsed the new budget.", 2)])
def test_an_intention_or_stance_cue_needs_its_content(process, text, cue_index):
    doc = process(text)
    broader = CueTable.from_entries([*read_table(pipeline_dir() / "cues.jsonl", CueEntry), *read_table(pipeline_dir() / "cues_intentions.jsonl", CueEntry)])
    default = CueTable.from_entries(read_table(pipeline_dir() / "cues.jsonl", CueEntry))
    assert broader.is_cue_verb(doc[cue_index]) is True
    assert default.is_cue_verb(doc[cue_index]) is False
