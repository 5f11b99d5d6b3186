"""Typographic apostrophes read as the straight ones the model learned on (GUIDELINES R890).

The pretrained tagger and parser see a word through its NORM, PREFIX, SUFFIX and SHAPE. They were trained on
text with straight apostrophes, so in typeset news ("isn’t", "it’s", "Pakistan’s") the curly one changes the
SUFFIX and SHAPE of the contraction: "n’t" is tagged as punctuation and the clause loses its negation, "’s" keeps
no lemma. Giving every word with U+2019 the lexical features of its straight twin lets the model read the
same sentence the same way in both typings. The text, and so every offset, stays as written."""

from __future__ import annotations

from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.util import registry

TYPOGRAPHIC_APOSTROPHE = "\u2019"
STRAIGHT_APOSTROPHE = "'"
# the lexical features the model's embedding reads (en_core_web_sm's tok2vec: NORM, PREFIX, SUFFIX, SHAPE, SPACY,
# IS_SPACE), each with the Lexeme attribute that holds it
MODEL_FEATURES = {NORM: "norm_", PREFIX: "prefix_", SUFFIX: "suffix_", SHAPE: "shape_"}


def straight_twin(getter):
    """A lexical feature getter that computes a word's feature on the word typed with straight apostrophes."""

    def feature(string: str):
        return getter(string.replace(TYPOGRAPHIC_APOSTROPHE, STRAIGHT_APOSTROPHE))

    return feature


@registry.callbacks("claimspan.straight_apostrophe_features.v1")
def create_straight_apostrophe_features():
    def read_as_straight(nlp: Language) -> Language:
        getters = nlp.vocab.lex_attr_getters
        features = [attribute for attribute in MODEL_FEATURES if attribute in getters]
        for attribute in features:
            getters[attribute] = straight_twin(getters[attribute])
        # words made before this callback ran (the tokenizer's special cases: "don’t", "it’s")
        for lexeme in nlp.vocab:
            if TYPOGRAPHIC_APOSTROPHE in lexeme.orth_:
                for attribute in features:
                    setattr(lexeme, MODEL_FEATURES[attribute], getters[attribute](lexeme.orth_))
        if "attribute_ruler" in nlp.pipe_names:
            ruler = nlp.get_pipe("attribute_ruler")
            ruler.add_patterns([twin for twin in map(typographic_twin, ruler.patterns) if twin is not None])
        return nlp

    return read_as_straight


def typographic_twin(rule: dict):
    """The model's attribute rule for a straight-apostrophe word ("'s" tagged VBZ has the lemma "be") made for
    the same word typeset; None for a rule that names no apostrophe."""
    patterns = _typeset(rule["patterns"])
    if patterns == rule["patterns"]:
        return None
    return {"patterns": patterns, "attrs": rule["attrs"], "index": rule["index"]}


def _typeset(value):
    """A pattern value with its apostrophes typeset, inside set operators too ({"IN": ["is", "'s"]})."""
    if isinstance(value, str):
        return value.replace(STRAIGHT_APOSTROPHE, TYPOGRAPHIC_APOSTROPHE)
    if isinstance(value, dict):
        return {key: _typeset(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typeset(item) for item in value]
    return value
