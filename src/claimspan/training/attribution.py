"""Train the attribution tagger (claims/learned.py) on a PolNeAR split and write its weights as plain JSON.

Each sentence holding a cue word becomes one training sequence: its words with the features of
claims/learned.py and the role PolNeAR gives each word (source, cue, content or none). The CRF is
fitted by python-crfsuite's L-BFGS, which has no random state, so the same split gives the same file.
python-crfsuite is needed for training only (pip install 'claimspan[polnear]').
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..components.claims.cues import CueTable
from ..components.claims.learned import LABELS
from ..components.claims.tagger_features import token_features
from ..errors import ClaimspanError, Errors
from ..io import replace_atomically
from ..evaluation.polnear_data import PolnearArticle, read_polnear
from ..records import InputDocument, SourceMeta
from ..runner import make_doc

# A lemma that is a gold cue word this many times in the training split is a cue word of the model.
MIN_CUE_COUNT = 3
# L1 drops rare features (a smaller file), L2 keeps the rest smooth; settled on two halves of train.
L1, L2, ITERATIONS, MIN_FEATURE_COUNT = 0.1, 0.01, 150, 2
DECIMALS = 4
# How sure the tagger must be of every word of a (source, cue) pair to name a source: chosen on two halves
# of train (fit on one, measured on the other) as the most recall that keeps source precision where the
# rules alone have it; a cue the cue table does not know needs more.
# With R56's veto dropping rule sources the model reads as nested content, these were lowered from 0.8, 0.9
# (same criterion, both halves pooled).
THRESHOLD, UNKNOWN_CUE_THRESHOLD = 0.6, 0.7
# A rule's source is dropped (R56) when no word of it reads as a source, nor of its cue as a cue, with this much.
VETO_THRESHOLD = 0.1
ROLE_TAGS = {"source": "SRC", "cue": "CUE"}


def parsed_articles(nlp: Language, folder: Path) -> Iterator[tuple[PolnearArticle, Doc]]:
    """The articles of a split, run through the stages before claimspan_claims (whose output the tagger must not see)."""
    articles = read_polnear(folder)
    before = nlp.pipe_names[: nlp.pipe_names.index("claimspan_claims")]
    with nlp.select_pipes(enable=before):
        documents = (make_doc(nlp, InputDocument(id=article.doc_id, text=article.text, meta=SourceMeta(published=article.published))) for article in articles)
        yield from zip(articles, nlp.pipe(documents, batch_size=16))


def token_roles(doc: Doc, article: PolnearArticle) -> list[str]:
    """The gold tag of each word of a doc: B-/I- for sources and cues (B at the start of each part), CON for content."""
    tags = ["O"] * len(doc)
    for attribution in article.attributions:
        for role, parts in (("content", attribution.content), ("source", attribution.source), ("cue", attribution.cue)):
            for start, end in parts:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for index in range(span.start, span.end):
                    if role == "content":
                        tags[index] = "CON"
                    else:
                        tags[index] = ("B-" if index == span.start else "I-") + ROLE_TAGS[role]
    return tags


def cue_vocabulary(pairs: Iterable[tuple[Doc, list[str]]], min_count: int = MIN_CUE_COUNT) -> frozenset[str]:
    counts: Counter = Counter()
    for doc, tags in pairs:
        counts.update(token.lemma_.lower() for token, tag in zip(doc, tags) if tag.endswith("CUE") and token.is_alpha and not token.is_stop)
    return frozenset(lemma for lemma, count in counts.items() if count >= min_count)


def sequences(pairs: Iterable[tuple[Doc, list[str]]], cues: CueTable, cue_words: frozenset[str]) -> Iterator[tuple[list[list[str]], list[str]]]:
    for doc, tags in pairs:
        for sent in doc.sents:
            if _is_candidate(sent, cues, cue_words):
                yield token_features(sent, cues, cue_words), tags[sent.start : sent.end]


def _is_candidate(sent: Span, cues: CueTable, cue_words: frozenset[str]) -> bool:
    return any(token.lemma_ in cue_words or token.lemma_ in cues.types for token in sent)


def fit(pairs: list[tuple[Doc, list[str]]], cues: CueTable, workdir: Path) -> dict:
    """Fit the CRF on (doc, gold tags) pairs and return the model as a JSON-ready dict."""
    try:
        import pycrfsuite
    except ImportError as error:
        raise ClaimspanError(Errors.E210.format(detail=error)) from error
    cue_words = cue_vocabulary(pairs)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for features, tags in sequences(pairs, cues, cue_words):
        trainer.append(features, tags)
    trainer.set_params({"c1": L1, "c2": L2, "max_iterations": ITERATIONS, "feature.minfreq": MIN_FEATURE_COUNT, "feature.possible_transitions": True})
    model_path = workdir / "attribution.crfsuite"
    trainer.train(str(model_path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    info = tagger.info()
    index = {label: number for number, label in enumerate(LABELS)}
    transitions = [[0.0] * len(LABELS) for _ in LABELS]
    for (before, after), weight in info.transitions.items():
        transitions[index[before]][index[after]] = round(weight, DECIMALS)
    features: dict[str, list[float]] = {}
    for (feature, label), weight in info.state_features.items():
        features.setdefault(feature, [0.0] * len(LABELS))[index[label]] = round(weight, DECIMALS)
    tagger.close()
    features = {feature: weights for feature, weights in sorted(features.items()) if any(weights)}
    return {
        "format": "claimspan-attribution-crf-v1",
        "labels": list(LABELS),
        "threshold": THRESHOLD,
        "unknown_cue_threshold": UNKNOWN_CUE_THRESHOLD,
        "veto_threshold": VETO_THRESHOLD,
        "cue_words": sorted(cue_words),
        "transitions": transitions,
        "features": features,
    }


def train(nlp: Language, folder: Path, workdir: Path) -> dict:
    cues = nlp.get_pipe("claimspan_claims").cues
    pairs = [(doc, token_roles(doc, article)) for article, doc in parsed_articles(nlp, folder)]
    return fit(pairs, cues, workdir)


def write_model(model: dict, path: Path) -> None:
    replace_atomically(path, lambda partial: partial.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"))
