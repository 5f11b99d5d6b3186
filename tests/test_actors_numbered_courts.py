"""R321: a federal appeals court named by its ordinal ('the 9th Circuit') is one body, the ordinal in its mention
and its id. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, court, actor_id",
    [
        # the model reads the ordinal as opening an edition's name (R75): no actor before R321
        ("The 9th Circuit Court of Appeals ruled against the state on Monday.", "9th Circuit Court of Appeals", "org:9th-circuit-court-of-appeals"),
        ("Judges of the 3rd Circuit reversed the earlier decision.", "3rd Circuit", "org:3rd-circuit-court-of-appeals"),
        # the model leaves the ordinal out: the court lost its number
        ("The 5th U.S. Circuit Court of Appeals blocked the law on Friday.", "5th U.S. Circuit Court of Appeals", "org:5th-circuit-court-of-appeals"),
    ],
)
def test_an_appeals_court_keeps_its_number(actor_ids, text, court, actor_id):
    assert (court, actor_id) in actor_ids(text)


def test_short_and_full_forms_share_one_id(actor_ids):
    found = actor_ids("The state appealed to the 4th U.S. Circuit Court of Appeals in Richmond. The 4th Circuit said on Friday it would hear the case.")
    assert [actor_id for text, actor_id in found if "Circuit" in text] == ["org:4th-circuit-court-of-appeals"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The 7th District chairman said the party would win the seat.",  # an electoral district, not a court
        "The ANC held its 54th National Conference in December.",  # an edition (R75)
    ],
)
def test_other_ordinal_names_stay_no_actors(actor_ids, text):
    assert [name for name, _ in actor_ids(text) if name[:1].isdigit()] == []
