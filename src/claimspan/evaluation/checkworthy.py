"""Check-worthiness on public data: ClaimBuster 5-fold cross-validation and CLEF-2019 leave-one-debate-out
MAP, each beside a TF-IDF + logistic regression baseline on the same folds; and the score by claim type
on the gold corpus.

The model's heads are refitted on each training fold with the settings of pipeline/checkworthy.cfg,
exactly as `claimspan train checkworthy` fits them on everything.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Optional, Sequence

import numpy
from spacy.language import Language

from ..errors import ClaimspanError, Errors
from ..io import read_documents
from ..records import Claim
from ..records_io import read_records
from ..runner import extract
from ..components.checkworthy.features import CHARACTER_PREFIX
from ..components.checkworthy.model import VECTOR_PREFIX, VectorScaler
from ..training.checkworthy import TrainingSettings, fit_head, stack_vectors
from ..training.checkworthy_data import read_claimbuster, read_clef
from ..training.featurize import featurize

FOLDS = 5
SEED = 0
# TF-IDF of word unigrams and bigrams with a class-balanced logistic regression: the strongest of the
# plain settings tried on the ClaimBuster folds (C in 1, 3, 10; balanced or not).
BASELINE_C = 10.0
FACTUAL_TYPES = ("event", "statistic", "attributed")
OPINION_TYPES = ("assessment", "recommendation")


def evaluate_checkworthy(nlp: Language, data: Path, settings: TrainingSettings, *, gold: Path, texts: Path, non_factual_below: float) -> dict:
    """non_factual_below: the stage's threshold on the factual head (GUIDELINES R61), whose precision is reported."""
    started = time.perf_counter()
    sentences = list(read_claimbuster(data))
    lines = list(read_clef(data))
    sentence_rows, sentence_vectors = zip(*featurize(nlp, [sentence.text for sentence in sentences]))
    line_rows, line_vectors = zip(*featurize(nlp, [line.text for line in lines]))
    sentence_vectors, line_vectors = stack_vectors(sentence_vectors), stack_vectors(line_vectors)
    result = {
        "claimbuster": claimbuster_cross_validation(
            [sentence.text for sentence in sentences], sentence_rows, [sentence.label for sentence in sentences], settings, non_factual_below=non_factual_below, vectors=sentence_vectors
        ),
        "clef": clef_leave_one_out(lines, line_rows, sentences, sentence_rows, settings, line_vectors=line_vectors, sentence_vectors=sentence_vectors),
        "gold_by_type": gold_scores_by_type(nlp, gold, texts),
    }
    result["seconds"] = time.perf_counter() - started
    return result


def fold_of(count: int, *, folds: int = FOLDS, seed: int = SEED) -> numpy.ndarray:
    """Fold number of each item: a seeded permutation dealt round-robin, so folds differ in size by one at most."""
    assignment = numpy.zeros(count, dtype=int)
    assignment[numpy.random.RandomState(seed).permutation(count)] = numpy.arange(count) % folds
    return assignment


def claimbuster_cross_validation(
    texts: Sequence[str], rows: Sequence[list[str]], labels: Sequence[str], settings: TrainingSettings, *, non_factual_below: float, vectors: Optional[numpy.ndarray] = None
) -> dict:
    """vectors: the pooled token vectors, one row per sentence; standardised on each training fold."""
    folds = fold_of(len(rows))
    vectors = numpy.zeros((len(rows), 0)) if vectors is None else vectors
    tasks = {"factual": [label != "NFS" for label in labels], "cfs": [label == "CFS" for label in labels]}
    result = {"sentences": len(rows), "folds": FOLDS}
    for task, target in tasks.items():
        ours = numpy.zeros(len(rows))
        baseline = numpy.zeros(len(rows))
        for fold in range(FOLDS):
            train = numpy.flatnonzero(folds != fold)
            test = numpy.flatnonzero(folds == fold)
            scaler = VectorScaler.fit(vectors[train], scale=settings.vector_scale)
            train_rows, train_target, standard = [rows[index] for index in train], [target[index] for index in train], scaler.transform(vectors[train])
            test_rows, test_standard = [rows[index] for index in test], scaler.transform(vectors[test])
            ours[test] = _probabilities(fit_head(train_rows, train_target, settings, standard), test_rows, test_standard)
            if task == "factual":
                # the stage's factual probability: the mean of the plain and the naive Bayes factual heads
                naive_bayes = fit_head(train_rows, train_target, settings, standard, naive_bayes=True)
                ours[test] = (ours[test] + _probabilities(naive_bayes, test_rows, test_standard)) / 2
            baseline[test] = tfidf_baseline([texts[index] for index in train], [target[index] for index in train], [texts[index] for index in test])
        result[task] = {"claimspan": prf(target, ours >= 0.5), "baseline": prf(target, baseline >= 0.5)}
        if task == "factual":
            # how often the stage's retyping (R61) would be right: NFS among sentences scored below the threshold
            below = ours < non_factual_below
            non_factual = [not value for value in target]
            result["non_factual"] = {
                "threshold": non_factual_below,
                "sentences": int(below.sum()),
                "nfs_share": float(numpy.mean([non_factual[index] for index in numpy.flatnonzero(below)])) if below.any() else None,
                "nfs_recall": float(below[non_factual].mean()),
            }
            result["types_as_factual"] = types_as_factual(rows, target, ours, non_factual_below=non_factual_below)
    return result


