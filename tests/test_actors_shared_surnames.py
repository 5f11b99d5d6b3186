"""A lone surname that two persons of the article share links to the one whose gender the text gives it (GUIDELINES
R670), on sentences written for this test."""

from __future__ import annotations


def _ids_of(found, surname):
    return [identifier for text, identifier in found if text == surname]


def test_a_courtesy_title_picks_the_woman_over_the_nearer_man(actor_ids):
    found = actor_ids(
        "Governor Nadia Okafor said on Monday that she would sign the budget. "
        "Her husband, the banker Samuel Okafor, backed the plan. Mrs. Okafor spoke in Lagos on Tuesday."
    )
    assert _ids_of(found, "Okafor") == ["person:nadia-okafor"]


def test_a_courtesy_title_picks_the_man_over_the_nearer_woman(actor_ids):
    found = actor_ids(
        "The banker Samuel Okafor said he would fund the school. "
        "His wife, Governor Nadia Okafor, opened it on Friday. Mr. Okafor gave a short speech."
    )
    assert _ids_of(found, "Okafor") == ["person:samuel-okafor"]


def test_he_after_a_subject_surname_picks_the_man(actor_ids):
    found = actor_ids(
        "Senator Paul Brennan said he would vote against the bill. "
        "At the hearing he read a letter from a teacher, Ann Brennan. Brennan said he had read it twice."
    )
    assert _ids_of(found, "Brennan") == ["person:paul-brennan"]


def test_without_evidence_the_nearest_earlier_full_name_stays(actor_ids):
    found = actor_ids(
        "Senator Paul Brennan said he would vote against the bill. "
        "At the hearing he read a letter from a teacher, Ann Brennan. Brennan arrived late."
    )
    assert _ids_of(found, "Brennan") == ["person:ann-brennan"]
