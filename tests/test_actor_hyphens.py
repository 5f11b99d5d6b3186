"""Names joined by a hyphen kept whole (GUIDELINES R100), on hand-built Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.hyphens import joined_at_hyphens

# an English vocabulary, so tokens have their lower-case forms
VOCAB = spacy.blank("en").vocab
# a stand-in for the lemmatizer's word index: the English words these sentences use
ENGLISH = frozenset({"based", "firm", "led", "government", "site", "nuclear", "testing", "met", "said"})


def doc_of(text_pieces):
    """A Doc from (word, space after) pairs, so each test fixes where the hyphens are glued."""
    words, spaces = zip(*text_pieces)
    return Doc(VOCAB, words=list(words), spaces=list(spaces))


def person(start, end):
    return Candidate(start, end, "PERSON", "", "", priority=1)


def organisation(doc, start, end):
    text = doc[start:end].text
    return Candidate(start, end, "ORGANIZATION", "org:x", text, priority=2, linkable=True)


def texts(doc, candidates):
    return [doc[c.start : c.end].text for c in candidates]


def test_a_person_cut_before_a_hyphenated_given_name_is_extended():
    doc = doc_of([("President", True), ("Yoon", True), ("Suk", False), ("-", False), ("yeol", True), ("met", True), ("Lee", True), ("Jun", False), ("-", False), ("seok", False), (".", False)])
    assert texts(doc, joined_at_hyphens(doc, [person(1, 3), person(6, 9)], ENGLISH)) == ["Yoon Suk-yeol", "Lee Jun-seok"]


def test_a_double_barrelled_surname_is_one_name_both_ways():
    doc = doc_of([("Phakamile", True), ("Hlubi", False), ("-", False), ("Majola", True), ("met", True), ("Ben", False), ("-", False), ("Gvir", False), (".", False)])
    assert texts(doc, joined_at_hyphens(doc, [person(0, 2), person(7, 8)], ENGLISH)) == ["Phakamile Hlubi-Majola", "Ben-Gvir"]


def test_an_organisation_cut_at_a_hyphen_takes_the_place_name_piece():
    doc = doc_of([("the", True), ("Punggye", False), ("-", False), ("ri", True), ("nuclear", True), ("testing", True), ("site", False)])
    [found] = joined_at_hyphens(doc, [organisation(doc, 1, 3)], ENGLISH)
    assert (doc[found.start : found.end].text, found.actor_id) == ("Punggye-ri", "org:punggye-ri")


def test_compounds_and_other_actors_stay_apart():
    doc = doc_of([("the", True), ("Beijing", False), ("-", False), ("based", True), ("firm", True), ("and", True), ("the", True), ("Netanyahu", False), ("-", False), ("led", True),
                  ("government", True), ("of", True), ("Ortega", False), ("-", False), ("Murillo", False), (".", False)])
    accepted = [organisation(doc, 1, 2), person(7, 8), person(12, 13), person(14, 15)]
    assert texts(doc, joined_at_hyphens(doc, accepted, ENGLISH)) == ["Beijing", "Netanyahu", "Ortega", "Murillo"]
