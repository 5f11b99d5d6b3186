"""Stools (GUIDELINES R241) and the works a player appears in (R242), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.objects_and_works import names_a_played_work, names_a_seat

ARTICLES = {
    "stool": "The elders of the Oguaa Traditional Area met on Monday. They said the Akwamu Royal Stool had been desecrated, "
    "and vowed to restore the Akwamu Royal Stool to its former glory, said Nana Kwesi Atta.",
    "drama": "Fans loved her turn in Moonlight Bakery. She said her character in Moonlight Bakery was the hardest she had played, "
    "and Moonlight Bakery ends next week, said Kim Soo-jin.",
    "body": "The actor Lee Min-ho spoke about his role in the ANC documentary and thanked Park Ji-sung.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize("doc_id, name", [("stool", "Akwamu Royal Stool"), ("drama", "Moonlight Bakery")])
def test_stools_and_works_are_no_actors_in_any_mention(found, doc_id, name):
    assert ARTICLES[doc_id].count(name) > 1
    assert [actor for actor in found.by_article[doc_id] if name in actor[2]] == []


def test_the_persons_and_bodies_beside_them_stay(found):
    assert found.mention("stool", "Kwesi Atta")[3] == "PERSON"
    assert found.mention("drama", "Kim Soo-jin")[3] == "PERSON"
    # a body after 'role in' is the body: the rule reads the model's persons only
    assert found.mention("body", "ANC")[3] == "ORGANIZATION"


def test_a_stool_after_a_title_is_the_holder_s_style(blank_nlp):
    doc = blank_nlp("King Kofi Ansah Royal Stool spoke . the Ansah Royal Stool was moved . the Stool Lands Office")
    titles = frozenset({"king", "nana"})
    assert not names_a_seat(doc, 1, 5, titles)
    assert names_a_seat(doc, 8, 11, titles)
    assert not names_a_seat(doc, 14, 17, titles)  # 'Stool' inside a longer name: the last word decides


@pytest.mark.parametrize(
    "text, start, expected",
    [("her character in Moonlight Bakery", 3, True), ("he starred in “ Moonlight Bakery", 4, True), ("he lives in Moonlight Bakery", 3, False), ("he is in Moonlight Bakery", 3, False)],
)
def test_names_a_played_work(blank_nlp, text, start, expected):
    assert names_a_played_work(blank_nlp(text), start) is expected
