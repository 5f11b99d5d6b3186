"""claimspan_checkworthy: a check-worthiness score on every claim, and types that respect it.

Each sentence with a claim is scored once (GUIDELINES R60): a bag of words, tags, entities and
stage marks, the character n-grams of its words, with the mean and maximum of the sentence's tok2vec
vectors, goes through the four logistic heads of pipeline/checkworthy/model.json. Every claim
of the sentence gets the sentence's `checkworthy` score in `._.claim_checkworthy`. Where the
factual head is confident that the sentence is not a factual statement (an opinion, a question, a
promise, an exhortation), an event or statistic claim becomes an assessment, prediction or
recommendation (GUIDELINES R61).
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import register_extensions
from ..claims.claim_types import PRECEDENCE
from .features import DocArrays, feature_groups, sentence_vectors, sentence_words, stage_marks
from .model import CheckworthyModel, Scores
from ..batching import in_batches

FACTUAL_TYPES = frozenset({"event", "statistic"})
MODAL_TYPES = ("recommendation", "prediction")


@Language.factory(
    "claimspan_checkworthy",
    assigns=["span._.claim_checkworthy"],
    requires=["doc.spans", "token.tag", "doc.ents", "doc.tensor"],
    default_config={"non_factual_below": 0.15},
)
def make_checkworthy(nlp: Language, name: str, non_factual_below: float) -> "CheckworthyScorer":
    register_extensions()
    return CheckworthyScorer(name=name, non_factual_below=non_factual_below)


class CheckworthyScorer:
    """Score each claim's sentence for check-worthiness; retype claims in confidently non-factual sentences."""

    def __init__(self, *, name: str = "claimspan_checkworthy", non_factual_below: float = 0.15) -> None:
        self.name = name
        self.non_factual_below = non_factual_below
        self.model: Optional[CheckworthyModel] = None

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, model_path: Optional[str] = None) -> None:
        if model_path:
            self.model = CheckworthyModel.from_disk(Path(model_path))

    def __call__(self, doc: Doc) -> Doc:
        claims = list(doc.spans.get("claims", ()))
        if self.model is None or not claims:
            return doc
        self.set_annotations(doc, claims, self.find(doc, claims))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    def find(self, doc: Doc, claims: list[Span]) -> list[Scores]:
        """One Scores per claim; claims of one sentence share one scoring of it."""
        arrays = DocArrays.build(doc)
        starts = arrays.sentence_starts
        # the sentence of a claim: the last sentence start at or before the claim's first token
        # (a claim never crosses a sentence end, GUIDELINES R27)
        bounds = []
        for claim in claims:
            number = bisect_right(starts, claim.start) - 1
            bounds.append((starts[number], starts[number + 1] if number + 1 < len(starts) else len(doc)))
        sentences = sorted(set(bounds))
        char_bounds = [(arrays.idx[start], arrays.idx[end - 1] + len(doc[end - 1])) for start, end in sentences]
        marks = dict(zip(sentences, stage_marks(doc, char_bounds)))
        # the factual heads only decide the retyping of event and statistic claims (R61): other sentences skip them
        retypable = {bound for bound, claim in zip(bounds, claims) if claim.label_ in FACTUAL_TYPES}
        scored = {}
        for sentence, vector in zip(sentences, sentence_vectors(doc, arrays, sentences)):
            factual = sentence in retypable
            rows = self.model.feature_rows(feature_groups(arrays, *sentence, marks=marks[sentence], entities=factual))
            scored[sentence] = self.model.score_rows(rows, vector, sentence_words(arrays, *sentence) if factual else None)
        return [scored[bound] for bound in bounds]

    def set_annotations(self, doc: Doc, claims: list[Span], scores: list[Scores]) -> None:
        kept = []
        retyped = False
        for claim, score in zip(claims, scores):
            claim._.claim_checkworthy = round(score.checkworthy, 4)
            if claim.label_ in FACTUAL_TYPES and score.factual is not None and score.factual < self.non_factual_below:
                record = dict(claim._.claim_record or {})
                claim_type, flags = non_factual_type(claim.label_, record.get("flags", ()))
                claim._.claim_record = {**record, "type": claim_type, "flags": flags}
                # a span read from a group is a copy: a new label needs a new span in a new group
                claim = Span(doc, claim.start, claim.end, label=claim_type, kb_id=claim.kb_id_, span_id=claim.id_)
                retyped = True
            kept.append(claim)
        if retyped:
            doc.spans["claims"] = kept


def non_factual_type(claim_type: str, flags) -> tuple[str, list[str]]:
    """The type of a claim the model reads as non-factual (GUIDELINES R61): a recommendation or prediction
    if the rules found one, else an assessment; the rule type it had moves to the flags.

    >>> non_factual_type("event", ["prediction"])
    ('prediction', ['event'])
    """
    fitting = set(flags) | {claim_type}
    new_type = next((kind for kind in MODAL_TYPES if kind in fitting), "assessment")
    return new_type, [kind for kind in PRECEDENCE if kind in fitting and kind != new_type]
