"""Cue recall on unseen news, round twenty-two (GUIDELINES R640-R659). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R640: "hope" with a to-infinitive reports the hope, whatever form the model lemmatizes as "hop"
        ("The senator hopes to win the primary in May.", "win the primary", ("The senator", "hopes")),
        ("The farmers' union is hoping to reopen the mill by June.", "reopen the mill", ("The farmers' union", "is hoping")),
        ("The mayor hoped to finish the bridge before the floods.", "finish the bridge", ("The mayor", "hoped")),
    ],
)
def test_hope_with_an_infinitive(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_hoping_for_a_thing_reports_nothing(claims_of, source_of):
    # Not (R640, R49): a hope for a thing holds no proposition
    assert source_of(claims_of("The mayor is hoping for a second term."), "second term") is None
