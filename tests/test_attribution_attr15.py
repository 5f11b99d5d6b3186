"""Evidential attributions checked in round thirteen (GUIDELINES R310-R312): evidence set off by commas inside the
clause it reports, a verb of evidence the tagger reads as a noun, and a finding given as a small clause. Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R310: evidence and its verb set off by commas inside the clause report the whole clause
        ("During the same year, court records show, the company paid no tax.", "the company", ("court records", "show")),
        ("The deal, company documents show, was signed in March.", "The deal", ("company documents", "show")),
        ("Most of the money, bank records show, went to two firms.", "two firms", ("bank records", "show")),
    ],
)
def test_evidence_set_off_by_commas(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_evidence_as_an_adverbial_clause_reports_through_r461(claims_of, source_of):
    # "as the audit showed" is an adverbial clause, no parenthetical of R310; since R461 an as-clause right after a
    # subject with no verb of its own reports the whole clause (R310's *Not* for this sentence no longer holds)
    text = "Most of the money, as the audit showed, went to two firms owned by the mayor's brother."
    assert source_of(claims_of(text), "two firms") == ("the audit", "showed")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R311: "records show" tagged as a noun phrase; the verb of evidence is its head noun
        ("The mayor flew to Paris six times last year, city travel records show.", "The mayor", ("city travel records", "show")),
        ("The donor gave $5,000 to the fund in June, campaign finance records show.", "The donor", ("campaign finance records", "show")),
        ("Over the same period, court records show, the firm paid no tax.", "the firm", ("court records", "show")),
        ("The plane, flight logs show, landed in Geneva twice.", "The plane", ("flight logs", "show")),
    ],
)
def test_evidence_verb_read_as_a_noun(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_shows_as_a_plain_noun_is_no_evidence(claims_of):
    # Not (R311): "shows" that are events, with no plural phrase of evidence after a comma before them
    text = "The city hosts two shows a year, concerts and plays."
    assert all(record.source is None for record in claims_of(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R312: evidence whose finding is a small clause, an object with its predicate
        ("A survey of party officials on Tuesday found both candidates largely unknown in the county.", ("A survey of party officials", "found")),
        ("Every recent poll has shown him trailing the governor.", ("Every recent poll", "has shown")),
        ("The study showed the drug less effective than the older one.", ("The study", "showed")),
    ],
)
def test_finding_as_a_small_clause(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[:12]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Not (R312): a person who finds something reports no evidence, and an expletive holds no finding
        "The mayor found the council unhelpful.",
        "The poll found it hard to reach young voters.",
    ],
)
def test_no_small_clause_finding(claims_of, text):
    assert all(record.source is None for record in claims_of(text))
