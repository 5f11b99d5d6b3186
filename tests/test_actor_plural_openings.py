"""A plural common noun opening a sentence is no body (GUIDELINES R290), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.evidence import drop_common_words


def _build(blank_nlp, words, tags, lemmas, starts):
    from spacy.tokens import Doc

    return Doc(blank_nlp.vocab, words=words, tags=tags, lemmas=lemmas, sent_starts=starts)


def test_actor_plural_openings_drops_plural_nouns(blank_nlp):
    words = ["Millions", "bathed", ".", "Warplanes", "struck", ".", "Morales", "spoke", ".", "Crowds", "of", "Lions", "sang"]
    tags = ["NNS", "VBD", ".", "NNS", "VBD", ".", "NNS", "VBD", ".", "NNS", "IN", "NNS", "VBD"]
    lemmas = ["million", "bathe", ".", "warplane", "strike", ".", "morale", "speak", ".", "crowd", "of", "lion", "sing"]
    starts = [True, False, False, True, False, False, True, False, False, True, False, False, False]
    doc = _build(blank_nlp, words, tags, lemmas, starts)
    english = frozenset({"million", "warplane", "morale", "crowd", "lion"})
    accepted = [
        Candidate(0, 1, "ORGANIZATION", "org:millions", "Millions", priority=2, linkable=True),
        Candidate(3, 4, "ORGANIZATION", "org:warplanes", "Warplanes", priority=2, linkable=True),
        Candidate(6, 7, "PERSON", "person:morales", "Morales", priority=1),  # a surname that looks plural stays
        Candidate(11, 12, "ORGANIZATION", "org:lions", "Lions", priority=2, linkable=True),  # not opening its sentence
    ]
    assert [c.name for c in drop_common_words(doc, accepted, english)] == ["Morales", "Lions"]


@pytest.mark.parametrize(
    "text, dropped",
    [
        ("Millions took a holy dip in the river on Monday.", "Millions"),
        ("Warplanes struck the port overnight, residents said.", "Warplanes"),
    ],
    ids=["millions", "warplanes"],
)
def test_actor_plural_openings_in_pipeline(nlp, text, dropped):
    assert dropped not in [span.text for span in nlp(text).spans["actors"]]
