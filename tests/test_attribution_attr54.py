"""Speakers whose modifier the parser reads as the sentence's verb (GUIDELINES R720). Sentences written for these
tests; each positive one gives no source without the rule (the parser hangs "say" on the modifier with no subject)."""

from __future__ import annotations

import pytest


def _speaker(records):
    (record,) = records
    return None if record.source is None else (record.source.text, record.source.cue.text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R720: the subject with its modifier is the speaker, the speech verb the cue
        ("Farmers clamoring to block the levy say they are suddenly winning.", ("Farmers clamoring to block the levy", "say")),
        ("Several sources privy to the talks say the mayor insisted on acting now.", ("Several sources privy to the talks", "say")),
    ],
)
def test_speaker_with_a_misread_modifier(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Not: the speech verb reports no clause ("say nothing" is no content)
        "Farmers clamoring to block the levy say nothing.",
        # Not: a first-person speaker is no source (R31)
        "We farmers clamoring to block the levy say we are winning.",
    ],
)
def test_no_speaker_without_content_or_in_the_first_person(claims_of, text):
    assert _speaker(claims_of(text)) is None
