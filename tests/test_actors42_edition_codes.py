"""R523: a code of three or more capitals and a number ending a name ('UNEP-6.1', 'KBD COP16') numbers a session, phase or
edition, not a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.actors.not_actors import NotActorTable, is_not_actor


def test_a_numbered_session_is_no_actor(process):
    found = [span.text for span in process("Delegates at the three-day UNEP-6.1 meeting in Nairobi adopted the text, said Ms Wanjiru.").spans["actors"]]
    assert found == ["Wanjiru"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("UNEA-5.2", True),
        ("KBD COP16", True),
        ("RCIP-4", True),
        ("G20", False),
        ("M23", False),
        ("MI6", False),
        ("Channel 4", False),
        ("COP", False),
    ],
    ids=["dotted-session", "conference-of-parties", "phase", "one-capital-group", "one-capital-armed-group", "two-capital-agency", "separate-number", "no-number"],
)
def test_edition_codes(blank_nlp, text, expected):
    doc = blank_nlp(text)
    assert is_not_actor(doc, 0, len(doc), NotActorTable()) is expected
