"""R56: the learned tagger drops a rule's source it reads as inside someone else's reported content, and the
forward-backward probabilities it reads that from; sentences and tiny models written for these tests."""

import itertools
import math

import numpy
import pytest
from spacy.tokens import Doc

from claimspan.components.claims.crf_decoding import label_marginals
from claimspan.components.claims.learned import LABELS, AttributionTagger
from claimspan.components.claims.veto import _inside_quotation
from claimspan.convert import claim_records


def test_label_marginals_match_the_sum_over_every_path():
    # three words, three labels: P(word i has label j) is the weight of all paths through (i, j) over
    # the weight of all paths, each path weighing exp(its scores and moves); enumerated here path by path
    scores = numpy.array([[1.0, 0.0, -1.0], [0.5, 2.0, 0.0], [0.0, -1.0, 3.0]])
    transitions = numpy.array([[0.0, 1.0, -2.0], [0.5, 0.0, 0.0], [-1.0, 2.0, 0.5]])
    through = numpy.zeros((3, 3))
    for path in itertools.product(range(3), repeat=3):
        weight = math.exp(sum(scores[index, label] for index, label in enumerate(path)) + sum(transitions[a, b] for a, b in zip(path, path[1:])))
        for index, label in enumerate(path):
            through[index, label] += weight
    expected = through / through.sum(axis=1, keepdims=True)
    assert label_marginals(scores, transitions) == pytest.approx(expected)


def test_label_marginals_stay_finite_for_large_scores():
    # scores of a thousand would overflow exp() unless each word's scores are shifted first
    marginals = label_marginals([[1000.0, 0.0], [0.0, 1000.0]], [[0.0, 0.0], [0.0, 0.0]])
    assert marginals == pytest.approx(numpy.array([[1.0, 0.0], [0.0, 1.0]]))
    assert label_marginals([], [[0.0]]).shape == (0, 1)


def _tagger(features, veto_threshold=0.1):
    width = len(LABELS)
    return AttributionTagger.from_features(cue_words=frozenset({"say"}), transitions=[[0.0] * width for _ in LABELS], features=features, veto_threshold=veto_threshold)


def _weights(**by_label):
    return [by_label.get(label.replace("-", "_"), 0.0) for label in LABELS]


# every word reads as content: the model sees the sentence as someone else's reported words
NESTED = {"b": _weights(CON=8.0)}
# "say" reads as a cue and its subject as a source
SAYING = {"b": _weights(CON=8.0), "l=say": _weights(B_CUE=20.0), "dh=nsubj|speech": _weights(B_SRC=20.0)}


def _sources(nlp, process, tagger, text):
    extractor = nlp.get_pipe("claimspan_claims")
    saved = extractor.tagger
    try:
        extractor.tagger = tagger
        return [(record.source.text, record.source.cue.text) if record.source else None for record in claim_records(process(text))]
    finally:
        extractor.tagger = saved


NESTED_TEXT = "The mayor said she will spend the money she says the city saved on new roads."


def test_a_rule_source_the_tagger_reads_as_nested_content_is_dropped(nlp, process):
    assert _sources(nlp, process, None, NESTED_TEXT) == [("The mayor", "said"), ("she", "says")]
    # "she says" hangs below "said": dropped; "The mayor said" hangs below no cue and is in no quotation,
    # so the model is not asked, even though it reads every word as content
    assert _sources(nlp, process, _tagger(NESTED), NESTED_TEXT) == [("The mayor", "said"), None]


def test_a_rule_source_the_tagger_reads_as_a_source_stays(nlp, process):
    assert _sources(nlp, process, _tagger(SAYING), NESTED_TEXT) == [("The mayor", "said"), ("she", "says")]
    # without a veto threshold (weights written before R56) nothing is dropped
    assert _sources(nlp, process, _tagger(NESTED, veto_threshold=None), NESTED_TEXT) == [("The mayor", "said"), ("she", "says")]


def test_a_verb_after_an_odd_number_of_quotation_marks_is_inside_a_quotation(blank_nlp):
    doc = Doc(blank_nlp.vocab, words=["“", "People", "say", "it", "works", "”", ",", "Roe", "said", "."])
    assert _inside_quotation(doc[2], doc[:])
    assert not _inside_quotation(doc[8], doc[:])


def test_only_a_subject_of_a_cue_verb_can_be_dropped(nlp, process):
    # "according to" is no verb with a subject: its rule (R29) stays whatever the model reads
    text = "According to Ann Lee, the bridge will reopen in May."
    assert _sources(nlp, process, _tagger(NESTED), text) == [("Ann Lee", "According to")]


def test_the_shipped_tagger_drops_a_saying_inside_a_reported_clause(nlp, process):
    # GUIDELINES R56's example: "she says" sits inside the mayor's reported clause (R49)
    text = "The mayor said she will spend the $2 million she says the city saved on new roads."
    assert _sources(nlp, process, nlp.get_pipe("claimspan_claims").tagger, text) == [("The mayor", "said"), None]
