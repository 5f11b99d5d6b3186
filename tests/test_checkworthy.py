"""claimspan_checkworthy: scores on every claim, retyping of confidently non-factual sentences, the
model file, the data readers, and training that gives the same file twice."""

import json
import math

import numpy
import pytest
from spacy.tokens import Doc, Span

from claimspan.components.checkworthy import CheckworthyScorer, non_factual_type
from claimspan.components.checkworthy.model import CheckworthyModel, VectorScaler
from claimspan.convert import claim_records
from claimspan.errors import ClaimspanError
from claimspan.extensions import register_extensions
from claimspan.training.checkworthy import TrainingSettings, train, write_model
from claimspan.training.checkworthy_data import read_claimbuster, read_clef


def test_checkworthy_scores_every_claim_and_ranks_figures_above_opinion(process):
    doc = process("Unemployment fell to 4.1 percent in March, the lowest rate since 2001. I think we can do a lot better than that.", published="2024-04-05")
    records = list(claim_records(doc))
    assert len(records) >= 2
    assert all(record.checkworthy is not None and 0.0 <= record.checkworthy <= 1.0 for record in records)
    figure = next(record for record in records if "4.1 percent" in record.text)
    opinion = next(record for record in records if "better" in record.text)
    assert figure.checkworthy > opinion.checkworthy + 0.2


def test_checkworthy_claims_of_one_sentence_share_the_score(process):
    doc = process("Kabul denied the report, while Islamabad said the talks would resume on Monday.", published="2025-01-06")
    records = list(claim_records(doc))
    assert len(records) == 2
    assert records[0].checkworthy == records[1].checkworthy


def _claim_doc(blank_nlp, claim_type, flags):
    register_extensions()
    doc = Doc(blank_nlp.vocab, words=["We", "win", "big", "."])
    claim = Span(doc, 0, 4, label=claim_type)
    claim._.claim_record = {"sentence": {"start": 0, "end": len(doc.text)}, "type": claim_type, "flags": flags}
    doc.spans["claims"] = [claim]
    return doc


@pytest.mark.parametrize(
    "factual_bias, claim_type, flags, expected_type, expected_flags",
    [
        (-5.0, "event", [], "assessment", ["event"]),
        (-5.0, "statistic", ["prediction", "event"], "prediction", ["statistic", "event"]),
        (-5.0, "statistic", ["recommendation"], "recommendation", ["statistic"]),
        (-5.0, "attributed", ["event"], "attributed", ["event"]),
        (5.0, "event", [], "event", []),
    ],
    ids=["opinion-event", "promise-statistic", "exhortation", "attributed-kept", "factual-kept"],
)
def test_checkworthy_retypes_confidently_non_factual_sentences(blank_nlp, factual_bias, claim_type, flags, expected_type, expected_flags):
    doc = _claim_doc(blank_nlp, claim_type, flags)
    scorer = CheckworthyScorer(non_factual_below=0.15)
    scorer.model = CheckworthyModel({"bias": (factual_bias, 2.0, 0.0, factual_bias)})
    scorer(doc)
    claim = doc.spans["claims"][0]
    assert (claim.label_, claim._.claim_record["type"], claim._.claim_record["flags"]) == (expected_type, expected_type, expected_flags)
    # sigmoid(2) = 0.8808 and sigmoid(0) = 0.5: the score is their mean
    assert claim._.claim_checkworthy == pytest.approx(0.6904, abs=1e-4)


def test_checkworthy_without_model_leaves_claims_alone(blank_nlp):
    doc = _claim_doc(blank_nlp, "event", [])
    CheckworthyScorer()(doc)
    assert doc.spans["claims"][0]._.claim_checkworthy is None


def test_checkworthy_non_factual_type_keeps_precedence_order():
    assert non_factual_type("event", ["assessment"]) == ("assessment", ["event"])


def test_checkworthy_model_round_trips_and_refuses_other_files(tmp_path):
    model = CheckworthyModel.from_heads({"factual": {"w:tax": 1.5}, "claimbuster": {"w:tax": 0.5, "bias": -1.0}, "fact_checked": {}})
    path = tmp_path / "model.json"
    write_model(model, path)
    assert CheckworthyModel.from_disk(path).weights == {"bias": (0.0, -1.0, 0.0, 0.0), "w:tax": (1.5, 0.5, 0.0, 0.0)}
    path.write_text(json.dumps({"format": "other"}))
    with pytest.raises(ClaimspanError, match=r"\[E222\]"):
        CheckworthyModel.from_disk(path)


CLAIMBUSTER_LINES = [
    (1, "Unemployment fell to 4 percent last year."),
    (1, "We spent 300 billion dollars on the program in 2010."),
    (0, "I was in Ohio yesterday."),
    (-1, "I think that is a terrible idea."),
    (-1, "Thank you very much, everybody."),
    (-1, "We will make this country great."),
    (1, "The deficit doubled to 1.2 trillion dollars."),
    (-1, "What would you do about it?"),
]
CLEF_ROWS = [
    ("a.tsv", "ANNA", "Taxes went up 20 percent under his plan.", 1),
    ("a.tsv", "HOST", "Welcome to the debate.", 0),
    ("a.tsv", "BEN", "I love this country.", 0),
    ("b.tsv", "BEN", "Crime rose 15 percent in 2015.", 1),
    ("b.tsv", "HOST", "Please answer the question.", 0),
    ("b.tsv", "ANNA", "We need to come together.", 0),
]


