"""Attribution classes found missing on PolNeAR train (GUIDELINES R50-R59), on sentences written for these tests."""

import pytest

from claimspan.convert import check_spans, claim_records


@pytest.fixture
def claims_of(process):
    def run(text):
        records = list(claim_records(process(text, published="2025-01-06")))
        for record in records:
            check_spans(record, text)
        return records

    return run


def _source_of(records, fragment):
    found = [record for record in records if fragment in record.text]
    assert len(found) == 1, [record.text for record in records]
    source = found[0].source
    return None if source is None else (source.text, source.cue.text)


def test_attribution_headline_colon_names_its_speaker(claims_of):
    text = "Sanders: Trade deal could cost the region jobs.\n\nThe senator spoke on Tuesday in Vermont."
    assert _source_of(claims_of(text), "cost the region") == ("Sanders", ":")


@pytest.mark.parametrize(
    "text",
    [
        # a label, not a speaker
        "Update: Trade deal could cost the region jobs.\n\nThe senator spoke on Tuesday in Vermont.",
        # not the headline: body text keeps the earlier rule (a person or a quotation after the colon)
        "The senator spoke on Tuesday. Sanders: trade deal could cost the region jobs.",
    ],
)
def test_attribution_colon_without_speaker(claims_of, text):
    assert _source_of(claims_of(text), "cost the region") is None


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # the parser reads "appeals" as a noun: the clause after "says" is still what he says
        ("Senator John McCain says the populist movement appeals to the bad angels of human nature.", "populist", ("Senator John McCain", "says")),
        ('Ryan said the new rules "amount to a form of intimidation."', "intimidation", ("Ryan", "said")),
    ],
)
def test_attribution_say_with_misparsed_clause(claims_of, text, fragment, expected):
    assert _source_of(claims_of(text), fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # an object with its predicate after an evidential cue: what the poll shows
        ("For the first time, a poll shows Senator Bernie Sanders leading Hillary Clinton nationally.", "leading", ("a poll", "shows")),
        # a short object is a thing shown, not a finding
        ("The photo shows a dog.", "dog", None),
    ],
)
def test_attribution_evidential_with_misparsed_clause(claims_of, text, fragment, expected):
    records = claims_of(text)
    if expected is None:
        assert all(record.source is None for record in records)
    else:
        assert _source_of(records, fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a gerund subject read as the complement of "said"
        ("Since last year, Mr. Xi and other leaders have said cutting steel output must be a key part of their program.", "steel output", ("Mr. Xi and other leaders", "said")),
        # the that-clause hung on the time phrase before it
        ("The State Department two weeks ago said for the first time that secret intelligence had passed through the server.", "intelligence", ("The State Department", "said")),
        # a place and a time after "said" report nothing
        ("The minister said in a statement on Monday in the capital.", "minister", None),
    ],
)
def test_attribution_say_with_clause_hung_elsewhere(claims_of, text, fragment, expected):
    records = claims_of(text)
    if expected is None:
        assert all(record.source is None for record in records)
    else:
        assert _source_of(records, fragment) == expected


def test_attribution_speaker_stranded_after_an_opening_phrase(claims_of):
    text = "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with the governor on Tuesday."
    assert _source_of(claims_of(text), "spoke with") == ("Senator Harry Reid, the minority leader", "said")
