"""First names the model leaves out of a person entity (GUIDELINES R212), on Docs built for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.persons import first_names_before

# stands for the WordNet words of the model's lemmatizer
ENGLISH_WORDS = frozenset({"operation", "old", "party", "senator", "legislator", "justice"})


def _doc(vocab, words, heads, deps, pos, ents):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    "words, heads, deps, pos, ents, titles, name_tokens, expected",
    [
        # "Imran Khan said": the model tags only "Khan"
        (["Imran", "Khan", "said", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
         ["PROPN", "PROPN", "VERB", "PUNCT"], ["O", "B-PERSON", "O", "O"], {}, frozenset(), 0),
        # two first names: "Bilawal Bhutto Zardari"
        (["Bilawal", "Bhutto", "Zardari", "spoke"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "PROPN", "VERB"], ["O", "O", "B-PERSON", "O"], {}, frozenset(), 0),
        # a title the tables know stays out: "Senator Khan said"
        (["Senator", "Khan", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "VERB"], ["O", "B-PERSON", "O"], {0: 1}, frozenset(), 1),
        # a place the model tagged stays out: "Lahore Khan"
        (["Lahore", "Khan", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "VERB"], ["B-GPE", "B-PERSON", "O"], {}, frozenset(), 1),
        # a word that is no compound of the name: "Sources: Khan" read as apposition
        (["Sources", "Khan", "said"], [2, 2, 2], ["nsubj", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "VERB"], ["O", "B-PERSON", "O"], {}, frozenset(), 1),
        # a table name before the person is its own actor: "PTI Khan"
        (["PTI", "Khan", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "VERB"], ["O", "B-PERSON", "O"], {}, frozenset({0}), 1),
        # a lower-case word is no name: "party Khan"
        (["party", "Khan", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
         ["NOUN", "PROPN", "VERB"], ["O", "B-PERSON", "O"], {}, frozenset(), 1),
        # an acronym is a body's: "Chrysler LLC Khan"
        (["of", "Chrysler", "LLC", "Khan", "."], [0, 3, 3, 0, 0], ["ROOT", "compound", "compound", "pobj", "punct"],
         ["ADP", "PROPN", "PROPN", "PROPN", "PUNCT"], ["O", "B-ORG", "O", "B-PERSON", "O"], {}, frozenset(), 3),
        # an English word is no first name: "Operation Dudula"
        (["Operation", "Dudula", "was", "founded"], [1, 3, 3, 3], ["compound", "nsubjpass", "auxpass", "ROOT"],
         ["PROPN", "PROPN", "AUX", "VERB"], ["O", "B-PERSON", "O", "O"], {}, frozenset(), 1),
        # so is its plural: "Justices Sapana Pradhan Malla"
        (["Justices", "Sapana", "Malla", "ruled"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "PROPN", "VERB"], ["O", "B-PERSON", "I-PERSON", "O"], {}, frozenset(), 1),
        # a role the tables do not know is an English word: "KMT Legislator Alex Fai said"
        (["Legislator", "Alex", "Fai", "said"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "PROPN", "VERB"], ["O", "B-PERSON", "I-PERSON", "O"], {}, frozenset(), 1),
        # a longer name the model cut: "Senvume Kavuma Abbey told"
        (["Senvume", "Kavuma", "Abbey", "told"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"],
         ["PROPN", "PROPN", "PROPN", "VERB"], ["O", "B-PERSON", "I-PERSON", "O"], {}, frozenset(), 0),
    ],
    ids=["first-name", "two-names", "title", "tagged-place", "not-a-compound", "table-name", "common-noun", "acronym", "english-word", "english-plural", "unknown-role", "longer-name"],
)
def test_first_names_before_joins_compound_first_names(blank_nlp, words, heads, deps, pos, ents, titles, name_tokens, expected):
    doc = _doc(blank_nlp.vocab, words, heads, deps, pos, ents)
    start = next(index for index, tag in enumerate(ents) if tag == "B-PERSON")
    end = start + 1 + sum(tag == "I-PERSON" for tag in ents)
    taken = {index for title_start, title_end in titles.items() for index in range(title_start, title_end)} | name_tokens
    assert first_names_before(doc, start, end, taken, ENGLISH_WORDS) == expected


def test_a_name_opening_a_sentence_keeps_its_first_name(nlp):
    doc = nlp("Imran Khan said the government had failed. Minister of Foreign Affairs Sameh Shokry said Egypt would wait.")
    persons = [span.text for span in doc.spans["actors"] if span.label_ == "PERSON"]
    assert persons == ["Imran Khan", "Sameh Shokry"]


def test_an_english_word_before_a_one_word_person_stays_out(nlp):
    # the model tags "Dudula" a person; "Operation" is a word, not a first name, so the mention does not grow
    doc = nlp("Operation Dudula was founded in Soweto. Members of the Operation Dudula Movement marched on Friday.")
    persons = [span.text for span in doc.spans["actors"] if span.label_ == "PERSON"]
    assert "Operation Dudula" not in persons and "Dudula" in persons
