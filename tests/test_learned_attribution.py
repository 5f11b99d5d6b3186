"""The learned attribution tagger (GUIDELINES R55), on sentences and tiny models written for these tests."""

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from claimspan.components.claims.cues import CueTable
from claimspan.components.claims.crf_decoding import label_marginals, viterbi
from claimspan.components.claims.learned import LABELS, AttributionTagger, Tagged, _spans, fits_guidelines, learned_attribution
from claimspan.convert import claim_records
from claimspan.evaluation.polnear_data import GoldAttribution, PolnearArticle
from claimspan.training.attribution import cue_vocabulary, token_roles


def _doc(blank_nlp, text):
    return Doc(blank_nlp.vocab, words=text.split())


def test_viterbi_takes_the_best_path_not_the_best_label_per_word():
    # word by word the best labels are 0 then 1, but the move 0 -> 1 costs 3; the four paths score
    # 0,0: 1+0+0 = 1; 0,1: 1-3+1 = -1; 1,0: 0+0+0 = 0; 1,1: 0+0.5+1 = 1.5
    scores = [[1.0, 0.0], [0.0, 1.0]]
    transitions = [[0.0, -3.0], [0.0, 0.5]]
    assert viterbi(scores, transitions) == [1, 1]
    assert viterbi([], transitions) == []


def test_spans_join_b_and_i_tags_and_start_a_span_at_a_stray_i(blank_nlp):
    doc = _doc(blank_nlp, "The party leader said that taxes would rise")
    tags = ["B-SRC", "I-SRC", "I-SRC", "B-CUE", "O", "CON", "CON", "I-SRC"]
    assert [span.text for span in _spans(doc[:], tags, "SRC")] == ["The party leader", "rise"]
    assert [span.text for span in _spans(doc[:], tags, "CUE")] == ["said"]


def test_a_claim_gets_the_pair_whose_cue_is_nearest_and_only_with_content_inside(blank_nlp):
    doc = _doc(blank_nlp, "Ann said rents rose and Bob said wages fell")
    ann, bob = (doc[0:1], doc[1:2]), (doc[5:6], doc[6:7])
    tagged = Tagged(pairs=(ann, bob), content=frozenset({2, 3, 7, 8}))
    assert learned_attribution(tagged, doc[7:9]) == bob
    assert learned_attribution(tagged, doc[2:4]) == ann
    # a stretch the tagger did not read as content gets nothing
    assert learned_attribution(tagged, doc[4:5]) is None


def test_gold_roles_become_tags_with_b_at_each_part(blank_nlp):
    text = "The governor said on Monday that roads were closed"
    doc = _doc(blank_nlp, text)
    attribution = GoldAttribution(source=((0, 12),), cue=((13, 17),), content=((28, 50),))
    article = PolnearArticle(doc_id="x", text=text, published=None, attributions=(attribution,))
    assert token_roles(doc, article) == ["B-SRC", "I-SRC", "B-CUE", "O", "O", "CON", "CON", "CON", "CON"]


def test_the_cue_vocabulary_keeps_content_words_seen_often_enough(blank_nlp):
    doc = _doc(blank_nlp, "hinted the hinted")
    for token in doc:
        token.lemma_ = token.text.replace("hinted", "hint")
    pairs = [(doc, ["B-CUE", "B-CUE", "B-CUE"])]
    assert cue_vocabulary(pairs, min_count=2) == frozenset({"hint"})
    assert cue_vocabulary(pairs, min_count=3) == frozenset()


def _tiny_tagger():
    """A hand-set model: a form of "hint" is a cue, the subject of a learned cue its source, the rest content."""
    width = len(LABELS)

    def weights(**by_label):
        return [by_label.get(label.replace("-", "_"), 0.0) for label in LABELS]

    features = {"l=hint": weights(B_CUE=5.0), "dh=nsubj|learned": weights(B_SRC=5.0), "b": weights(CON=1.0)}
    return AttributionTagger.from_features(cue_words=frozenset({"hint"}), transitions=[[0.0] * width for _ in LABELS], features=features)


def test_the_tagger_names_a_source_the_rules_leave_out(nlp, process):
    text = "Senator Adams hinted the bridge would reopen in May."
    extractor = nlp.get_pipe("claimspan_claims")
    saved = extractor.tagger
    try:
        extractor.tagger = None
        without = [record.source for record in claim_records(process(text)) if "bridge" in record.text]
        extractor.tagger = _tiny_tagger()
        with_tagger = [record.source for record in claim_records(process(text)) if "bridge" in record.text]
    finally:
        extractor.tagger = saved
    assert without == [None]
    assert [(source.text, source.cue.text) for source in with_tagger] == [("Adams", "hinted")]


def test_a_sentence_without_a_known_cue_word_is_not_tagged(nlp, process):
    doc = process("The bridge reopened in May after repairs.")
    assert not _tiny_tagger().is_candidate(next(iter(doc.sents)), CueTable({}, frozenset(), ()))


