"""Titles of city councils and state assemblies stay out of the person they introduce (GUIDELINES R990), as
"Councillor" and "Congresswoman" already did, and such a title opening an entity the model calls an organisation
makes it a person. On sentences written for this test: the pinned model tags each title and name as one entity,
PERSON or ORG ("Councilor Dace Mirren")."""

from __future__ import annotations

import pytest

ARTICLES = {
    "councilman": "Councilman Ines Farro said he was not guarded when he left the meeting.",
    "alderwoman": "Alderwoman Petra Kossel voted against the plan.",
    "assemblywoman": "Assemblywoman Nira Holt said the bill would pass.",
    "councilor": "Councilor Dace Mirren said the road is closed.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, title, name, actor_id",
    [
        ("councilman", "Councilman", "Ines Farro", "person:ines-farro"),
        ("alderwoman", "Alderwoman", "Petra Kossel", "person:petra-kossel"),
        ("assemblywoman", "Assemblywoman", "Nira Holt", "person:nira-holt"),
        ("councilor", "Councilor", "Dace Mirren", "person:dace-mirren"),
    ],
)
def test_the_title_is_not_part_of_the_person(found, doc_id, title, name, actor_id):
    assert found.mention(doc_id, name) == (len(title) + 1, len(title) + 1 + len(name), name, "PERSON", actor_id)
    assert found.overlapping(doc_id, title) == []
