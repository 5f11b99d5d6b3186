"""R383: a name only ever written before the noun of a made thing ('an Audi vehicle') names the product in those
mentions, not its maker. Sentences written for these tests."""

from __future__ import annotations

import pytest


def actors(process, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in process(text).spans["actors"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Two officers stepped out of an Audi vehicle near the harbour.", "Audi"),
        ("The minister at first dismissed the CoronaVac vaccine as too expensive.", "CoronaVac"),
        ("The plant in Hubei sold almost 300 Mobilize Limo models in Chile last month.", "Limo"),
    ],
)
def test_a_name_before_a_made_thing_is_the_product(process, text, name):
    assert not any(name in found for found, _ in actors(process, text))


def test_a_maker_the_document_names_alone_stays_the_maker(process):
    """'GM vehicles' in a story that names General Motors on its own: GM is the maker (R97)."""
    found = actors(process, "General Motors said on Monday that dealers would stop selling GM vehicles by the end of the year.")
    assert ("GM", "org:general-motors") in found


def test_every_mention_of_a_maker_named_alone_stays(process):
    found = actors(process, "Xiaomi said its profits rose in the second quarter. Sales of Xiaomi smartphones grew in India.")
    assert [name for name, _ in found if name == "Xiaomi"] == ["Xiaomi", "Xiaomi"]
