"""Document evidence for actors (GUIDELINES R68, R69) on hand-built Docs: repeats and lone name parts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.evidence import initials_cover, acronyms_of_non_actors, defined_acronyms, drop_common_words, name_parts, one_id_per_name, repeated_mentions, untagged_acronyms


def _doc(blank_nlp, words, pos, ents=None):
    return Doc(blank_nlp.vocab, words=words, pos=pos, ents=ents)


def test_evidence_repeat_of_an_organisation_takes_its_id(blank_nlp):
    words = ["The", "AMIA", "said", "so", ".", "Later", "AMIA", "agreed", "with", "Lopez", "AMIA", "Board", "."]
    pos = ["DET", "PROPN", "VERB", "ADV", "PUNCT", "ADV", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = _doc(blank_nlp, words, pos)
    first = Candidate(1, 2, "ORGANIZATION", "org:amia", "AMIA", priority=2, linkable=True)
    found = list(repeated_mentions(doc, [first]))
    # the second AMIA is a repeat; the third sits inside a longer run of names ('Lopez AMIA Board') and is left alone
    assert [(c.start, c.end, c.label, c.actor_id) for c in found] == [(6, 7, "ORGANIZATION", "org:amia")]


def test_evidence_countries_are_not_repeated(blank_nlp):
    doc = _doc(blank_nlp, ["Chile", "and", "Chile"], ["PROPN", "CCONJ", "PROPN"])
    assert list(repeated_mentions(doc, [Candidate(0, 1, "COUNTRY", "country:CHL", "Chile", priority=0)])) == []


def test_evidence_lone_surname_or_first_name_is_the_person(blank_nlp):
    words = ["Javier", "Milei", "won", ".", "Milei", "spoke", "and", "Javier", "smiled", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "CCONJ", "PROPN", "VERB", "PUNCT"]
    doc = _doc(blank_nlp, words, pos, ents=["B-PERSON", "I-PERSON", "O", "O", "B-WORK_OF_ART", "O", "O", "O", "O", "O"])
    full = Candidate(0, 2, "PERSON", "person:javier-milei", "Javier Milei", priority=1)
    found = list(name_parts(doc, [full]))
    assert [(c.start, c.actor_id, c.link) for c in found] == [(4, "person:javier-milei", "Javier Milei"), (7, "person:javier-milei", "Javier Milei")]


def test_evidence_a_word_of_two_full_names_stays_unresolved(blank_nlp):
    words = ["Ana", "Lopez", "and", "Luis", "Lopez", "met", ".", "Lopez", "left", "."]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = _doc(blank_nlp, words, pos)
    persons = [Candidate(0, 2, "PERSON", "person:ana-lopez", "Ana Lopez", priority=1), Candidate(3, 5, "PERSON", "person:luis-lopez", "Luis Lopez", priority=1)]
    assert list(name_parts(doc, persons)) == []


def test_evidence_bracketed_acronym_after_an_organisation_takes_its_id(blank_nlp):
    words = ["the", "Convergence", "for", "Social", "Democracy", "(", "CPDS", ")", "and", "the", "Front", "(", "XYZ", ")"]
    doc = _doc(blank_nlp, words, ["DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "DET", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    orgs = [
        Candidate(1, 5, "ORGANIZATION", "org:convergence-for-social-democracy", "Convergence for Social Democracy", priority=2, linkable=True),
        Candidate(10, 11, "ORGANIZATION", "org:front", "Front", priority=2, linkable=True),
    ]
    found = [(c.start, c.actor_id) for c in defined_acronyms(doc, orgs)]
    assert found == [(1, "org:convergence-for-social-democracy"), (10, "org:front")]  # 'P' is no initial of the name
    orgs[0] = Candidate(1, 5, "ORGANIZATION", "org:cpds", "Convergence for Social Democracy", priority=2, linkable=True)
    words[2] = "Progressive"
    doc = _doc(blank_nlp, words, [token.pos_ for token in doc])
    assert [(c.start, c.actor_id) for c in defined_acronyms(doc, orgs)] == [(1, "org:cpds"), (6, "org:cpds"), (10, "org:front")]


def test_evidence_tagged_acronym_takes_the_id_of_its_bracketed_name(blank_nlp):
    words = ["the", "Ministry", "of", "Community", "Development", "(", "MoCD", ")", "said", ".", "MoCD", "agreed"]
    doc = _doc(blank_nlp, words, ["DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT", "PROPN", "VERB"])
    accepted = [
        Candidate(1, 5, "ORGANIZATION", "org:ministry-of-community-development", "Ministry of Community Development", priority=2, linkable=True),
        Candidate(6, 7, "ORGANIZATION", "org:mocd", "MoCD", priority=2, linkable=True),
        Candidate(10, 11, "ORGANIZATION", "org:mocd", "MoCD", priority=2, linkable=True),
    ]
    assert [c.actor_id for c in defined_acronyms(doc, accepted)] == ["org:ministry-of-community-development"] * 3


@pytest.mark.parametrize(
    "short, words, expected",
    [("FLN", ["National", "Liberation", "Front"], True), ("ANC", ["African", "National", "Congress"], True), ("ANC", ["Alternative", "Congress"], False), ("X", ["Xavier"], False),
     ("MoCD", ["Ministry", "Community", "Development"], True)],
    ids=["translated-order", "same-order", "letter-missing", "one-letter", "mixed-case"],
)
def test_evidence_initials_cover(short, words, expected):
    assert initials_cover(short, words) is expected


@pytest.mark.parametrize(
    "text, actor_end_word, expected",
    [
        ("the U.S. - Korea Free Trade Agreement ( KORUS ) took effect .", None, {"KORUS"}),
        ("the Disability Inclusive Graduation ( DIG ) project helps .", "Graduation", {"DIG", "Disability Inclusive Graduation"}),
        ("the United Nations Environment Programme ( UNEP ) said .", "Programme", set()),
        ("the Convergence for Social Democracy ( CPDS ) won .", None, set()),
        ("shortages of personal protective equipment ( PPE ) grew", None, {"PPE"}),
        ("the Municipal Chief Executive ( MCE ) said so .", None, {"MCE"}),
        ("the Office of the President ( OP ) said so .", "President", set()),
    ],
    ids=["law-head-before-bracket", "programme-head-after-bracket", "actor-before-bracket", "no-head", "lower-case-phrase", "office-short-form-r78", "office-that-is-a-body"],
)
def test_evidence_acronyms_of_non_actors(blank_nlp, text, actor_end_word, expected):
    doc = blank_nlp(text)
    ends = frozenset(token.i + 1 for token in doc if token.text == actor_end_word)
    assert acronyms_of_non_actors(doc, ends, frozenset({"agreement", "project", "programme"})) == expected


def test_evidence_one_id_per_name_takes_the_majority_reading(blank_nlp):
    doc = _doc(blank_nlp, ["Liu", "said", ",", "Liu", "added", ",", "Liu", "left"], ["PROPN", "VERB", "PUNCT"] * 2 + ["PROPN", "VERB"])
    accepted = [
        Candidate(0, 1, "ORGANIZATION", "org:liu", "Liu", priority=2, linkable=True),
        Candidate(3, 4, "PERSON", "person:liu-wei", "Liu Wei", priority=2, link="Liu Wei"),
        Candidate(6, 7, "PERSON", "person:liu-wei", "Liu Wei", priority=2, link="Liu Wei"),
    ]
    assert [(c.label, c.actor_id) for c in one_id_per_name(doc, accepted)] == [("PERSON", "person:liu-wei")] * 3


def test_evidence_one_id_per_name_keeps_a_surname_of_two_people(blank_nlp):
    doc = _doc(blank_nlp, ["Lourenco", "and", "Lourenco"], ["PROPN", "CCONJ", "PROPN"])
    accepted = [
        Candidate(0, 1, "PERSON", "person:joao-lourenco", "Joao Lourenco", priority=2, link="Joao Lourenco"),
        Candidate(2, 3, "PERSON", "person:marisa-lourenco", "Marisa Lourenco", priority=2, link="Marisa Lourenco"),
    ]
    assert one_id_per_name(doc, accepted) == accepted


@pytest.mark.parametrize(
    "words, pos, ents, expected",
    [
        (["The", "SAHPRA", "approved", "it"], ["DET", "PROPN", "VERB", "PRON"], None, ["SAHPRA"]),
        (["KUWAIT", "CITY", "NEWS"], ["PROPN", "PROPN", "PROPN"], None, []),
        (["the", "A350", "XWB", "flew"], ["DET", "PROPN", "PROPN", "VERB"], None, []),
        (["paid", "in", "USD", "today"], ["VERB", "ADP", "PROPN", "NOUN"], None, []),
        (["The", "NATO", "summit"], ["DET", "PROPN", "NOUN"], ["O", "B-ORG", "O"], []),
    ],
    ids=["untagged-acronym", "all-capitals-line", "product-model", "stoplist-currency", "tagged-by-the-model"],
)
def test_evidence_untagged_acronyms(blank_nlp, words, pos, ents, expected):
    doc = _doc(blank_nlp, words, pos, ents=ents)
    assert [c.name for c in untagged_acronyms(doc, frozenset({"USD"}))] == expected


def test_evidence_drop_common_words_written_in_lower_case(blank_nlp):
    words = ["Wallet", "users", "lost", "a", "wallet", ".", "Senate", "and", "the", "senate", "met", ".", "Park", "saw", "a", "park"]
    doc = _doc(blank_nlp, words, ["PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "CCONJ", "DET", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "NOUN"])
    accepted = [
        Candidate(0, 1, "PERSON", "person:wallet", "Wallet", priority=1),
        Candidate(6, 7, "ORGANIZATION", "org:senate", "Senate", priority=2, linkable=True),
        Candidate(12, 13, "PERSON", "person:park-hoon", "Park Hoon", priority=1, link="Park Hoon"),
    ]
    assert [c.name for c in drop_common_words(doc, accepted)] == ["Senate", "Park Hoon"]
