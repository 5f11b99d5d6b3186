"""A directive act before a trailing participle is the cue of its clause (GUIDELINES R452), and the participle a
nested claim of the same speaker (R400). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sourced(records):
    return [(record.text, record.source.text, record.source.cue.text) for record in records if record.source is not None]


@pytest.mark.parametrize(
    "text, whole, participle",
    [
        ("The party whip urged a firm line, saying that otherwise the unions would run rings around them.", ("The party whip", "urged"), ("saying that otherwise the unions would run rings around them", "The party whip", "saying")),
        ("The mayor called for an inquiry, saying the bridge had been badly built.", ("The mayor", "called for"), ("saying the bridge had been badly built", "The mayor", "saying")),
        ("In December, the council called for the mayor to resign, calling him a disgrace to the city.", ("the council", "called for"), ("calling him a disgrace to the city", "the council", "calling")),
    ],
)
def test_directive_act_before_participle_is_the_cue(claims_of, text, whole, participle):
    sourced = _sourced(claims_of(text))
    assert sourced[0][1:] == whole
    assert sourced[1:] == [participle]