def types_as_factual(rows: Sequence[list[str]], target: Sequence[bool], factual: numpy.ndarray, *, non_factual_below: float) -> dict:
    """The rules' types read as a factual-statement detector (a sentence with an event, statistic or attributed
    claim counts as factual), before and after the retyping of R61 with the cross-validated factual head."""
    before, after = [], []
    for row, probability in zip(rows, factual):
        types = {feature[len("type:") :] for feature in row if feature.startswith("type:")}
        before.append(bool(types & {"event", "statistic", "attributed"}))
        after.append("attributed" in types or (bool(types & {"event", "statistic"}) and probability >= non_factual_below))
    return {"rules": prf(target, before), "rules_and_model": prf(target, after)}


def clef_leave_one_out(lines, line_rows, sentences, sentence_rows, settings: TrainingSettings, *, line_vectors=None, sentence_vectors=None) -> dict:
    """Per held-out debate: the CLEF head on the other debates, the ClaimBuster head on every ClaimBuster
    sentence not also in the held-out debate, and their mean (the shipped score, GUIDELINES R60). The
    vectors are standardised on the ClaimBuster sentences, as in training."""
    debates = sorted({line.debate for line in lines})
    sentence_vectors = numpy.zeros((len(sentence_rows), 0)) if sentence_vectors is None else sentence_vectors
    line_vectors = numpy.zeros((len(line_rows), 0)) if line_vectors is None else line_vectors
    scaler = VectorScaler.fit(sentence_vectors, scale=settings.vector_scale)
    sentence_vectors, line_vectors = scaler.transform(sentence_vectors), scaler.transform(line_vectors)
    full_claimbuster = fit_head(sentence_rows, [sentence.label == "CFS" for sentence in sentences], settings, sentence_vectors)
    scores = {name: numpy.zeros(len(lines)) for name in ("claimspan", "claimbuster_head", "fact_checked_head", "baseline")}
    labels = numpy.array([line.checkworthy for line in lines])
    for debate in debates:
        held = numpy.flatnonzero([line.debate == debate for line in lines])
        other = numpy.flatnonzero([line.debate != debate for line in lines])
        held_texts = {lines[index].text.strip() for index in held}
        overlap = [index for index, sentence in enumerate(sentences) if sentence.text.strip() in held_texts]
        claimbuster = full_claimbuster
        if overlap:
            dropped = set(overlap)
            keep = [index for index in range(len(sentences)) if index not in dropped]
            claimbuster = fit_head([sentence_rows[index] for index in keep], [sentences[index].label == "CFS" for index in keep], settings, sentence_vectors[keep])
        fact_checked = fit_head([line_rows[index] for index in other], [bool(labels[index]) for index in other], settings, line_vectors[other])
        held_rows = [line_rows[index] for index in held]
        first = _probabilities(claimbuster, held_rows, line_vectors[held])
        second = _probabilities(fact_checked, held_rows, line_vectors[held])
        scores["claimbuster_head"][held] = first
        scores["fact_checked_head"][held] = second
        scores["claimspan"][held] = (first + second) / 2
        scores["baseline"][held] = tfidf_baseline([lines[index].text for index in other], [bool(labels[index]) for index in other], [lines[index].text for index in held])
    debate_of = numpy.array([line.debate for line in lines])
    result = {"debates": len(debates), "lines": len(lines), "checkworthy_lines": int(labels.sum())}
    for name, values in scores.items():
        result[name] = float(numpy.mean([average_precision(labels[debate_of == debate], values[debate_of == debate]) for debate in debates]))
    return result


