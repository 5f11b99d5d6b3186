"""A cue one level below the clause verb: the to-infinitive of a predicate adjective ("was quick to point out that"),
and a "by"-phrase on a verb the clause verb carries ("appeared to defend the plan by saying") (GUIDELINES R780).
Sentences written for these tests; each positive one gives no source without the rule."""

from __future__ import annotations

import pytest


def _speaker(records):
    (record,) = records
    return None if record.source is None else (record.source.text, record.source.cue.text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R780: the to-infinitive of a predicate adjective reports what the clause's subject said
        ("The senator was quick to point out that the bridge was unsafe.", ("The senator", "point out")),
        ("Older drivers were more likely to say that the toll was too high.", ("Older drivers", "say")),
        ("The engineer is correct to note that the dam was leaking badly.", ("The engineer", "note")),
        # R780: a "by"-phrase on the clause verb's to-infinitive
        ("The mayor appeared to defend the levy by saying that the roads needed repairs.", ("The mayor", "saying")),
    ],
)
def test_cue_below_the_clause_verb(claims_of, text, speaker):
    assert _speaker(claims_of(text)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Not: a negated infinitive reports nothing said
        "The mayor was careful not to say that the levy failed.",
        # Not: a passive infinitive without a reported clause ("be seen as")
        "Older drivers were more likely to be seen as careful.",
        # Not: two infinitives down ("need to learn to expect") is beyond the one level the rule looks through
        "The mayor will need to learn to expect that the levy fails.",
        # Not: a preposition other than "by" below the carried verb gives a time, not the means of the act
        "The mayor appeared to win the vote after saying that the roads needed repairs.",
    ],
)
def test_no_speaker_for_what_is_not_said(claims_of, text):
    assert _speaker(claims_of(text)) is None
