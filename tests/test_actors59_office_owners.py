"""An untagged name that owns an office is the body the office belongs to (GUIDELINES R910), in typeset and straight
typing alike. On sentences written for this test, as docs whose tokens the model would leave untagged."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.organizations import possessors_of_offices

ENGLISH = frozenset({"today", "results", "were", "given", "by"})


def _doc(blank_nlp, words, pos):
    doc = Doc(blank_nlp.vocab, words=words, pos=pos)
    doc.ents = []  # every token outside an entity, as the model leaves them
    return doc


@pytest.mark.parametrize("apostrophe", ["’s", "'s"], ids=["typeset", "straight"])
def test_an_untagged_owner_of_an_office_is_a_body(blank_nlp, apostrophe):
    # 'Results were given by Vormlund’s Managing Director .': the office is tokens 5-6
    doc = _doc(blank_nlp, ["Results", "were", "given", "by", "Vormlund", apostrophe, "Managing", "Director", "."], ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"])
    found = [(c.start, c.end, c.label, c.actor_id) for c in possessors_of_offices(doc, frozenset(), {6: 8, 7: 8}, ENGLISH)]
    assert found == [(4, 5, "ORGANIZATION", "org:vormlund")]


@pytest.mark.parametrize(
    "words, pos, titles, taken",
    [
        (["Results", "were", "given", "on", "Today", "’s", "Managing", "Director", "."], ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"], {6: 8, 7: 8}, frozenset()),
        (["Results", "were", "given", "by", "Vormlund", "’s", "new", "plant", "."], ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "ADJ", "NOUN", "PUNCT"], {}, frozenset()),
        (["Results", "were", "given", "by", "Vormlund", "’s", "Managing", "Director", "."], ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"], {6: 8, 7: 8}, frozenset({4})),
        (["Results", "were", "given", "by", "Eastern", "Vormlund", "’s", "Managing", "Director", "."], ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"], {7: 9, 8: 9}, frozenset()),
    ],
    ids=["dictionary-word", "no-office-after", "already-found", "end-of-a-longer-name"],
)
def test_no_body_without_an_untagged_owner_of_an_office(blank_nlp, words, pos, titles, taken):
    assert list(possessors_of_offices(_doc(blank_nlp, words, pos), taken, titles, ENGLISH)) == []
