"""R490: names listed after the plural noun of a kind of thing ('films such as ...', 'varieties of coffee: ...',
'songs like ...') are things of that kind, not actors. Sentences written for these tests."""

from __future__ import annotations

import pytest


def actors(process, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in process(text).spans["actors"]]


@pytest.mark.parametrize(
    "text, names",
    [
        ("She starred in cult films such as El Hariq and The Long Night, and lived in Algiers.", ("El Hariq",)),
        ("The farmers will receive four varieties of coffee trees: Pacamara, Catisic and Bourbon Gold, a variant native to the region.", ("Pacamara", "Bourbon Gold")),
        ("Children sang songs like “Luna Rosa” and “Pampa Azul” at the opening.", ("Luna Rosa", "Pampa Azul")),
        ("Doctors prescribed drugs such as Zentrivax and Coravil Forte to the patients.", ("Zentrivax", "Coravil Forte")),
    ],
    ids=["films-such-as", "varieties-of-colon", "songs-like", "drugs-such-as"],
)
def test_names_listed_after_a_kind_of_thing_are_no_actors(process, text, names):
    found = [name for name, _ in actors(process, text)]
    assert not any(name in item or item in name for name in names for item in found)


def test_lists_after_nouns_of_actors_and_places_stay(process):
    """'countries such as', 'groups like', 'role models like': the nouns name actors or persons, so their lists stay."""
    found = actors(process, "He met officials from countries such as Kenya and groups like the Red Cross. Young people need role models like Paul Kagame.")
    assert [name for name, _ in found] == ["Kenya", "Red Cross", "Paul Kagame"]


def test_lists_of_outlets_stay(process):
    """'papers such as', 'magazines like': the works' nouns also name the outlets that publish them, which are bodies."""
    found = [name for name, _ in actors(process, "The story ran in papers such as the Daily Mirror and magazines like Time Out.")]
    assert any("Daily Mirror" in name for name in found)


def test_a_maker_before_a_possessive_in_the_list_stays(process):
    """'films such as Kubrick's ...': the name before the possessive is the film's maker, a person."""
    found = actors(process, "The festival showed films such as Stanley Kubrick's Dark Harbour last year.")
    assert any(name.startswith("Stanley Kubrick") for name, _ in found)
