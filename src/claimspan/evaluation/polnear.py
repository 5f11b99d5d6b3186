"""Attribution on PolNeAR (political news attribution relations): claimspan and textacy on the same articles.

A gold attribution (source, cue, content; brat standoff, discontinuous parts allowed) is found when a
predicted attribution's content overlaps its content and the predicted source overlaps its source.
claimspan's attributions are its claims with a source (content = the claim, cue = the source's cue);
textacy's are `direct_quotations` (speaker, cue, quotation) on the bare model's parse. The texts
belong to their publishers: the path is an argument and nothing of them is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..records import InputDocument, SourceMeta
from ..runner import extract
from ..scoring import overlaps_any
from .polnear_data import GoldAttribution, Parts, PolnearArticle, read_polnear

# Classes of gold cues, by the lemmas of the cue's words, fixed here so that the measure does not move
# when the pipeline's cue table grows. "speech": verbs of saying or reporting, "according to" and a
# colon or dash after a speaker (the "verb of saying or reporting"); "speech act": other acts whose
# content is a proposition (accuse, praise, promise); the others follow pipeline/cues.jsonl's kinds.
CUE_CLASSES = {
    "speech": frozenset(
        "say tell add write report state note explain announce tweet post reply respond answer comment remark declare claim "
        "insist argue ask according accord : ― — -- - recall continue mention testify reiterate repeat confirm deny admit acknowledge concede "
        "warn quote email speak talk assert allege stress emphasize emphasise".split()
    ),
    "speech act": frozenset(
        "describe call joke shout yell chant complain lament vow pledge promise predict accuse criticize criticise blast slam "
        "praise attack thank dismiss question cite refer defend endorse support oppose reject condemn denounce blame mock "
        "applaud tout decry challenge welcome propose".split()
    ),
    "belief": frozenset("think believe know hope fear expect feel worry doubt wonder consider see view assume guess sense want".split()),
    "evidential": frozenset("show find indicate reveal poll survey data study analysis suggest learn document".split()),
    "directive": frozenset("urge demand order direct instruct request push press recommend advise resolve decide".split()),
}
CLASS_ORDER = ("speech", "speech act", "directive", "evidential", "belief")


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution: character ranges of its source, cue and content."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]


def claimspan_predictions(nlp: Language, articles: list[PolnearArticle]) -> dict[str, list[Predicted]]:
    documents = [InputDocument(id=article.doc_id, text=article.text, meta=SourceMeta(published=article.published)) for article in articles]
    predictions: dict[str, list[Predicted]] = {}
    for extraction in extract(nlp, documents):
        found = predictions.setdefault(extraction.document.doc_id, [])
        for claim in extraction.claims:
            if claim.source is not None:
                found.append(Predicted(source=(claim.source.start, claim.source.end), cue=(claim.source.cue.start, claim.source.cue.end), content=(claim.start, claim.end)))
    return predictions


def textacy_predictions(bare: Language, articles: list[PolnearArticle]) -> tuple[dict[str, list[Predicted]], int]:
    """textacy's direct quotations per article, and how many articles it gave up on (it raises on an
    odd number of quotation marks)."""
    from textacy.extract.triples import direct_quotations

    predictions: dict[str, list[Predicted]] = {}
    given_up = 0
    for article, doc in zip(articles, bare.pipe(article.text for article in articles)):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            triples = []
            given_up += 1
        predictions[article.doc_id] = [
            Predicted(source=(triple.speaker[0].idx, triple.speaker[-1].idx + len(triple.speaker[-1])), cue=(triple.cue[0].idx, triple.cue[-1].idx + len(triple.cue[-1])), content=(triple.content.start_char, triple.content.end_char))
            for triple in triples
        ]
    return predictions, given_up


def cue_class(lemmas: Iterable[str]) -> str:
    """The class of a gold cue from the lemmas of its words: the first class in CLASS_ORDER that has one."""
    words = {lemma.lower() for lemma in lemmas}
    return next((name for name in CLASS_ORDER if words & CUE_CLASSES[name]), "other")


def gold_cue_classes(bare: Language, articles: list[PolnearArticle], docs: Optional[list[Doc]] = None) -> dict[tuple[str, int], str]:
    """(doc id, attribution index) -> class of its cue, read off the bare model's lemmas (of `docs`, the bare
    model's parse of the articles, when given)."""
    classes = {}
    for article, doc in zip(articles, docs if docs is not None else bare.pipe(article.text for article in articles)):
        for index, attribution in enumerate(article.attributions):
            lemmas = [token.lemma_ if token.is_alpha else token.text for start, end in attribution.cue for token in doc if token.idx < end and token.idx + len(token) > start]
            classes[(article.doc_id, index)] = cue_class(lemmas)
    return classes


