"""A quotation that follows a speaker's words as the next sentence keeps that speaker though its first sentence is no
claim (GUIDELINES R900). Before R890 a typeset opening ("We’re ready.", "It’s true.") was misread into a claim that carried the
source; read as its straight twin it is none, so the quotation's later sentences lost the speaker in both typings.
Sentences written for these tests, each in typeset and straight marks."""

from __future__ import annotations

import pytest

TYPESET_AND_STRAIGHT = [
    (
        "“The bridge is overdue,” said Ann Lee, chair of the county board. “We’re ready. The council votes next week. Two members oppose the plan.”",
        "\"The bridge is overdue,\" said Ann Lee, chair of the county board. \"We're ready. The council votes next week. Two members oppose the plan.\"",
    ),
    (
        "“This is an illness,” Brown said.\n\n“It’s not a moral failing. It’s an illness, and we need to give people care.”",
        "\"This is an illness,\" Brown said.\n\n\"It's not a moral failing. It's an illness, and we need to give people care.\"",
    ),
]


@pytest.mark.parametrize("text", [text for pair in TYPESET_AND_STRAIGHT for text in pair])
def test_quotation_after_a_speaker_keeps_the_speaker(claims_of, text):
    sourced = {record.text: None if record.source is None else (record.source.text, record.source.cue.text) for record in claims_of(text)}
    later = [speaker for claim, speaker in sourced.items() if "votes" in claim or "oppose" in claim or "care" in claim]
    assert later, sourced
    assert all(speaker in {("Ann Lee, chair of the county board", "said"), ("Brown", "said")} for speaker in later), sourced


@pytest.mark.parametrize(
    "text",
    [
        # the writer's words between the speaker and the quotation: the quotation is not the speaker's next sentence
        "“This is an illness,” Brown said. Critics disagree. “We’re not convinced. The clinics cost far too much.”",
        "\"This is an illness,\" Brown said. Critics disagree. \"We're not convinced. The clinics cost far too much.\"",
    ],
)
def test_quotation_after_the_writers_words_is_not_carried(claims_of, source_of, text):
    assert source_of(claims_of(text), "clinics cost far too much") is None


@pytest.mark.parametrize(
    "text",
    [
        # a quotation closed by a speaker of its own is that speaker's, not the one before it (R45, R201)
        "“This is an illness,” Brown said. “We’re not convinced. The clinics cost far too much,” Green replied.",
        "\"This is an illness,\" Brown said. \"We're not convinced. The clinics cost far too much,\" Green replied.",
    ],
)
def test_quotation_closed_by_its_own_speaker_stays_theirs(claims_of, source_of, text):
    assert source_of(claims_of(text), "clinics cost far too much") == ("Green", "replied")
