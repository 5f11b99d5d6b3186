"""A body the model tags with a demonym and a lower-case noun ("the Ethiopian council of ministers", GUIDELINES R172),
on sentences written for this test: what is left once the generic noun is cut is the demonym, which the tables read
as the state (with a state organ) or as no actor, never as an organisation named "Ethiopian"."""

from __future__ import annotations

import pytest

ARTICLE = (
    "Ethiopia has outlawed the practice. Next month the Ethiopian council of ministers will rule on it. "
    "The Ethiopian penal code already defines the crime, and Ethiopian courts apply it. "
    "The Ethiopian Orthodox Church supports the law, the Angolan council said nothing, and the Indian Council of Ministers met."
)


@pytest.fixture(scope="module")
def actors(nlp):
    return [(span.text, span.label_, span.kb_id_) for span in nlp(ARTICLE).spans["actors"]]


def test_a_demonym_left_after_the_generic_noun_is_no_organisation(actors):
    assert not [actor for actor in actors if actor[0] in ("Ethiopian", "Angolan")]
    assert not [actor for actor in actors if actor[2] == "org:ethiopian"]


def test_the_council_of_ministers_is_a_state_organ_in_either_case(actors):
    # a demonym and a state organ are the state's government (R11), capitalised or not
    assert ("Ethiopian council of ministers", "COUNTRY", "country:ETH") in actors
    assert ("Indian Council of Ministers", "COUNTRY", "country:IND") in actors


@pytest.mark.parametrize(
    "name, label, actor_id",
    [
        ("Ethiopian Orthodox Church", "ORGANIZATION", "org:ethiopian-orthodox-church"),
    ],
    ids=["church-keeps-its-own-id"],
)
def test_named_bodies_keep_their_own_name(actors, name, label, actor_id):
    assert (name, label, actor_id) in actors
