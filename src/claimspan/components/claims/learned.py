"""The learned attribution tagger: a linear-chain CRF over the words of one sentence (GUIDELINES R55).

It tags each word as part of a source (B-SRC, I-SRC), a cue (B-CUE, I-CUE), a content (CON) or none
(O). The rules come first; the tagger only names a source for a claim the rules left without one,
and only in a sentence holding a verb the model knows as a cue. Weights are plain JSON written by
`claimspan train attribution` (claimspan/training/attribution.py), and decoding is a Viterbi pass with
numpy, so inference needs no CRF library and the same input always gives the same tags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path
from typing import Optional

import numpy
from spacy.tokens import Span

from ...errors import ClaimspanError, Errors
from .speakers import Attribution
from .crf_decoding import label_marginals, viterbi
from .cues import CueTable, connective
from .tagger_features import QUOTE_MARKS, feature_columns  # noqa: F401 (veto.py reads QUOTE_MARKS from here)
from .token_attrs import token_attrs

LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "CON")
SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PROPOSITION_DEPS = frozenset({"ccomp", "oprd", "advcl", "xcomp"})
GROUND_PREPOSITIONS = frozenset({"as", "for", "of", "over"})


@dataclass
class Tagged:
    """What the tagger found in one sentence: (source, cue) pairs, the words it tagged as content, and
    its label scores (words x labels; None when the sentence was not tagged) with the probabilities
    the forward-backward pass reads off them, once something asks."""

    pairs: tuple[tuple[Span, Span], ...]
    content: frozenset[int]
    scores: Optional[numpy.ndarray] = None
    marginals: Optional[numpy.ndarray] = None

    def label_marginals(self, transitions: numpy.ndarray) -> numpy.ndarray:
        if self.marginals is None:
            self.marginals = label_marginals(self.scores, transitions)
        return self.marginals


NOTHING = Tagged(pairs=(), content=frozenset())


class AttributionTagger:
    """Viterbi decoding of the CRF whose weights `claimspan train attribution` wrote."""

    def __init__(self, *, cue_words: frozenset[str], transitions: list[list[float]], names: list[str], weights: numpy.ndarray, threshold: float = 0.0, unknown_cue_threshold: float = 0.0, veto_threshold: Optional[float] = None) -> None:
        self.cue_words = cue_words
        # how sure the model must be of a pair: less when its cue is in the cue table than when only the model knows it
        self.threshold = threshold
        self.unknown_cue_threshold = unknown_cue_threshold
        # a rule's source and cue that the model reads as source and as cue with less than this may be dropped (R56); None: never
        self.veto_threshold = veto_threshold
        # PolNeAR's broader scheme (R49): keep pairs whose cue is an intention or an act; set by the claims stage
        self.intentions_and_stances = False
        self.transitions = numpy.asarray(transitions, dtype=numpy.float64)
        # the row of each feature (names[row]) by its kind and value ("w=said" -> rows_by_kind["w"]["said"]),
        # so inference looks a word's values up without building token_features' strings
        self.rows_by_kind: dict[str, dict[str, int]] = {}
        # a lemma is a value of several kinds (l, hl, l-1, l1): one string for all of them
        values: dict[str, str] = {}
        for row, feature in enumerate(names):
            kind, _, value = feature.partition("=")
            self.rows_by_kind.setdefault(kind, {})[values.setdefault(value, value)] = row
        # one row of label weights per feature, and a last row of zeros for a word with no known feature
        self.weights = numpy.vstack([numpy.asarray(weights, dtype=numpy.float64).reshape(-1, len(LABELS)), numpy.zeros(len(LABELS))])

    @classmethod
    def from_features(cls, *, features: dict[str, list[float]], **settings) -> "AttributionTagger":
        """A tagger from a {feature: weights} mapping, as the weights file holds it."""
        return cls(names=list(features), weights=numpy.asarray(list(features.values()), dtype=numpy.float64), **settings)

    @classmethod
    def from_disk(cls, path: Path) -> "AttributionTagger":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if tuple(data["labels"]) != LABELS:
            raise ValueError(f"{path}: labels {data['labels']} are not {list(LABELS)}; retrain with claimspan train attribution")
        return cls.from_features(
            features=data["features"], cue_words=frozenset(data["cue_words"]), transitions=data["transitions"], threshold=data["threshold"], unknown_cue_threshold=data["unknown_cue_threshold"],
            veto_threshold=data.get("veto_threshold"),
        )

    def is_candidate(self, sent: Span, cues: CueTable) -> bool:
        """Only a sentence with a verb the model or the cue table knows as a cue, whose subject names
        someone (as a kept pair's source must, R55), is tagged: a cheap test that spares most sentences."""
        # read from the Doc's columns: this runs on every sentence, and only a verb with a cue lemma needs its Tokens
        attrs = token_attrs(sent.doc)
        pos, lemma, dep, doc = attrs.pos, attrs.lemma, attrs.dep, sent.doc
        return any(
            pos[index] == "VERB" and (lemma[index] in self.cue_words or lemma[index] in cues.types) and any(dep[child] == "nsubj" and _names_someone(doc[child]) for child in attrs.children[index])
            for index in range(sent.start, sent.end)
        )

    def scores(self, sent: Span, cues: CueTable) -> numpy.ndarray:
        """The weight of each label for each word of a sentence (words x labels): the sum over the word's features."""
        known, starts = self._feature_rows(sent, cues)
        return numpy.add.reduceat(self.weights[known], starts, axis=0)

    def _feature_rows(self, sent: Span, cues: CueTable) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The weight rows of token_features(sent) in its order, each word's rows led by the row of zeros, and
        where each word's rows start. The sums must add the same rows in the same order to give the same floats:
        reduceat sums a long stretch pairwise, so a word's rows are its known features only."""
        none = len(self.weights) - 1
        empty: dict[str, int] = {}
        rows = [[none] * len(sent)]
        nones = repeat(none)
        for kind, values in feature_columns(sent, cues, self.cue_words):
            # map calls the dict's get without a Python-level loop; the zip with `nones` stops with values
            rows.append(list(map(self.rows_by_kind.get(kind, empty).get, values, nones)))
        # words x kinds, read word after word
        by_word = numpy.fromiter(chain.from_iterable(rows), dtype=numpy.intp, count=len(rows) * len(sent)).reshape(len(rows), len(sent)).T
        known = by_word != none
        known[:, 0] = True
        starts = numpy.zeros(len(sent), dtype=numpy.intp)
        numpy.cumsum(known.sum(axis=1)[:-1], out=starts[1:])
        return by_word[known], starts

    def attribution(self, claim: Span, sent: Span, cues: CueTable, tagged: dict[int, Tagged]) -> Optional[Attribution]:
        """The tagger's (source, cue) for a claim the rules left without a source; `tagged` keeps each
        sentence's tags (by its first word) so a sentence of several claims is tagged once."""
        pair = learned_attribution(self.reading(sent, cues, tagged), claim)
        if pair is None or coordinated_with_cue(claim, pair[1]):
            return None
        return Attribution(cue=pair[1], source=pair[0], content=None)

    def reading(self, sent: Span, cues: CueTable, tagged: dict[int, Tagged], *, scores_only: bool = False) -> Tagged:
        """The sentence's tags, from `tagged` or tagged now. Pairs come only from a sentence R55 admits;
        `scores_only` (R56's veto) scores any other sentence without decoding it."""
        reading = tagged.get(sent.start)
        if reading is None or (scores_only and reading.scores is None):
            if self.is_candidate(sent, cues):
                reading = self.find(sent, cues)
            else:
                reading = Tagged(pairs=(), content=frozenset(), scores=self.scores(sent, cues)) if scores_only else NOTHING
            tagged[sent.start] = reading
        return reading

    def find(self, sent: Span, cues: CueTable) -> Tagged:
        scores = self.scores(sent, cues)
        path = viterbi(scores, self.transitions)
        tags = [LABELS[label] for label in path]
        sources, cue_spans = _spans(sent, tags, "SRC"), _spans(sent, tags, "CUE")
        if not sources or not cue_spans:
            return Tagged(pairs=(), content=frozenset(), scores=scores)
        content = frozenset(sent.start + index for index, tag in enumerate(tags) if tag == "CON")
        reading = Tagged(pairs=(), content=content, scores=scores)
        pairs = []
        for cue in cue_spans:
            # the source nearest the cue, so two attributions in one sentence keep their own speakers
            source = min(sources, key=lambda span: min(abs(span.start - cue.end), abs(cue.start - span.end)))
            if not fits_guidelines(source, cue, intentions_and_stances=self.intentions_and_stances):
                continue
            # how sure the model is of every word of the pair (R55: precision first); the forward-backward
            # pass runs once a pair fits the guidelines
            marginals = reading.label_marginals(self.transitions)
            sure = min(float(marginals[index - sent.start, path[index - sent.start]]) for index in (*range(source.start, source.end), *range(cue.start, cue.end)))
            known = any(token.lemma_ in cues.types for token in cue)
            if sure >= (self.threshold if known else self.unknown_cue_threshold):
                pairs.append((source, cue))
        reading.pairs = tuple(pairs)
        return reading


def fits_guidelines(source: Span, cue: Span, *, intentions_and_stances: bool = False) -> bool:
    """PolNeAR's scheme is broader than claimspan's (R49): the tagger's pair counts only when its source
    names someone (a name, a person, organisation or country, a pronoun) and its cue is no intention,
    refusal or purpose ("wants to", "declined to", "used ... to call for": an infinitive after the cue,
    or the cue itself an infinitive or adverbial clause) and no act on a thing or person ("endorsed
    Clinton"); with `intentions_and_stances` (PolNeAR's broader scheme) those count too. "That said, ..." is a
    connective, no cue (R501)."""
    if connective(cue.root):
        return False
    if intentions_and_stances:
        return _names_someone(source.root)
    return _names_someone(source.root) and not _is_intention(cue.root) and not _is_act(cue.root)


def _is_intention(verb) -> bool:
    return verb.dep_ in ("xcomp", "advcl") or (any(child.dep_ == "xcomp" for child in verb.children) and not any(child.dep_ == "ccomp" for child in verb.children))


def _is_act(verb) -> bool:
    """An act on a thing or a person ("endorsed Clinton", "supports the bill") takes no proposition, unless
    a clause, a predicate or the ground follows ("praised him as", "attacked her for", "accused them of")."""
    children = list(verb.children)
    return any(child.dep_ == "dobj" for child in children) and not any(child.dep_ in PROPOSITION_DEPS or (child.dep_ == "prep" and child.lower_ in GROUND_PREPOSITIONS) for child in children)


def _names_someone(token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in SOURCE_ENTITIES


def learned_attribution(tagged: Tagged, claim: Span) -> Optional[tuple[Span, Span]]:
    """(source, cue) for a claim holding words the tagger read as content: the pair whose cue is nearest."""
    if not tagged.pairs or not any(claim.start <= index < claim.end for index in tagged.content):
        return None
    return min(tagged.pairs, key=lambda pair: _distance(pair[1], claim))


def coordinated_with_cue(claim: Span, cue: Span) -> bool:
    """"Abiy told parliament that ..., and his allies have floated the idea of ...": a clause coordinated with the
    cue's own clause, with a subject of its own, is the writer's next statement, not part of the report (R197)."""
    root = claim.root
    return root.dep_ == "conj" and cue.start <= root.head.i < cue.end and any(child.dep_ in ("nsubj", "nsubjpass") for child in root.children)


def _distance(cue: Span, claim: Span) -> int:
    if cue.start >= claim.end:
        return cue.start - claim.end
    return max(0, claim.start - cue.end)


def _spans(sent: Span, tags: list[str], role: str) -> list[Span]:
    spans, start = [], None
    for index, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-" + role:
            spans.append(sent[start:index])
            start = None
        if tag == "B-" + role or (tag == "I-" + role and start is None):
            start = index
    return spans


def load_tagger(path: Path) -> AttributionTagger:
    try:
        return AttributionTagger.from_disk(path)
    except (OSError, ValueError, KeyError) as error:
        raise ClaimspanError(Errors.E211.format(path=path, detail=error)) from error
