"""Names the model leaves untagged: one that speaks or is told things is a person or an outlet (GUIDELINES R820); a run
of capitalised words ending in a body's head is that body (R821); the name that ends an office's "of" phrase is the
person (R822). On sentences written for this test; each name below is one the pinned model leaves untagged or reads
as something else."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.organizations import untagged_bodies
from claimspan.components.actors.persons import persons_after_offices

ARTICLES = {
    "says": "Pendricks said the clinic would reopen in May.",
    "quote": "“It rained all week,” Oolayou said.",
    "reports": "The Ballydesk reported that prices rose.",
    "repeat": "Ilanaaq Tuurngaq lives near the bay. “We waited,” Tuurngaq said.",
    "experts": "Experts say the bridge will not last.",
    "title": "The President said the plan was ready.",
    "capitals": "Morning Papers said the plan was ready.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name, occurrence, label, actor_id",
    [
        ("says", "Pendricks", 0, "PERSON", "person:pendricks"),
        ("quote", "Oolayou", 0, "PERSON", "person:oolayou"),
        ("reports", "Ballydesk", 0, "ORGANIZATION", "org:ballydesk"),
        ("repeat", "Tuurngaq", 1, "PERSON", "person:tuurngaq"),
        ("repeat", "Tuurngaq", 0, "PERSON", "person:tuurngaq"),
    ],
    ids=["subject-of-said", "after-a-quotation", "outlet-reports", "speaker", "earlier-repeat-follows"],
)
def test_an_untagged_name_that_speaks_is_an_actor(found, doc_id, name, occurrence, label, actor_id):
    mention = found.mention(doc_id, name, occurrence)
    assert mention is not None and mention[3:5] == (label, actor_id)


@pytest.mark.parametrize("doc_id", ["experts", "title", "capitals"], ids=["plural-common-noun", "title", "english-words"])
def test_common_words_that_speak_stay_out(found, doc_id):
    """'Experts', 'The President', 'Morning Papers' are English words written with a capital, no names."""
    assert found.by_article[doc_id] == []


BODIES = {
    "secretariat": "The 2024 Electoral Debate Secretariat has confirmed the dates.",
    "court": "Residents have approached the Eastern Highveld High Court to stop the sale.",
    "assembly": "The Lower Mbale West Municipal Assembly has rallied support for the market.",
}


@pytest.fixture(scope="module")
def bodies(article_actors):
    return article_actors(BODIES)


@pytest.mark.parametrize(
    "doc_id, name, actor_id",
    [
        ("secretariat", "Electoral Debate Secretariat", "org:electoral-debate-secretariat"),
        ("court", "Eastern Highveld High Court", "org:eastern-highveld-high-court"),
        ("assembly", "Lower Mbale West Municipal Assembly", "org:lower-mbale-west-municipal-assembly"),
    ],
    ids=["after-a-year", "after-the", "sentence-capital-the-left-out"],
)
def test_an_untagged_name_ending_in_a_body_head_is_that_body(bodies, doc_id, name, actor_id):
    mention = bodies.mention(doc_id, name, 0)
    assert mention is not None and mention[3:5] == ("ORGANIZATION", actor_id)


@pytest.mark.parametrize(
    "text",
    ["Ten teams entered the Eastern Highveld Schools League Cup this year.", "She received the Mbeki Youth Council Medal last year."],
    ids=["cup-after-league", "medal-after-council"],
)
def test_a_head_followed_by_a_capitalised_word_is_inside_a_longer_name(nlp, text):
    """The head must end the name: 'League Cup' and 'Council Medal' name a trophy and an award, not the body."""
    assert list(untagged_bodies(nlp(text), frozenset(), {})) == []


def test_an_acronym_opening_an_untagged_body_is_part_of_its_name(blank_nlp):
    """'the QWB Mutual Bank': the body's acronym before its words is the first word of the name, not a body of its own."""
    doc = Doc(blank_nlp.vocab, words=["Savers", "lost", "money", "in", "the", "QWB", "Mutual", "Bank", "collapse", "."])
    doc.ents = []  # every token outside an entity, as the model leaves them
    assert [(c.start, c.end, c.actor_id) for c in untagged_bodies(doc, frozenset(), {})] == [(5, 8, "org:qwb-mutual-bank")]


OFFICES = {
    "field": "The Minister of Planning and International Cooperation Nadia Qassemzai opened the fair.",
    "one-word-field": "The deal was signed by the Director of Training Tarek Bouzidane on Monday.",
    "to-a-state": "She met Portugal's Ambassador to Peru Joaquim Tavares de Menezes in Lima.",
}


@pytest.fixture(scope="module")
def offices(article_actors):
    return article_actors(OFFICES)


@pytest.mark.parametrize(
    "doc_id, name, actor_id",
    [
        ("field", "Nadia Qassemzai", "person:nadia-qassemzai"),
        ("one-word-field", "Tarek Bouzidane", "person:tarek-bouzidane"),
        ("to-a-state", "Joaquim Tavares de Menezes", "person:joaquim-tavares-de-menezes"),
    ],
    ids=["after-a-field-the-model-reads-as-a-body", "after-a-field-read-as-a-work", "after-a-state-with-a-particle"],
)
def test_the_name_ending_an_office_phrase_is_the_person(offices, doc_id, name, actor_id):
    mention = offices.mention(doc_id, name, 0)
    assert mention is not None and mention[3:5] == ("PERSON", actor_id)


def test_a_name_of_english_words_after_an_office_is_left_to_the_model(nlp):
    """'Mark Green' could be a field's last words: R822 takes only words that are no English words."""
    doc = nlp("The Minister of Water and Sanitation Mark Green visited the dam.")
    actors = nlp.get_pipe("claimspan_actors")
    titles = actors.actor_tables.find_roles(doc)["title"]
    assert titles and list(persons_after_offices(doc, titles, frozenset(), actors.english_words)) == []
