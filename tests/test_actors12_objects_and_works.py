"""Stools (GUIDELINES R241) and the works a player appears in (R242), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.objects_and_works import drop_objects_and_works, names_a_played_work, names_a_seat, work_titles

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


WORK_NOUNS = frozenset({"movie", "film", "novel", "drama"})


def _organization(doc, text, occurrence=0):
    """A Candidate over the given occurrence of one token's text, as the model's cut organisation would be."""
    positions = [token.i for token in doc if token.text == text]
    position = positions[occurrence]
    return Candidate(position, position + 1, "ORGANIZATION", f"org:{text.lower()}", text, priority=2, linkable=True)


def test_a_title_after_a_work_noun_runs_over_capitalised_words_and_small_words(blank_nlp):
    doc = blank_nlp("the Cameroonian movie The Hunter ’s Diary has won . the novel The Battle at Lake Tana by Abebe ; film The end")
    assert [doc[start:end].text for start, end in work_titles(doc, WORK_NOUNS)] == ["The Hunter ’s Diary", "The Battle at Lake Tana"]
    assert work_titles(doc, frozenset()) == []


def test_the_words_of_a_work_s_title_are_no_actors_anywhere_in_the_article(blank_nlp):
    doc = blank_nlp("the Cameroonian movie The Hunter ’s Diary has won . The Hunter ’s Diary producer Kang Njoh thanked Canal Olympia .")
    accepted = [_organization(doc, "Hunter"), _organization(doc, "Diary"), _organization(doc, "Hunter", 1), _organization(doc, "Diary", 1), _organization(doc, "Olympia")]
    kept = drop_objects_and_works(doc, accepted, frozenset(), frozenset(), WORK_NOUNS)
    assert [doc[c.start : c.end].text for c in kept] == ["Olympia"]
    # without the work's noun before the title the names stay (and table names always do)
    assert len(drop_objects_and_works(doc, accepted, frozenset(), frozenset(), frozenset())) == 5
    assert len(drop_objects_and_works(doc, accepted, frozenset(), frozenset({"org:hunter", "org:diary"}), WORK_NOUNS)) == 5


def test_the_pipeline_reads_the_work_nouns_from_the_non_actor_table(nlp):
    work_nouns = nlp.get_pipe("claimspan_actors").work_heads
    assert {"movie", "film", "novel", "drama"} <= work_nouns
    assert "programme" not in work_nouns  # a programme's noun is followed by its agency's names too


def test_a_place_inside_a_title_stays_a_place_outside_it(blank_nlp):
    doc = blank_nlp("the novel The Chiefs of Volta Region , she said . Volta Region elders met .")
    accepted = [_organization(doc, "Volta"), _organization(doc, "Volta", 1)]
    kept = drop_objects_and_works(doc, accepted, frozenset(), frozenset(), WORK_NOUNS)
    assert [c.start for c in kept] == [accepted[1].start]
