"""Speech attributions checked in round twelve (GUIDELINES R253-R259): the head act before a participle, and the
trailing speaker after a casualty or figure clause. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R253: a participle after a comma on a speech act names how the act was made; the act is the cue
        ("The government has denied the figures, calling them exaggerated.", ("The government", "denied")),
        ("The minister rejected the report, calling it baseless.", ("The minister", "rejected")),
        ("The party dismissed the allegations, terming them a conspiracy against the province.", ("The party", "dismissed")),
        ("The spokesman denied the report, branding it propaganda.", ("The spokesman", "denied")),
        ("The company dismissed the claims, saying they were false.", ("The company", "dismissed")),
        ("The senator slammed the decision, calling it a betrayal of farmers.", ("The senator", "slammed")),
    ],
)
def test_head_act_is_the_cue(claims_of, source_of, text, speaker):
    claims = claims_of(text)
    assert [claim.text for claim in claims] == [text.rstrip(".")]
    assert source_of(claims, text[:12]) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # no comma: the participle reports through a preposition ("by saying that ..."), as before
        ("The mayor defended the choice by saying that the bridge was unsafe.", "the bridge", ("The mayor", "saying")),
        # the verb before the comma is no speech act: the participle is the only cue
        ("The council issued a statement, calling the vote a mistake.", "the vote", ("The council", "calling")),
    ],
)
def test_participle_stays_the_cue_without_a_head_act(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R254: a speaker clause after a casualty or figure clause reports the whole sentence
        ("At least 12 people were killed in the strikes on Tuesday, the provincial health ministry said.", ("the provincial health ministry", "said")),
        ("Three soldiers were wounded in the attack near the border, the army said in a statement.", ("the army", "said")),
        ("More than 40 houses were destroyed in the floods, officials told reporters.", ("officials", "told")),
        ("At least 200 people have been arrested since Friday, according to the interior ministry.", ("the interior ministry", "according to")),
        ("Four people were killed and 11 injured in the blast at the market in Quetta, the provincial home minister said.", ("the provincial home minister", "said")),
    ],
)
def test_trailing_speaker_after_a_figure_clause(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[:15]) == speaker
