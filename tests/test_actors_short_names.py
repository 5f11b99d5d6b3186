"""R320: a short name in brackets made of the first letters of a body's words, not its initials, is that body.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.actors.short_names import shortens


def ids(process, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for span in process(text).spans["actors"]:
        found.setdefault(span.text, set()).add((span.label_, span.kb_id_))
    return found


@pytest.mark.parametrize(
    "text, name, short",
    [
        ("The Confederation of Chilean Students (Confech) said it would march on Monday. Confech leaders met the minister.", "Confederation of Chilean Students", "Confech"),
        ("The National Union of Teachers (Nutech) said it would strike on Monday.", "National Union of Teachers", "Nutech"),
        ("The Tokyo Electric Power Company (Tepco) said the plant was safe. Tepco will release the water in August.", "Tokyo Electric Power Company", "Tepco"),
        ("The Korea Trade-Investment Promotion Agency (KOTRA) opened an office in Lagos, KOTRA officials said.", "Korea Trade-Investment Promotion Agency", "KOTRA"),
    ],
)
def test_a_short_name_of_a_bodys_letters_takes_its_id(process, text, name, short):
    found = ids(process, text)
    assert len(found[name]) == 1
    assert found[short] == found[name]


@pytest.mark.parametrize(
    "short, words",
    [
        ("Ross", ["Mackerler"]),  # a one-word name: a person's nickname, not a short name
        ("Nation", ["National", "Union"]),  # all letters from the first word
        ("FAO", ["United", "Nations"]),  # the first letter is not the name's
        ("Manta", ["Mall", "del", "Pacífico"]),  # a town after a shopping centre: its letters are not in the name
        ("Cciap", ["Agriculture", "of", "Panama"]),
    ],
)
def test_names_that_do_not_shorten_the_body(short, words):
    assert not shortens(short, words)


def test_initials_still_link(process):
    found = ids(process, "The Independent Electoral and Boundaries Commission (IEBC) said the vote was fair.")
    assert found["IEBC"] == found["Independent Electoral and Boundaries Commission"]


def test_a_unit_linked_to_the_short_name_takes_the_bodys_id(process):
    # the board was linked to the short name's own id before the short name was read as the bank's
    found = ids(process, "The African Export-Import Bank (Afreximbank) has joined the forum. In June the Afreximbank Board of Directors signed off on the loan.")
    assert found["Afreximbank Board of Directors"] == {("ORGANIZATION", "org:african-export-import-bank")}
