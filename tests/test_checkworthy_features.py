"""Check-worthiness features: words, pairs, tags, entities and stage marks of one sentence (hand-built Docs)."""

import numpy
import pytest
from spacy.tokens import Doc, Span

from claimspan.components.checkworthy.features import DocArrays, character_ngrams, sentence_features, sentence_vector, sentence_vectors, sentence_words, stage_marks


def _doc(blank_nlp, words, tags, ents=None):
    doc = Doc(blank_nlp.vocab, words=words, tags=tags, ents=ents)
    return doc


def test_checkworthy_features_words_pairs_tags_and_entities(blank_nlp):
    doc = _doc(blank_nlp, ["Exports", "rose", "12", "%", "in", "Chile", "."], ["NNS", "VBD", "CD", "NN", "IN", "NNP", "."], ents=["O", "O", "B-PERCENT", "I-PERCENT", "O", "B-GPE", "O"])
    features = sentence_features(DocArrays.build(doc), 0, len(doc))
    # digits become one <num> word; entity labels count once per entity (on its first token)
    for expected in ("bias", "w:exports", "w:<num>", "b:<s> exports", "b:rose <num>", "b:. </s>", "t:VBD", "tt:VBD CD", "e:PERCENT", "e:GPE", "number", "length:1"):
        assert expected in features
    assert features.count("e:PERCENT") == 1
    assert "question" not in features


@pytest.mark.parametrize(
    "words, tags, present, absent",
    [
        (["Why", "did", "you", "vote", "?"], ["WRB", "VBD", "PRP", "VB", "."], ["question", "w:?", "length:1"], ["number"]),
        (["Three", "million", "jobs", "."], ["CD", "CD", "NNS", "."], ["number", "w:three"], ["question", "w:<num>"]),
        (["We", "will", "win", "."], ["PRP", "MD", "VB", "."], ["t:MD", "b:we will", "length:0"], ["number", "question"]),
    ],
    ids=["question", "number-words", "promise"],
)
def test_checkworthy_features_table(blank_nlp, words, tags, present, absent):
    doc = _doc(blank_nlp, words, tags)
    features = sentence_features(DocArrays.build(doc), 0, len(doc))
    assert all(item in features for item in present), features
    assert not any(item in features for item in absent), features


def test_checkworthy_features_only_inside_the_sentence(blank_nlp):
    doc = _doc(blank_nlp, ["Taxes", "rose", ".", "Why", "?"], ["NNS", "VBD", ".", "WRB", "."])
    first = sentence_features(DocArrays.build(doc), 0, 3)
    assert "w:why" not in first and "question" not in first
    assert "b:. </s>" in first


def test_checkworthy_stage_marks_per_sentence(blank_nlp):
    doc = _doc(blank_nlp, ["Taxes", "rose", "5", "%", ".", "Great", "!"], ["NNS", "VBD", "CD", "NN", ".", "JJ", "."])
    claim = Span(doc, 0, 5, label="statistic")
    doc.spans["claims"] = [claim]
    doc.spans["figures"] = [Span(doc, 2, 4, label="PERCENT")]
    doc.spans["actors"] = []
    first_end = doc[4].idx + 1
    marks = stage_marks(doc, [(0, first_end), (doc[5].idx, len(doc.text))])
    assert marks == [("figure", "type:statistic"), ("type:none",)]


def test_checkworthy_sentence_vector_pools_the_words_of_the_sentence(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["Taxes", "rose", "\n\n", "Why", "?"], spaces=[True, False, False, False, False])
    doc.tensor = numpy.array([[1.0, 0.0], [3.0, -2.0], [9.0, 9.0], [5.0, 5.0], [7.0, 7.0]], dtype="float32")
    arrays = DocArrays.build(doc)
    # the whitespace token's row (9, 9) is no word: it counts neither in the mean nor in the maximum
    assert sentence_vector(doc, arrays, 0, 3).tolist() == [2.0, -1.0, 3.0, 0.0]
    assert sentence_vector(doc, arrays, 3, 5).tolist() == [6.0, 6.0, 7.0, 7.0]


