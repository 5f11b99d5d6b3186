"""The cue as the phrase a reader marks (GUIDELINES R450): the cue verb with its verb group before it and the word
its cue table entry requires after it. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, source",
    [
        # auxiliaries and adverbs of the verb group
        ("The mayor has said the bridge will reopen in May.", "bridge will reopen", ("The mayor", "has said")),
        ("The governor also told reporters that the dam was safe.", "dam was safe", ("The governor", "also told")),
        ("The council has repeatedly warned that the levee could fail.", "levee could fail", ("The council", "has repeatedly warned")),
        # the word the cue table requires after the verb
        ("Okafor pointed out that the harbour was busy.", "harbour was busy", ("Okafor", "pointed out")),
        ("The union called for an inquiry into the crash at the mine.", "inquiry into the crash", ("The union", "called for")),
        # ... also when it marks the verb's own clause
        ("The union has called for the mayor to resign over the crash.", "mayor to resign", ("The union", "has called for")),
        # ... but not a clause adverb between commas, nor a time phrase of its own ("two weeks ago")
        ("The mayor, however, has said the bridge would stay shut until June.", "bridge would stay shut", ("The mayor", "has said")),
        ("The ministry two weeks ago had denied that the dam was unsafe.", "dam was unsafe", ("The ministry", "had denied")),
        # both
        ("The minister has also pointed to the rising cost of fuel.", "rising cost of fuel", ("The minister", "has also pointed to")),
    ],
)
def test_cue_phrase_takes_verb_group_and_required_word(claims_of, source_of, text, fragment, source):
    assert source_of(claims_of(text), fragment) == source
