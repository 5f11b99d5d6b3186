"""A table's or a party's acronym the article defines as a term (GUIDELINES R770), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.defined_terms import drop_table_acronyms_defined_as_terms

ARTICLES = {
    "assessment": "The regulator wants a Cumulative Impact Assessment (CIA) done before the quarry grows. "
    "The CIA should cover the river, said Mary Thompson, a farmer.",
    "agency": "The Central Intelligence Agency (CIA) said on Monday that the CIA had briefed the Senate.",
    "care": "In South Africa, antenatal and neonatal care (ANC) visits rose last year. ANC coverage is highest in Gauteng, said Thandi Mokoena.",
    "body": "The National Prosecuting Authority (NPA) charged the mayor on Tuesday. The NPA said the trial would open in May.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize("doc_id, text, occurrence", [("assessment", "CIA", 0), ("assessment", "CIA", 1), ("care", "ANC", 0), ("care", "ANC", 1)])
def test_an_acronym_defined_as_a_term_is_no_table_actor(found, doc_id, text, occurrence):
    assert found.mention(doc_id, text, occurrence) is None


def test_the_persons_beside_the_term_stay(found):
    assert found.mention("assessment", "Mary Thompson")[3] == "PERSON"
    assert found.mention("care", "Thandi Mokoena")[3] == "PERSON"


def test_the_table_body_defined_by_its_own_name_stays(found):
    assert found.mention("agency", "CIA")[4] == "org:cia"
    assert found.mention("agency", "CIA", 1)[4] == "org:cia"


def test_an_acronym_defined_as_another_body_takes_that_body(found):
    # R70: the article's definition, not the table's armed group 'NPA'
    assert found.mention("body", "NPA")[4] == found.mention("body", "National Prosecuting Authority")[4] == "org:national-prosecuting-authority"
    assert found.mention("body", "NPA", 1)[4] == "org:national-prosecuting-authority"


def test_only_table_mentions_outside_a_definition_of_their_own_body_are_dropped(blank_nlp):
    doc = blank_nlp("Central Intelligence Agency ( CIA ) and CIA and PSS and CIA")
    table = Candidate(0, 3, "ORGANIZATION", "org:cia", "Central Intelligence Agency", 0)
    acronyms = [Candidate(i, i + 1, "ORGANIZATION", "org:cia", "Central Intelligence Agency", 0) for i in (4, 7)]
    linkable = Candidate(9, 10, "ORGANIZATION", "org:pss", "PSS", 2, linkable=True)
    other = Candidate(11, 12, "ORGANIZATION", "org:cia", "Central Intelligence Agency", 0)
    table_ids = frozenset({"org:cia", "org:pss"})
    # defined in brackets after the body itself: every mention stays
    kept = drop_table_acronyms_defined_as_terms(doc, [table, *acronyms, linkable, other], frozenset({"CIA", "PSS"}), table_ids)
    assert kept == [table, *acronyms, linkable, other]
    # without the body's own definition the table's acronym goes; a linkable mention is left to R70's drop
    kept = drop_table_acronyms_defined_as_terms(doc, [acronyms[1], linkable, other], frozenset({"CIA", "PSS"}), table_ids)
    assert kept == [linkable]
    assert drop_table_acronyms_defined_as_terms(doc, [other], frozenset(), table_ids) == [other]
