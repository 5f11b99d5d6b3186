"""R521: a name after a noun of a work's part, copy or edition and 'of' ('an English translation of the KITAB
AL-NURAYN') is that work in every mention, not a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.actors.work_parts import after_a_part_noun


def actor_names(process, text: str) -> list[str]:
    return [span.text for span in process(text).spans["actors"]]


def test_a_work_after_translation_of_is_no_actor_in_any_mention(process):
    text = (
        "Scholars praised the new English translation of the KITAB AL-NURAYN this spring. The KITAB AL-NURAYN tells of a"
        " long siege, and the KITAB AL-NURAYN names the town's wells."
    )
    assert actor_names(process, text) == []


def test_the_same_name_without_the_part_noun_stays(process):
    """Without the article's own evidence the model's reading stands."""
    found = actor_names(process, "The KITAB AL-NURAYN tells of a long siege, and the KITAB AL-NURAYN names the town's wells, Professor Okafor said.")
    assert "KITAB AL-NURAYN" in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("He keeps a copy of the Daily Herald on his desk. The Daily Herald said the mayor was wrong.", "Daily Herald"),
        ("Critics loved the new translation of Kofi Mensah's poems. Kofi Mensah lives in Accra.", "Kofi Mensah"),
        ("He bought a copy of Le Quotidien at the kiosk. Le Quotidien said the mayor had resigned.", "Le Quotidien"),
    ],
    ids=["body-head", "possessive-author", "copy-of-a-newspaper"],
)
def test_outlets_and_authors_stay(process, text, name):
    """A newspaper's name ends in a body's head, and 'copy' is no part noun (a copy of a newspaper is the outlet's); a
    name before a possessive is the work's author."""
    assert name in actor_names(process, text)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("They read the text of the Kitab Nur aloud.", "Kitab Nur", True),
        ("They read the text of Kitab Nur aloud.", "Kitab Nur", True),
        ("They read a text on Kitab Nur aloud.", "Kitab Nur", False),
        ("They read the text of the Kitab Nur report aloud.", "Kitab Nur", False),
        ("They met the leader of the Kitab Nur on Monday.", "Kitab Nur", False),
    ],
    ids=["of-the", "of", "other-preposition", "name-before-a-noun", "other-noun"],
)
def test_after_a_part_noun(nlp, text, name, expected):
    doc = nlp(text)
    start = next(token.i for token in doc if token.text == name.split()[0])
    assert after_a_part_noun(doc, start, start + len(name.split()), frozenset({"text", "translation"})) is expected
