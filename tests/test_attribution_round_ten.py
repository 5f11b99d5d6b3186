"""Attribution classes found in round ten (GUIDELINES R180): a trailing speaker with a prepositional phrase that
the parser hangs on the noun before the comma. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R180: the parser reads "a diplomat" as an apposition of "sanctions" and leaves "said" without a subject
        ("The Economic Community of West African States (ECOWAS) urged the authorities to release detained politicians and may impose new sanctions, a diplomat in Abuja said.", ("a diplomat in Abuja", "said")),
        ("The bloc urged the authorities to release detained politicians and may impose new sanctions, a diplomat in Abuja said.", ("a diplomat in Abuja", "said")),
    ],
)
def test_stranded_trailing_speaker_is_the_source(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[:30]) == speaker


def test_apposition_without_a_final_speech_verb_names_no_speaker(claims_of):
    records = claims_of("The bloc urged the authorities to release detained politicians, a move the junta rejected.")
    assert all(record.source is None or record.source.text != "a move" for record in records)
