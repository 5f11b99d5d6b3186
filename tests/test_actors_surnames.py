"""A surname the model reads as a body, after the person's full name, is that person (GUIDELINES R262), on
sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.surnames import inner_names, surnames_read_as_bodies

ARTICLES = {
    "mu": "Education Minister Leela Devi Dookun-Luchoomun opened the school on Monday. Dookun-Luchoomun highlighted that the project cost Rs 40 million.",
    "gq": "MALABO - Teodoro Obiang Nguema met the visiting delegation on Tuesday. Later, President Obiang said the oil deal would be signed in March.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


def test_a_hyphenated_surname_takes_the_full_name(found):
    short = found.mention("mu", "Dookun-Luchoomun", 1)
    assert short is not None and short[3:] == ("PERSON", "person:leela-devi-dookun-luchoomun")


def test_a_lone_middle_name_takes_the_full_name(found):
    lone = found.mention("gq", "Obiang", 1)
    assert lone is not None and lone[3:] == ("PERSON", "person:teodoro-obiang-nguema")


def _body(start, end, text):
    return Candidate(start, end, "ORGANIZATION", f"org:{text.lower()}", text, priority=2, linkable=True)


@pytest.mark.parametrize(
    "text, body, expected",
    [
        ("Salvador Valdés Mesa spoke . Valdés Mesa said", (5, 7), "PERSON"),  # a double surname
        ("Simone Mangal-Joly spoke . Mangal-Joly said", (6, 9), "PERSON"),  # hyphenated, three tokens, one word
        ("Cariño El Nido Maternity Center spoke . El Nido Maternity Center said", (7, 11), "ORGANIZATION"),  # too long
        ("Ravi Kumar Association spoke . Kumar Association said", (5, 7), "ORGANIZATION"),  # a body's head word
        ("Lima Ahmed BNP spoke . BNP said", (5, 6), "ORGANIZATION"),  # an acronym
        ("Simone Joly spoke . Mangal-Joly said", (4, 7), "ORGANIZATION"),  # not the end of the full name
    ],
    ids=["double", "hyphenated", "long", "head-word", "acronym", "other-name"],
)
def test_only_a_short_end_of_a_full_name_becomes_a_person(blank_nlp, text, body, expected):
    doc = blank_nlp(text)
    person_end = next(token.i for token in doc if token.text == "spoke")
    person = Candidate(0, person_end, "PERSON", "", doc[0:person_end].text, priority=1)
    start, end = body
    result = surnames_read_as_bodies(doc, [person, _body(start, end, doc[start:end].text)])
    assert result[1].label == expected
    assert (result[1].actor_id == "") == (expected == "PERSON")


def _person(start, end, actor_id="", link=None):
    return Candidate(start, end, "PERSON", actor_id, "", priority=1, link=link)


@pytest.mark.parametrize(
    "text, full, lone, expected",
    [
        ("Teodoro Obiang Nguema arrived . President Obiang said", (0, 3), 6, "person:teodoro-obiang-nguema"),  # inner word
        ("Ali Bagheri Kani arrived . Kani said", (0, 3), 5, "person:kani"),  # the last word is R69's, not this rule's
        ("Ammar bin Humaid Al Nuaimi arrived . Humaid said", (0, 5), 7, "person:humaid"),  # a father's name after 'bin'
        ("Ivan Archivaldo Guzman Salazar arrived . “ El Chapo ” Guzman said", (0, 4), 10, "person:guzman"),  # a nickname before it
        ("Asif Ali Zardari and Mohammad Ali Jinnah arrived . Ali said", (0, 3), 9, "person:ali"),  # two full names share it
    ],
    ids=["inner", "last-word", "patronymic", "nickname", "ambiguous"],
)
def test_a_lone_word_links_to_the_one_full_name_it_is_inside(blank_nlp, text, full, lone, expected):
    doc = blank_nlp(text)
    names = [_person(*full, actor_id=f"person:{doc[full[0]:full[1]].text.lower().replace(' ', '-')}")]
    if "Jinnah" in text:
        names.append(_person(4, 7, actor_id="person:mohammad-ali-jinnah"))
    lone_mention = _person(lone, lone + 1, actor_id=f"person:{doc[lone].text.lower()}")
    result = inner_names(doc, [*names, lone_mention])
    assert result[-1].actor_id == expected
