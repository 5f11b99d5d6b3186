"""Speech attributions found on PolNeAR train in round eleven (GUIDELINES R221-R229): a dateline's horizontal bar the
model misreads and a contracted perfect the parser reads as a passive. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R221: a horizontal bar (U+2015) after the dateline, as an em dash is read
        ("KARACHI \u2015 The mayor's campaign said it is looking for a new chair.", "looking for", ("The mayor's campaign", "said")),
        ("WASHINGTON \u2015 President Jane Okafor said on Monday that the bridge will reopen in May.", "the bridge", ("President Jane Okafor", "said")),
        ("The council met on Monday.\n\nLAHORE \u2015 The provincial minister told reporters the dam is safe.", "the dam", ("The provincial minister", "told")),
    ],
)
def test_horizontal_bar_dateline(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_horizontal_bar_dateline_stays_out_of_the_claim(claims_of):
    claims = claims_of("KARACHI \u2015 The mayor's campaign said it is looking for a new chair.")
    assert [claim.text for claim in claims] == ["The mayor's campaign said it is looking for a new chair"]


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R222: "'s" is "has" before a cue with a clause or an addressee
        ("Look at the Speaker. He's said he gets his ideas about policy from a novel.", "his ideas", ("He", "said")),
        ("While she's said she'll fight all the way to the convention, Okafor must decide what to do.", "fight all the way", ("she", "said")),
        ("She's told reporters the bridge will reopen in May.", "the bridge", ("She", "told")),
        ("He's argued that the tax is unfair.", "the tax", ("He", "argued")),
    ],
)
def test_contracted_perfect_names_its_speaker(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a true passive: an expletive, a to-infinitive, an agent
        ("It's said that the bridge will reopen.", "the bridge"),
        ("He's said to be ill.", "ill"),
        ("She's told to leave the building by Monday.", "leave the building"),
    ],
)
def test_contracted_passive_names_no_speaker(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None