def tfidf_baseline(train_texts: Sequence[str], train_labels: Sequence[bool], test_texts: Sequence[str]) -> numpy.ndarray:
    """P(positive) from TF-IDF word 1-2-grams and a class-balanced logistic regression (scikit-learn)."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:
        raise ClaimspanError(Errors.E223.format(detail=error)) from error

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    features = vectorizer.fit_transform(train_texts)
    classifier = LogisticRegression(C=BASELINE_C, class_weight="balanced", max_iter=2000)
    classifier.fit(features, numpy.asarray(train_labels, dtype=int))
    return classifier.predict_proba(vectorizer.transform(test_texts))[:, 1]


def prf(target: Sequence[bool], predicted: Sequence[bool]) -> dict:
    true_positive = sum(1 for gold, guess in zip(target, predicted) if gold and guess)
    predicted_count = sum(1 for guess in predicted if guess)
    gold_count = sum(1 for gold in target if gold)
    precision = true_positive / predicted_count if predicted_count else 0.0
    recall = true_positive / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def average_precision(labels: Sequence[bool], scores: Sequence[float]) -> float:
    """Average precision of one ranking (ties broken by line order), as the CLEF-2019 scorer computes it."""
    order = sorted(range(len(scores)), key=lambda index: (-scores[index], index))
    hits = 0
    total = 0.0
    for rank, index in enumerate(order, start=1):
        if labels[index]:
            hits += 1
            total += hits / rank
    positives = sum(1 for label in labels if label)
    return total / positives if positives else 0.0


def gold_scores_by_type(nlp: Language, gold: Path, texts: Path) -> dict:
    """Mean checkworthy score of the predicted claim overlapping each gold claim most, by gold type."""
    documents = list(read_documents([str(texts)]))
    predicted: dict[str, list[Claim]] = {}
    for extraction in extract(nlp, documents):
        predicted[extraction.document.doc_id] = list(extraction.claims)
    by_type: dict[str, list[float]] = defaultdict(list)
    for _, _, record in read_records(gold):
        if not isinstance(record, Claim):
            continue
        overlaps = [(min(record.end, claim.end) - max(record.start, claim.start), claim) for claim in predicted.get(record.doc_id, ())]
        best = max(overlaps, key=lambda pair: pair[0], default=(0, None))
        if best[0] > 0 and best[1].checkworthy is not None:
            by_type[record.type].append(best[1].checkworthy)
    means = {kind: {"claims": len(values), "mean": sum(values) / len(values)} for kind, values in sorted(by_type.items())}
    return {"types": means, "factual_mean": _pooled(by_type, FACTUAL_TYPES), "opinion_mean": _pooled(by_type, OPINION_TYPES)}


def _pooled(by_type: dict[str, list[float]], kinds: Sequence[str]) -> float | None:
    values = [value for kind in kinds for value in by_type.get(kind, ())]
    return sum(values) / len(values) if values else None


def _probabilities(weights: dict[str, float], rows: Sequence[Sequence[str]], vectors: numpy.ndarray) -> numpy.ndarray:
    """P(positive) of each row from one head's weights: its features' weights plus its standardised vector . the "v:" weights."""
    dense = numpy.array([weights.get(f"{VECTOR_PREFIX}{column}", 0.0) for column in range(vectors.shape[1])])
    logits = numpy.array([_row_logit(weights, row) for row in rows]) + vectors @ dense
    return 0.5 * (1.0 + numpy.tanh(0.5 * logits))


def _row_logit(weights: dict[str, float], row: Sequence[str]) -> float:
    """Each feature counts once, as in training; a character n-gram once per word that has it."""
    once = sum(weights.get(feature, 0.0) for feature in dict.fromkeys(row) if not feature.startswith(CHARACTER_PREFIX))
    return once + sum(weights.get(feature, 0.0) for feature in row if feature.startswith(CHARACTER_PREFIX))


def to_markdown_lines(result: dict) -> list[str]:
    claimbuster, clef, gold = result["claimbuster"], result["clef"], result["gold_by_type"]
    lines = ["", f"## Check-worthiness (ClaimBuster {claimbuster['folds']}-fold cross-validation, CLEF-2019 leave-one-debate-out)", ""]
    lines += [
        f"ClaimBuster: {claimbuster['sentences']} sentences, one seeded split into {claimbuster['folds']} folds; each head is refitted on four folds with pipeline/checkworthy.cfg and scored on the fifth "
        "(a sentence is positive at probability >= 0.5). The baseline is TF-IDF word 1-2-grams with a class-balanced logistic regression (scikit-learn, C = 10) on the same folds.",
        "",
        "| task | system | P | R | F1 | target |",
        "|---|---|---|---|---|---|",
    ]
    for task, label, target in (("factual", "factual (CFS+UFS) vs NFS", 0.80), ("cfs", "CFS vs the rest", 0.70)):
        for system in ("claimspan", "baseline"):
            scores = claimbuster[task][system]
            name = "claimspan" if system == "claimspan" else "TF-IDF + LR"
            met = "" if system != "claimspan" else f"F1 >= {target}: {'met' if scores['f1'] >= target else 'not met'}"
            lines.append(f"| {label} | {name} | {scores['precision']:.3f} | {scores['recall']:.3f} | {scores['f1']:.3f} | {met} |")
    lines += [
        "",
        f"CLEF-2019 CheckThat! task 1 training debates: {clef['debates']} debates, {clef['lines']} lines, {clef['checkworthy_lines']} fact-checked. Each debate is ranked by a model fitted without it; MAP over debates "
        "(the best 2019 system reached 0.166 on the lab's test debates). The claimspan score is the mean of its ClaimBuster head (fitted on all ClaimBuster sentences not also in the held-out debate) and its CLEF head (fitted on the other debates).",
        "",
        "| ranking | MAP |",
        "|---|---|",
        f"| claimspan checkworthy (target >= 0.20: {'met' if clef['claimspan'] >= 0.20 else 'not met'}) | {clef['claimspan']:.3f} |",
        f"| its ClaimBuster head alone | {clef['claimbuster_head']:.3f} |",
        f"| its CLEF head alone | {clef['fact_checked_head']:.3f} |",
        f"| TF-IDF + LR on the other debates | {clef['baseline']:.3f} |",
        "",
        "Gold corpus: mean checkworthy of the predicted claim that overlaps each gold claim most, by gold type.",
        "",
        "| gold type | claims | mean checkworthy |",
        "|---|---|---|",
    ]
    lines += [f"| {kind} | {value['claims']} | {value['mean']:.3f} |" for kind, value in gold["types"].items()]
    factual, opinion = gold["factual_mean"], gold["opinion_mean"]
    if factual is not None and opinion is not None:
        lines += ["", f"Event, statistic and attributed claims: {factual:.3f}; assessment and recommendation claims: {opinion:.3f} (target: higher for the first: {'met' if factual > opinion else 'not met'})."]
    typed = claimbuster["types_as_factual"]
    lines += [
        "",
        "The claim types as a factual-statement detector on the same sentences (a sentence with an event, statistic or attributed claim counts as factual), "
        f"P/R/F1: rules alone {typed['rules']['precision']:.3f}/{typed['rules']['recall']:.3f}/{typed['rules']['f1']:.3f}; "
        f"with the retyping of R61 (cross-validated factual head) {typed['rules_and_model']['precision']:.3f}/{typed['rules_and_model']['recall']:.3f}/{typed['rules_and_model']['f1']:.3f}.",
    ]
    non_factual = claimbuster["non_factual"]
    if non_factual["nfs_share"] is not None:
        lines += ["", f"Retyping (GUIDELINES R61): {non_factual['sentences']} ClaimBuster sentences score below the factual threshold {non_factual['threshold']} in cross-validation; {non_factual['nfs_share']:.3f} of them are NFS, and they are {non_factual['nfs_recall']:.3f} of all NFS sentences."]
    lines += ["", f"This section took {result['seconds'] / 60:.1f} minutes (one process)."]
    return lines
