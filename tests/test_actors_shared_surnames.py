"""A lone surname that two persons of the article share links to the one whose gender the text gives it (GUIDELINES
R670), on sentences written for this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, surname, expected",
    [
        pytest.param(
            "Governor Nadia Okafor said on Monday that she would sign the budget. "
            "Her husband, the banker Samuel Okafor, backed the plan. Mrs. Okafor spoke in Lagos on Tuesday.",
            "Okafor", ["person:nadia-okafor"], id="a-courtesy-title-picks-the-woman-over-the-nearer-man",
        ),
        pytest.param(
            "The banker Samuel Okafor said he would fund the school. "
            "His wife, Governor Nadia Okafor, opened it on Friday. Mr. Okafor gave a short speech.",
            "Okafor", ["person:samuel-okafor"], id="a-courtesy-title-picks-the-man-over-the-nearer-woman",
        ),
        pytest.param(
            "Senator Paul Brennan said he would vote against the bill. "
            "At the hearing he read a letter from a teacher, Ann Brennan. Brennan said he had read it twice.",
            "Brennan", ["person:paul-brennan"], id="he-after-a-subject-surname-picks-the-man",
        ),
        pytest.param(
            "Senator Paul Brennan said he would vote against the bill. "
            "At the hearing he read a letter from a teacher, Ann Brennan. Brennan arrived late.",
            "Brennan", ["person:ann-brennan"], id="without-evidence-the-nearest-earlier-full-name-stays",
        ),
    ],
)
def test_a_lone_shared_surname_links_to_the_person_the_text_points_to(actor_ids, text, surname, expected):
    assert [identifier for mention, identifier in actor_ids(text) if mention == surname] == expected