def attribution_found(gold: GoldAttribution, item: Predicted) -> bool:
    """A predicted attribution finds a gold one when its content and its source each overlap the gold's."""
    return overlaps_any(item.content, gold.content) and overlaps_any(item.source, gold.source)


def _prf(correct_predicted: int, predicted: int, found_gold: int, gold: int) -> dict:
    precision = correct_predicted / predicted if predicted else 0.0
    recall = found_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "predicted": predicted, "gold": gold}


def score_attributions(articles: list[PolnearArticle], predictions: dict[str, list[Predicted]], classes: dict[tuple[str, int], str]) -> dict:
    """Source recall (all and by cue class); source precision (emitted sources that are a gold source) and
    attribution precision (emitted sources whose claim also overlaps that gold's content); span P/R/F1 of
    sources, cues and contents."""
    found: dict[str, list[int]] = {}
    correct = attributed = emitted = 0
    roles: dict[str, tuple[list, list]] = {"source": ([], []), "cue": ([], []), "content": ([], [])}
    text_of: dict = {}
    for article in articles:
        predicted = predictions.get(article.doc_id, [])
        sourced = [(index, gold) for index, gold in enumerate(article.attributions) if gold.source and gold.content]
        for index, gold in sourced:
            hit = any(attribution_found(gold, item) for item in predicted)
            tally = found.setdefault(classes.get((article.doc_id, index), "other"), [0, 0])
            tally[0] += hit
            tally[1] += 1
        for item in predicted:
            emitted += 1
            correct += any(overlaps_any(item.source, gold.source) for _, gold in sourced)
            attributed += any(attribution_found(gold, item) for _, gold in sourced)
        for role in roles:
            gold_parts = [tuple((article.doc_id, start, end) for start, end in getattr(gold, role)) for gold in article.attributions if getattr(gold, role)]
            spans = [(article.doc_id, *getattr(item, role)) for item in predicted]
            roles[role][0].extend(gold_parts)
            roles[role][1].extend(spans)
            for key in [*spans, *(_hull_keyed(parts) for parts in gold_parts)]:
                text_of[key] = _trimmed(article.text, key[1], key[2])
    found_all = sum(tally[0] for tally in found.values())
    gold_all = sum(tally[1] for tally in found.values())
    return {
        "source_recall": round(found_all / gold_all, 4) if gold_all else 0.0,
        "sourced_gold": gold_all,
        "source_recall_by_class": {name: {"recall": round(hit / total, 4), "gold": total} for name, (hit, total) in sorted(found.items())},
        "source_precision": round(correct / emitted, 4) if emitted else 0.0,
        "attribution_precision": round(attributed / emitted, 4) if emitted else 0.0,
        "emitted": emitted,
        "spans": {role: _keyed_span_scores(gold, predicted, text_of) for role, (gold, predicted) in roles.items()},
    }


def _hull_keyed(parts: tuple) -> tuple:
    return parts[0][0], min(part[1] for part in parts), max(part[2] for part in parts)