@pytest.fixture
def tiny_data(tmp_path):
    with (tmp_path / "claimbuster_dev.jsonl").open("w", encoding="utf-8") as out:
        for number, (label, text) in enumerate(CLAIMBUSTER_LINES, start=1):
            out.write(json.dumps({"sentence_id": str(number), "label": label, "text": text}) + "\n")
    rows = ["line_number,speaker,text,label,file_name"] + [f'{number},{speaker},"{text}",{label},{debate}' for number, (debate, speaker, text, label) in enumerate(CLEF_ROWS, start=1)]
    (tmp_path / "clef2019_checkthat_task1_train.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_checkworthy_readers_read_the_tiny_data(tiny_data):
    sentences = list(read_claimbuster(tiny_data))
    assert [sentence.label for sentence in sentences[:4]] == ["CFS", "CFS", "UFS", "NFS"]
    lines = list(read_clef(tiny_data))
    assert (lines[0].debate, lines[0].speaker, lines[0].checkworthy) == ("a.tsv", "ANNA", True)
    assert sum(line.checkworthy for line in lines) == 2


def test_checkworthy_readers_name_the_missing_file_and_bad_line(tmp_path, tiny_data):
    with pytest.raises(ClaimspanError, match=r"\[E220\].*claimbuster_dev.jsonl"):
        list(read_claimbuster(tmp_path / "nowhere"))
    (tiny_data / "claimbuster_dev.jsonl").write_text('{"sentence_id": "1", "label": 7, "text": "x"}\n')
    with pytest.raises(ClaimspanError, match=r"\[E221\].*claimbuster_dev.jsonl:1"):
        list(read_claimbuster(tiny_data))


def test_checkworthy_training_gives_the_same_file_twice(nlp, repo_dir, tiny_data, tmp_path):
    settings = TrainingSettings.from_config(repo_dir / "pipeline" / "checkworthy.cfg")
    settings = TrainingSettings(l2=settings.l2, steps=settings.steps, min_count=1, decimals=settings.decimals, vector_scale=settings.vector_scale)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    write_model(train(nlp, tiny_data, settings), first)
    write_model(train(nlp, tiny_data, settings), second)
    assert first.read_bytes() == second.read_bytes()
    weights = CheckworthyModel.from_disk(first).weights
    # "percent" is only in check-worthy sentences of both sets; "think" only in a non-factual one
    assert weights["w:percent"][1] > 0 and weights["w:percent"][2] > 0
    assert weights["w:think"][0] < 0
    # only the naive Bayes factual head reads the character n-grams
    assert weights["w:think"][3] < 0 and weights["c:thi"][3] < 0 and weights["c:thi"][0] == 0.0


def test_checkworthy_model_vector_part_is_standardised_and_round_trips(tmp_path):
    scaler = VectorScaler(mean=(1.0, 0.0), factor=(0.5, 2.0))
    model = CheckworthyModel.from_heads({"factual": {"bias": 0.0, "v:0": 2.0}, "claimbuster": {"v:1": -1.0}, "fact_checked": {}}, scaler)
    # factual logit = 2 * (3 - 1) * 0.5 = 2 (factual_nb: 0); claimbuster logit = -1 * (0.5 - 0) * 2 = -1
    scores = model.score(["bias"], numpy.array([3.0, 0.5]))
    assert scores.factual == pytest.approx((1 / (1 + math.exp(-2.0)) + 0.5) / 2)
    assert scores.checkworthy == pytest.approx((1 / (1 + math.exp(1.0)) + 0.5) / 2)
    # without a vector the vector part adds nothing
    assert model.score(["bias"]).factual == 0.5
    path = tmp_path / "model.json"
    write_model(model, path)
    loaded = CheckworthyModel.from_disk(path)
    assert loaded.scaler == scaler
    assert loaded.score(["bias"], numpy.array([3.0, 0.5])) == scores


def test_checkworthy_model_counts_a_repeated_feature_once_as_training_does():
    model = CheckworthyModel({"w:the": (0.0, 0.0, 0.0, 1.0)})
    assert model.score(["w:the", "w:the"]).factual == model.score(["w:the"]).factual == pytest.approx((0.5 + 1 / (1 + math.exp(-1.0))) / 2)


def test_checkworthy_model_adds_character_ngrams_once_per_word():
    # "<ta" is in "tax" and "taxes"; "c:tax" too; each word adds the weights of its own n-grams
    model = CheckworthyModel({"c:<ta": (0.0, 0.0, 0.0, 0.5), "c:tax": (0.0, 0.0, 0.0, 0.25), "c:xes>": (0.0, 0.0, 0.0, -2.0)})
    logit = 0.5 + 0.25 + 0.5 + 0.25 - 2.0
    assert model.score([], words=["tax", "taxes"]).factual == pytest.approx((0.5 + 1 / (1 + math.exp(-logit))) / 2)
    # a second sentence with the same word reads the cached sum
    assert model.score([], words=["tax"]).factual == pytest.approx((0.5 + 1 / (1 + math.exp(-0.75))) / 2)


def test_checkworthy_model_skips_the_factual_heads_when_not_asked():
    model = CheckworthyModel({"w:tax": (1.0, 2.0, -1.0, 3.0), "c:<ta": (0.0, 0.0, 0.0, 1.0)})
    full = model.score(["w:tax"], words=["tax"])
    assert full.factual == pytest.approx((1 / (1 + math.exp(-1.0)) + 1 / (1 + math.exp(-4.0))) / 2)
    # the checkworthy heads do not read the character n-grams, so skipping the factual ones changes nothing there
    skipped = model.score(["w:tax"], words=None)
    assert skipped.factual is None and skipped.checkworthy == full.checkworthy
