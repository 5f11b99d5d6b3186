"""A cue verb the parser reads as a participle modifying its own subject (GUIDELINES R830). Sentences written for
these tests; each positive one gives no source without the rule (the parser hangs the cue verb on the subject noun as
a modifier and makes that noun a second subject of the reported verb, or the subject of a noun it makes the root)."""

from __future__ import annotations

import pytest


def _speaker(records):
    (record,) = records
    return None if record.source is None else (record.source.text, record.source.cue.text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R830: the subject before the misread verb is the speaker, the verb the cue
        ("Several newspapers reported on Monday the council had approved the bridge.", ("Several newspapers", "reported")),
        # ... also when the verb hangs on the last noun of the subject's phrase
        ("Dozens of outlets reported on Tuesday the mayor had resigned.", ("Dozens of outlets", "reported")),
        # ... and when the parser makes a noun of the reported words the root, with the subject on it, and the claim's
        # head is a verb below that root
        ("Hopkins’ campaign called AP’s report a “rush to conclusions,” because delegates can change their minds until the vote.", ("Hopkins’ campaign", "called")),
    ],
)
def test_speaker_of_a_verb_read_as_its_modifier(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Not: a true modifier, the head keeps its one subject ("called" names the firm)
        "A firm called Bridgeworks paid the council in May.",
        # Not: a participle with its agent modifies the noun ("reported by")
        "The figures reported by the council were wrong.",
        # Not: a noun head whose modifier carries nothing of its own ("illustrate" is a verb the tagger reads as a noun)
        "The questions asked at the hearing illustrate why the voters don’t trust the council.",
    ],
)
def test_no_speaker_for_a_true_modifier(claims_of, text):
    assert _speaker(claims_of(text)) is None
