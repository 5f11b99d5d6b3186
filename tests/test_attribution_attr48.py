"""Reports before a quoted question that ends the sentence, checked in issue 9's attr48 round (GUIDELINES R550).
Sentences written for these tests."""

from __future__ import annotations

import pytest


# a first line of its own, so the sentence under test is body text, not a headline (R26)
HEADLINE = "Bridge row goes on\n\n"


def _sources(records):
    return [(record.text, None if record.source is None else (record.source.text, record.source.cue.text)) for record in records]


@pytest.mark.parametrize(
    "text, expected",
    [
        # R550: a second speech verb coordinated with the report introduces the question; the claim stops before it
        (
            "The mayor said the bridge was built by the council and said, “Who will you rely on for safety?”",
            ("The mayor said the bridge was built by the council", ("The mayor", "said")),
        ),
        (
            "The mayor insisted the levy was fair and then asked the farmers, “What else could we do?”",
            ("The mayor insisted the levy was fair", ("The mayor", "insisted")),
        ),
        (
            "The mayor said the bridge was safe, but asked: “Why did the council wait so long?”",
            ("The mayor said the bridge was safe", ("The mayor", "said")),
        ),
        # ... and a question the sentence leaves open, after a reported clause of the same cue, with doubled apostrophes
        (
            "Roe said in an interview on Friday that she sent farmers the same letter: ''Do you want a new bridge? Write to the council.''",
            ("Roe said in an interview on Friday that she sent farmers the same letter", ("Roe", "said")),
        ),
    ],
)
def test_report_before_a_quoted_question_is_claimed(claims_of, text, expected):
    assert expected in _sources(claims_of(HEADLINE + text))


@pytest.mark.parametrize(
    "text",
    [
        # Not (R550): the question is the only thing the cue reports
        "Roe asked the farmers, “Why did the council wait so long?”",
        # Not: the report before the question sits in a relative clause of the asker
        "Roe, who said the bridge was safe, asked: “Why did the council wait so long?”",
        # Not: a cue inside the report introduces the question
        "Roe said the council asked: “Why did the mayor wait so long?”",
        # Not: the sentence's own question
        "Did the mayor say the bridge was safe?",
    ],
)
def test_a_quoted_question_alone_is_no_claim(claims_of, text):
    # the body sentence gives no claim at all: only the headline is left
    assert [claim for claim, _ in _sources(claims_of(HEADLINE + text))] == ["Bridge row goes on"]


@pytest.mark.parametrize(
    "text, source",
    [
        # R552: a participle clause after the speaker says what the speaker was doing, not who speaks
        ("Jane Roe, speaking to reporters on Monday on her way to Leeds, said the bridge was unsafe.", "Jane Roe"),
        ("The mayor, leading narrowly in the polls and spending most of her time there, said the levy would stay.", "The mayor"),
        # (an inverted speaker already stopped at the comma, the parser hanging the clause on the cue; kept as a guard)
        ("“The bridge is unsafe,” said Jane Roe, speaking to reporters on Monday.", "Jane Roe"),
        # Not: a participle that names who is meant, or a title, stays in the phrase
        ("Six papers in the county, including the Gazette, said the mayor should resign.", "Six papers in the county, including the Gazette"),
        ("Ann Roe, managing director at the bank, said rates would rise.", "Ann Roe, managing director at the bank"),
    ],
)
def test_participle_clause_after_the_speaker_is_no_part_of_the_source(claims_of, text, source):
    assert [found for _, found in _sources(claims_of(HEADLINE + text)) if found is not None][0][0] == source