def test_training_is_deterministic(blank_nlp, tmp_path):
    pytest.importorskip("pycrfsuite")
    from claimspan.training.attribution import fit

    texts = ["Ann hinted that rents rose", "Bob hinted wages fell", "Rents rose in May", "Cat hinted that dogs bark"]
    tags = [["B-SRC", "B-CUE", "O", "CON", "CON"], ["B-SRC", "B-CUE", "CON", "CON"], ["O", "O", "O", "O"], ["B-SRC", "B-CUE", "O", "CON", "CON"]]
    pairs = []
    for text, gold in zip(texts, tags):
        doc = _doc(blank_nlp, text)
        for token in doc:
            token.is_sent_start = token.i == 0
            token.lemma_ = "hint" if token.text == "hinted" else token.text.lower()
        pairs.append((doc, gold))
    cues = CueTable({}, frozenset(), ())
    first, second = fit(pairs, cues, tmp_path), fit(pairs, cues, tmp_path)
    assert first == second
    assert first["cue_words"] == ["hint"]
    assert first["features"]["l=hint"][LABELS.index("B-CUE")] > 0


@pytest.mark.parametrize(
    "text, fits",
    [
        ("Senator Adams hinted that taxes would fall.", True),
        # an intention is no attribution in claimspan (R49)
        ("Senator Adams wants to cut taxes.", False),
        # a source that names no one
        ("The markets hinted that taxes would fall.", False),
    ],
)
def test_the_tagger_pair_must_fit_claimspan_guidelines(process, text, fits):
    doc = process(text)
    source, cue = doc[0:2], doc[2:3]
    assert fits_guidelines(source, cue) is fits


def test_marginals_sum_the_paths_through_each_tag():
    # two words, two labels, no transition weights: the words are independent, so each marginal is a
    # softmax of its own scores: e / (e + 1) for a score 1 against 0
    import math

    marginals = label_marginals([[1.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]])
    assert [marginals[0, 0], marginals[1, 1]] == pytest.approx([math.e / (math.e + 1), 0.5])


def test_the_shipped_tagger_knows_a_cue_the_cue_table_does_not(nlp, process):
    text = "Senator Adams hinted that the bridge would reopen in May."
    extractor = nlp.get_pipe("claimspan_claims")
    assert extractor.tagger is not None and "hint" not in extractor.cues.types
    sources = [(record.source.text, record.source.cue.text) for record in claim_records(process(text)) if record.source is not None]
    assert sources == [("Senator Adams", "hinted")]


def test_inference_finds_the_rows_of_the_training_features(nlp, process):
    # inference looks the feature values up a kind at a time instead of building token_features' strings:
    # the rows must be those strings' rows, in the same order, so the summed scores stay the same floats
    from claimspan.components.claims.tagger_features import token_features

    extractor = nlp.get_pipe("claimspan_claims")
    tagger = extractor.tagger
    # each feature's row is its place in the shipped weights file, read here with plain json
    shipped = json.loads((Path(__file__).parents[1] / "pipeline" / "attribution" / "model.json").read_text(encoding="utf-8"))
    rows = {feature: row for row, feature in enumerate(shipped["features"])}
    doc = process('“Rents will rise,” Senator Adams of the  Finance Committee hinted on Monday, and the mayor said so too.')
    for sent in doc.sents:
        expected, starts = [], []
        for features in token_features(sent, extractor.cues, tagger.cue_words):
            starts.append(len(expected))
            expected.append(len(tagger.weights) - 1)
            expected.extend(rows[feature] for feature in features if feature in rows)
        assert len(expected) > 3 * len(sent)
        known, found_starts = tagger._feature_rows(sent, extractor.cues)
        assert (known.tolist(), found_starts.tolist()) == (expected, starts)


def test_token_features_read_quotes_heads_and_neighbours(nlp):
    # the features read a sentence a kind at a time: each word must still get its own head, its
    # grandparent's cue type, the quotation it is in and its neighbours, with "edge" past the sentence
    from claimspan.components.claims.tagger_features import token_features

    extractor = nlp.get_pipe("claimspan_claims")
    doc = nlp("“Rents will rise,” Adams said.")
    features = token_features(doc[:], extractor.cues, extractor.tagger.cue_words)
    rents, closing, full_stop = features[1], features[5], features[8]
    assert rents[0] == "b" and {"w=rents", "l=rent", "hl=rise", "gc=speech", "q=True", "pos=0"} <= set(rents)
    assert rents[-6:] == ["p-2=edge", "p-1=PUNCT", 'l-1="', "p1=AUX", "l1=will", "p2=VERB"]
    assert "q=False" in closing
    assert full_stop[-4:] == ["p-1=VERB", "l-1=say", "p1=edge", "p2=edge"] and not any(feature.startswith("l1=") for feature in full_stop)
