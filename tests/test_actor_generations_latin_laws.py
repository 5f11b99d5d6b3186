"""Generations (GUIDELINES R184), Latin species names in brackets (R185) and laws with bracketed words (R186), on
sentences written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.latin_names import names_a_species
from claimspan.components.actors.mention_filters import cut_from_a_thing, drop_non_actor_persons
from claimspan.components.actors.not_actors import NotActorTable
from claimspan.tables import NotActorEntry

ENGLISH = frozenset({"sharks", "whale", "oyster", "mushrooms", "white", "the", "vice", "president"})
HEADS = frozenset({"act", "law"})


def _actors(nlp, text: str) -> list[str]:
    return [span.text for span in nlp(text).spans["actors"]]


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("Whale sharks ( Rhincodon typus ) feed here", 3, 4, True),
        ("Whale sharks ( Rhincodon typus ) feed here", 3, 5, True),
        ("they grow mushrooms ( Pleurotus spp ) at home", 4, 6, True),
        ("the vice president ( Rosario Murillo ) spoke", 4, 6, False),  # a second capitalised word: a person
        ("the sharks ( Rhincodon white ) feed", 3, 4, False),  # an English word is no epithet
        ("Sharks swim . ( Rhincodon typus ) is rare", 4, 5, False),  # no lower-case noun before the bracket
        ("whale sharks ( Rhincodon typus and more ) feed", 3, 4, False),  # the bracket holds more than the name
    ],
    ids=["genus", "genus-and-epithet", "spp", "person", "english-epithet", "no-noun-before", "longer-bracket"],
)
def test_names_a_species_needs_a_bracket_of_genus_and_latin_epithet(blank_nlp, text, start, end, expected):
    doc = Doc(blank_nlp.vocab, words=text.split())
    assert names_a_species(doc, start, end, ENGLISH) is expected


def test_names_a_species_reads_nothing_as_latin_without_an_english_word_list(blank_nlp):
    doc = Doc(blank_nlp.vocab, words="Whale sharks ( Rhincodon typus ) feed".split())
    assert names_a_species(doc, 3, 4, frozenset()) is False


@pytest.mark.parametrize(
    "words, end, expected",
    [
        ("the Criminal ( Procedure ) Act was amended".split(), 2, True),
        ("the Criminal ( Procedure ) Act was amended".split(), 4, True),  # the word inside the bracket
        ("the Land Offences ( Procedure ) ( Amendment ) Act passed".split(), 3, True),
        ("the Revenue Authority ( KRA ) Act passed".split(), 3, False),  # an acronym defines a body
        ("the Revenue Authority ( Kenya ) said so".split(), 3, False),  # no thing's head after the bracket
        ("the Criminal ( Procedure ) Act on Tuesday".split(), 2, True),  # the head ends the name before 'on Tuesday'
    ],
    ids=["before-bracket", "inside-bracket", "two-brackets", "acronym-bracket", "no-head", "head-before-a-date"],
)
def test_cut_from_a_thing_reads_through_bracketed_words(blank_nlp, words, end, expected):
    doc = Doc(blank_nlp.vocab, words=words)
    assert cut_from_a_thing(doc, end, HEADS) is expected


def test_a_title_word_and_the_name_after_it_can_make_a_term(blank_nlp):
    table = NotActorTable.from_entries([NotActorEntry(text="gen zers", kind="term", match="whole")])
    doc = Doc(blank_nlp.vocab, words="Gen Zers and Gen Kamau met".split())
    # 'Gen' + 'Zers' is a generation; 'Gen' + 'Kamau' is still General Kamau
    assert drop_non_actor_persons(doc, [(1, 2), (4, 5)], table) == [(4, 5)]


def test_generations_latin_names_and_bracketed_laws_are_no_actors(nlp):
    assert _actors(nlp, "Sellers in Nairobi court Gen Zers, and Gen Z buyers spend less, Safaricom said.") == ["Safaricom"]
    assert "Rhincodon" not in " ".join(_actors(nlp, "Divers met whale sharks (Rhincodon typus) off the coast, said Maria Lopez."))
    assert "Maria Lopez" in _actors(nlp, "Divers met whale sharks (Rhincodon typus) off the coast, said Maria Lopez.")
    found = _actors(nlp, "Parliament passed the Land Offences (Procedure) (Amendment) Act on Tuesday.")
    assert found == ["Parliament"]


def test_drop_common_words_drops_one_word_names_tagged_as_words_that_are_english(blank_nlp):
    from claimspan.components.actors.actor_spans import Candidate
    from claimspan.components.actors.evidence import drop_common_words

    words = ["Nowadays", ",", "Yoon", "left", ".", "Drawn", "from", "Accra", ",", "Even", "Kamau", "came"]
    tags = ["RB", ",", "RB", "VBD", ".", "VBN", "IN", "NNP", ",", "RB", "NNP", "VBD"]
    doc = Doc(blank_nlp.vocab, words=words, tags=tags)
    english = frozenset({"nowadays", "drawn", "even", "left", "came"})
    accepted = [
        Candidate(0, 1, "PERSON", "person:nowadays", "Nowadays", priority=1),
        Candidate(2, 3, "PERSON", "person:yoon", "Yoon", priority=1),  # tagged an adverb, but no English word
        Candidate(5, 6, "ORGANIZATION", "org:drawn", "Drawn", priority=2, linkable=True),
        Candidate(9, 10, "PERSON", "person:even-kamau", "Even Kamau", priority=2, link="Even Kamau"),  # linked to a full name
    ]
    assert [c.name for c in drop_common_words(doc, accepted, english)] == ["Yoon", "Even Kamau"]
    # without an English word list only the lower-case check runs, and none of these is written in lower case
    assert len(drop_common_words(doc, accepted)) == 4