def _keyed_span_scores(gold: list[tuple], predicted: list[tuple], text_of: dict) -> dict:
    """_span_scores over (doc id, start, end) keys: overlap needs the same document."""
    unique = sorted(set(predicted))
    by_doc: dict[str, list[tuple]] = {}
    for parts in gold:
        by_doc.setdefault(parts[0][0], []).append(parts)

    def overlaps(parts: tuple, key: tuple) -> bool:
        return any(part[0] == key[0] and part[1] < key[2] and key[1] < part[2] for part in parts)

    predicted_by_doc: dict[str, list[tuple]] = {}
    for key in unique:
        predicted_by_doc.setdefault(key[0], []).append(key)
    overlap = _prf(
        sum(1 for key in unique if any(overlaps(parts, key) for parts in by_doc.get(key[0], ()))),
        len(unique),
        sum(1 for parts in gold if any(overlaps(parts, key) for key in predicted_by_doc.get(parts[0][0], ()))),
        len(gold),
    )
    predicted_texts = {(key[0], text_of[key]) for key in unique}
    gold_texts = [(parts[0][0], text_of[_hull_keyed(parts)]) for parts in gold]
    gold_set = set(gold_texts)
    exact = _prf(sum(1 for key in predicted_texts if key in gold_set), len(predicted_texts), sum(1 for key in gold_texts if key in predicted_texts), len(gold))
    return {"overlap": overlap, "exact": exact}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds without edge spaces and punctuation, so "said:" and "said" or a content with or without
    its final period match exactly."""
    while start < end and (text[start].isspace() or text[start] in ",.;:!?"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:!?"):
        end -= 1
    return start, end


def score_polnear(nlp: Language, bare: Language, folder: Path, *, with_textacy: bool = True, articles: Optional[list[PolnearArticle]] = None) -> dict:
    """claimspan's and textacy's attributions scored against one PolNeAR split (read from `folder`
    unless its articles are given)."""
    articles = read_polnear(folder) if articles is None else articles
    classes = gold_cue_classes(bare, articles)
    results = {"split": folder.name, "documents": len(articles), "claimspan": score_attributions(articles, claimspan_predictions(nlp, articles), classes)}
    if with_textacy:
        try:
            predictions, given_up = textacy_predictions(bare, articles)
        except ImportError:
            results["textacy"] = None
        else:
            results["textacy"] = {**score_attributions(articles, predictions, classes), "given_up": given_up}
    return results


def polnear_markdown(results: dict) -> list[str]:
    """The PolNeAR section of reports/evaluation.md."""
    ours, theirs = results["claimspan"], results.get("textacy")
    systems = [("claimspan", ours)] + ([("textacy `direct_quotations` (same articles)", theirs)] if theirs else [])
    lines = ["", f"## Attribution on PolNeAR {results['split']} ({results['documents']} US political news articles)", ""]
    lines += [
        "A gold attribution is found when a predicted one's content overlaps its content and the predicted source overlaps its source "
        "(claimspan: claims with a source; textacy: `direct_quotations` on the bare model's parse). Source precision: the share of "
        "emitted sources that overlap a gold source; attribution precision: the share whose claim also overlaps that attribution's content. Cue classes come from the gold cue's lemmas "
        "(`CUE_CLASSES` in claimspan/evaluation/polnear.py). Rules were tuned on the train split only.",
        "",
    ]
    class_names = [name for name in (*CLASS_ORDER, "other") if name in ours["source_recall_by_class"]]
    header = "| system | source recall (all) | " + " | ".join(f"{name} ({ours['source_recall_by_class'][name]['gold']})" for name in class_names) + " | source precision | attribution precision | sources emitted |"
    lines += [header, "|" + "---|" * (5 + len(class_names))]
    for label, summary in systems:
        by_class = summary["source_recall_by_class"]
        lines.append(f"| {label} | {summary['source_recall']:.3f} of {summary['sourced_gold']} | " + " | ".join(f"{by_class[name]['recall']:.3f}" for name in class_names) + f" | {summary['source_precision']:.3f} | {summary['attribution_precision']:.3f} | {summary['emitted']} |")
    lines += ["", "| system | role | overlap P | overlap R | overlap F1 | exact P | exact R | exact F1 |", "|---|---|---|---|---|---|---|---|"]
    for label, summary in systems:
        for role in ("source", "cue", "content"):
            overlap, exact = summary["spans"][role]["overlap"], summary["spans"][role]["exact"]
            lines.append(f"| {label} | {role} | {overlap['precision']:.3f} | {overlap['recall']:.3f} | {overlap['f1']:.3f} | {exact['precision']:.3f} | {exact['recall']:.3f} | {exact['f1']:.3f} |")
    if theirs:
        lines += ["", f"textacy gave up on {theirs['given_up']} of the {results['documents']} articles (it raises on an odd number of quotation marks)."]
    elif "textacy" in results:
        lines += ["", "textacy is not installed (pip install 'claimspan[polnear]'): no comparison."]
    targets = (("source recall (all)", ours["source_recall"], 0.80), ("source recall (speech cues)", ours["source_recall_by_class"].get("speech", {}).get("recall", 0.0), 0.92), ("source precision", ours["source_precision"], 0.90), ("cue F1 (overlap)", ours["spans"]["cue"]["overlap"]["f1"], 0.85))
    lines += ["", "Targets: " + "; ".join(f"{name} >= {threshold}: {value:.3f} ({'met' if value >= threshold else 'not met'})" for name, value, threshold in targets) + "."]
    return lines
