"""R890: a text typeset with U+2019 apostrophes is read like the same text typed with straight ones."""

import pytest

from claimspan.components.apostrophes import typographic_twin

# sentences written for these tests, each with a contraction the model misread when typeset
SENTENCES = [
    "Officials said they aren't sure the rebels won't return.",
    "The minister said it's a crime and that the talks haven't failed.",
    "He's been told that we're ready, I'm told, and that they'll go.",
    "The army's spokesman said the border isn't closed.",
]


def analysis(doc):
    return [(token.tag_, token.dep_, token.head.i, token.lemma_.replace("\u2019", "'")) for token in doc]


@pytest.mark.parametrize("straight", SENTENCES)
def test_typeset_sentence_is_read_like_the_straight_one(process, straight):
    typeset = straight.replace("'", "\u2019")
    assert analysis(process(typeset)) == analysis(process(straight))


@pytest.mark.parametrize("word, lemma", [("isn\u2019t", "not"), ("it\u2019s", "be"), ("they\u2019re", "be"), ("I\u2019m", "be"), ("we\u2019ve", "have")])
def test_typeset_contraction_has_the_lemma_of_its_straight_twin(process, word, lemma):
    doc = process(f"Officials said {word} here.")
    contraction = next(token for token in doc if "\u2019" in token.text)
    assert contraction.lemma_ == lemma


def test_typeset_negation_negates_the_claim(claims_of):
    text = "Officials said they aren\u2019t sure the rebels will return."
    (claim,) = [record for record in claims_of(text) if "sure" in record.text]
    assert claim.negated is True


def test_offsets_keep_the_typeset_text(claims_of):
    text = "The minister said it\u2019s a crime."
    (claim,) = claims_of(text)
    assert "\u2019" in claim.text and text[claim.start : claim.end] == claim.text


def test_twin_of_a_set_rule_typesets_every_member():
    rule = {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"LEMMA": "be"}, "index": 0}
    twin = typographic_twin(rule)
    assert twin["patterns"] == [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "\u2019s"]}}]]
    assert twin["attrs"] == {"LEMMA": "be"}


def test_rule_without_an_apostrophe_has_no_twin():
    assert typographic_twin({"patterns": [[{"TAG": "PRP", "LOWER": "she"}]], "attrs": {"LEMMA": "she"}, "index": 0}) is None