def test_checkworthy_sentence_vectors_pool_each_sentence_of_a_doc_at_once(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["Taxes", "rose", "\n\n", "Why", "?", "\n\n", "No"], spaces=[True, False, False, False, False, False, False])
    doc.tensor = numpy.array([[1.0, 0.0], [3.0, -2.0], [9.0, 9.0], [5.0, 5.0], [7.0, 7.0], [8.0, 8.0], [0.5, 4.0]], dtype="float32")
    arrays = DocArrays.build(doc)
    # the second sentence (3, 5) is left out, the whitespace (5, 6) has no word, and the last ends with the Doc
    pooled = sentence_vectors(doc, arrays, [(0, 3), (5, 6), (6, 7)])
    assert pooled[0].tolist() == [2.0, -1.0, 3.0, 0.0]
    assert pooled[1] is None
    assert pooled[2].tolist() == [0.5, 4.0, 0.5, 4.0]
    assert [vector.dtype for vector in (pooled[0], pooled[2])] == [numpy.float64, numpy.float64]
    # float32 sums depend on the order rows are added in: over forty random rows the means are still bit for bit
    # numpy's mean, as training pooled them (numpy's reduceat, which adds them in another order, gives other floats)
    long = Doc(blank_nlp.vocab, words=["word"] * 40)
    long.tensor = numpy.random.default_rng(7).standard_normal((40, 8)).astype("float32")
    rows = long.tensor
    expected = [numpy.concatenate([part.mean(axis=0), part.max(axis=0)]).astype(numpy.float64).tolist() for part in (rows[0:25], rows[25:40])]
    assert [vector.tolist() for vector in sentence_vectors(long, DocArrays.build(long), [(0, 25), (25, 40)])] == expected
    untensored = Doc(blank_nlp.vocab, words=["Taxes", "rose"])
    assert sentence_vectors(untensored, DocArrays.build(untensored), [(0, 2)]) == [None]


def test_checkworthy_sentence_vector_is_none_without_tensor(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["Taxes", "rose"])
    assert sentence_vector(doc, DocArrays.build(doc), 0, 2) is None


def test_checkworthy_features_entity_label_ngrams(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["Exports", "rose", "12", "%", "in", "Chile"], ents=["O", "O", "B-PERCENT", "I-PERCENT", "O", "B-GPE"])
    features = sentence_features(DocArrays.build(doc), 0, len(doc))
    # an entity is one item, its label
    for expected in ("eb:rose PERCENT", "eb:PERCENT in", "eb:GPE </s>", "et:PERCENT in GPE", "et:in GPE </s>"):
        assert expected in features, expected
    assert "eb:PERCENT %" not in features and "eb:<num> %" not in features
    # pairs and triples without an entity are left to the word pairs
    assert "eb:exports rose" not in features and "et:<s> exports rose" not in features
    assert sorted(feature for feature in features if feature.startswith("et:")) == ["et:PERCENT in GPE", "et:exports rose PERCENT", "et:in GPE </s>", "et:rose PERCENT in"]
    assert sorted(feature for feature in features if feature.startswith("eb:")) == ["eb:GPE </s>", "eb:PERCENT in", "eb:in GPE", "eb:rose PERCENT"]


def test_checkworthy_sentence_words_and_character_ngrams(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["Tax", "rose", "12", "%", ",", "tax", "!"])
    # distinct lower-case words with a letter; numbers and punctuation have no character n-grams
    assert sentence_words(DocArrays.build(doc), 0, len(doc)) == ["rose", "tax"]
    assert character_ngrams("tax") == {"c:<ta", "c:tax", "c:ax>", "c:<tax", "c:tax>", "c:<tax>"}


@pytest.mark.parametrize(
    "words",
    [["Exports", "rose", "12", "%", "in", "Chile", ",", "exports", "rose", "."], ["New York", "rose", "."]],
    ids=["repeated-words", "word-with-a-space"],
)
def test_checkworthy_features_rows_by_group_are_the_rows_by_name(blank_nlp, words):
    """The model's keyed lookup of feature_groups finds the rows its lookup of sentence_features' names finds, in the same order, each once."""
    from claimspan.components.checkworthy.features import feature_groups
    from claimspan.components.checkworthy.model import CheckworthyModel

    doc = _doc(blank_nlp, words, ["NN"] * len(words))
    arrays = DocArrays.build(doc)
    names = sentence_features(arrays, 0, len(doc), marks=("type:event",))
    # every name the sentence gives, in reverse, a name of two spaces that no pair of these words gives, and one it lacks
    weights = {name: (1.0, 0.0, 0.0, 0.0) for name in reversed(names)} | {"b:new york rose": (0.0, 1.0, 0.0, 0.0), "w:absent": (0.0, 0.0, 1.0, 0.0)}
    model = CheckworthyModel(weights)
    by_name = [row for row in map(model.weights.rows.get, dict.fromkeys(names)) if row is not None]
    assert model.feature_rows(feature_groups(arrays, 0, len(doc), marks=("type:event",))) == by_name
    assert len(by_name) == len(set(names))
