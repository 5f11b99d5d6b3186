"""R522: an academic degree ('a Post Graduate Diploma in Forensic Auditing (PgDFA)') is no body, nor is a name inside it
or its acronym. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.actors.qualifications import degree_names

DEGREES = frozenset({"diploma", "degree", "certificate", "master", "bachelor"})


def test_a_master_of_ceremonies_keeps_the_name_after_it(process):
    """'Master' is also a title before a person's name: without the possessive it opens no degree."""
    found = [span.text for span in process("The Master of Ceremonies Kwame Mensah welcomed the guests in Accra.").spans["actors"]]
    assert any("Kwame Mensah" in name for name in found)


def actor_names(process, text: str) -> list[str]:
    return [span.text for span in process(text).spans["actors"]]


def test_a_degree_and_its_acronym_are_no_actors(process):
    text = "Ms Tjiriange holds a Post Graduate Diploma in Forensic Auditing (PgDFA) from the University of Namibia. Her PgDFA took two years."
    assert actor_names(process, text) == ["Tjiriange", "University of Namibia"]


def test_a_body_with_the_same_acronym_stays(process):
    """No degree noun: the bracketed acronym is the institute's."""
    text = "Ms Tjiriange works at the Forensic Auditing Institute (PgDFA) in Windhoek. The PgDFA hired her in May."
    assert "Forensic Auditing Institute" in actor_names(process, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She holds a Post Graduate Diploma in Forensic Auditing (PgDFA) from Unam.", "Post Graduate Diploma in Forensic Auditing (PgDFA)"),
        ("He has a Bachelor of Commerce Degree in Marketing and Tourism from Unam.", "Bachelor of Commerce Degree in Marketing and Tourism"),
        ("He took a Master's in Public Finance at Unam.", "Master's in Public Finance"),
        ("She holds a Diploma of the University of Namibia.", None),
        ("She holds a diploma in Forensic Auditing.", None),
        ("The Master of Ceremonies Kwame Mensah spoke.", None),
        ("He holds a Bachelor of Science from Unam.", None),
    ],
    ids=["diploma-with-acronym", "bachelor-of-degree-in", "masters-possessive", "of-the-body", "lower-case-noun", "master-as-title", "bachelor-without-degree"],
)
def test_degree_names(blank_nlp, text, expected):
    doc = blank_nlp(text)
    found = [doc[start:end].text for start, end in degree_names(doc, DEGREES)]
    assert found == ([expected] if expected else [])
