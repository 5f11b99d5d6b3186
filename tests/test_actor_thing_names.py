"""Names the model cuts off before the rest of a thing's name (GUIDELINES R129), on sentences written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.mention_filters import cut_from_a_thing

HEADS = frozenset({"cup", "week", "expo", "scheme", "law", "map"})


def _end_of(words: list[str], name: str) -> int:
    """The token index right after the (one-word) name."""
    return words.index(name) + 1


@pytest.mark.parametrize(
    "words, name, expected",
    [
        ("Tickets for the FIFA World Cup sold out".split(), "FIFA", True),
        ("It joined the NAIDOC Week celebrations".split(), "NAIDOC", True),
        ("the Lusaka Sports and Leisure Expo opened".split(), "Sports", True),
        ("the Nacer con Cariño Law took effect".split(), "Nacer", True),
        ("the FIFA World Cup 2022 agenda".split(), "FIFA", True),
        ("FIFA President Gianni Infantino said".split(), "FIFA", False),
        ("FIFA said the Cup would go ahead".split(), "FIFA", False),
        ("the Kenya Rugby Union said".split(), "Kenya", False),
    ],
    ids=["acronym-before-event", "acronym-before-week", "cut-at-and", "particle-con", "edition-year-after-head",
         "body-before-a-title", "head-after-a-verb", "no-head"],
)
def test_cut_from_a_thing_reads_the_capitalised_words_after_the_name(blank_nlp, words, name, expected):
    doc = Doc(blank_nlp.vocab, words=words)
    assert cut_from_a_thing(doc, _end_of(words, name), HEADS) is expected


def test_cut_from_a_thing_stops_at_a_line_break(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["FIFA", "\n", "World", "Cup"], spaces=[False, False, True, False])
    assert cut_from_a_thing(doc, 1, HEADS) is False


ARTICLE = (
    "After three FIFA World Cup finals in a row, Ghana knows the tournament well. "
    "The FIFA Talent Development Scheme workshop was held in Rabat last week. "
    "The festival runs alongside the Lusaka Sports and Leisure Expo and the Food Fair. "
    "The Kenya Wildlife Service said the Missing Map project would chart every waterhole. "
    "FIFA President Gianni Infantino said the draw would take place in Doha. "
    "The Mwamba Cup final was postponed, the Kenya Rugby Union said."
)


@pytest.fixture(scope="module")
def actors(nlp):
    return {span.text: span.label_ for span in nlp(ARTICLE).spans["actors"]}


@pytest.mark.parametrize("name", ["Lusaka Sports", "Missing"], ids=["cut-before-expo", "cut-before-map-project"])
def test_names_cut_from_a_thing_are_no_actors(actors, name):
    assert name not in actors


@pytest.mark.parametrize(
    "name, label",
    [("Kenya Wildlife Service", "ORGANIZATION"), ("Gianni Infantino", "PERSON"), ("Kenya Rugby Union", "ORGANIZATION"), ("Ghana", "COUNTRY")],
    ids=["body", "person", "body-after-an-event", "country"],
)
def test_actors_beside_things_stay(actors, name, label):
    assert actors.get(name) == label


def test_a_body_before_its_title_stays_an_actor(nlp):
    doc = nlp("FIFA President Gianni Infantino said the draw would take place in Doha.")
    assert [span.text for span in doc.spans["actors"] if span.label_ == "ORGANIZATION"] == ["FIFA"]


def test_an_acronym_before_an_event_is_no_actor(nlp):
    doc = nlp("The FIFA Talent Development Scheme workshop was held in Rabat last week.")
    assert "FIFA" not in [span.text for span in doc.spans["actors"]]
