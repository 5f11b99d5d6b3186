"""A person named with two surnames and later with the first only keeps one id (GUIDELINES R385), on sentences
written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_linking import link_short_forms


@pytest.mark.parametrize(
    "names, expected",
    [
        # the mother's surname dropped on the repeat; the lone surname follows the link on (R96)
        ([("Marta", "Salas", "Quirós"), ("Marta", "Salas"), ("Salas",)], (None, 0, 0)),
        ([("Joaquim", "Ferreira", "Lopes"), ("Joaquim", "Ferreira")], (None, 0)),
        # two full names the short form begins: it is no one's in particular
        ([("Marta", "Salas", "Quirós"), ("Marta", "Salas", "Vega"), ("Marta", "Salas")], (None, None, None)),
        # the full name must come first
        ([("Marta", "Salas"), ("Marta", "Salas", "Quirós")], (None, None)),
    ],
)
def test_a_name_without_the_second_surname_links_to_the_full_name(names, expected):
    assert link_short_forms(names) == expected


def test_the_article_gives_one_id_for_both_forms(actor_ids):
    found = actor_ids(
        "SAN JOSÉ - President Marta Salas Quirós opened the new hospital wing on Monday. "
        "Later, President Marta Salas said the government would fund two more clinics next year."
    )
    ids = {identifier for text, identifier in found if text.startswith("Marta")}
    assert ids == {"person:marta-salas-quiros"}
