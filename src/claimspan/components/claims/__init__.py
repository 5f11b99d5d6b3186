"""claimspan_claims: clause-level claims with type, source, quotes, hedges and negation.

Each main clause that asserts something checkable becomes a span in doc.spans["claims"]
(label_ = claim type) whose `._.claim_record` is a plain dict with the Claim fields this stage owns
(sentence, type, flags, subject, predicate, object, source, quotes, hedges, negated);
convert.claim_records adds ids, offsets and the actor/date/figure mentions inside the claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ...extensions import register_extensions
from ...tables import CueEntry, HedgeEntry, read_table
from .attribution import Attribution, CueTable, find_attribution, phrase, pronoun_kind, resolve, subject_of
from .claim_types import assessment_strength, choose_type, is_event, is_prediction, is_ranking_or_trend, is_recommendation
from .clauses import Clause, ends_as_sentence, is_checkable, split_clauses, whole_sentence
from .context import DocContext, is_count
from .hedging import build_hedge_matcher, hedges_in, is_negated
from .quotes import quotes_in

DIRECTIVE_CUES = frozenset({"demand", "urge", "ask", "call", "press", "order", "recommend", "advise"})
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl"})
OBJECT_DEPS = ("dobj", "attr", "oprd", "acomp", "dative")
NOUN_PHRASE_DROP = frozenset({"relcl", "appos", "punct"})


@Language.factory(
    "claimspan_claims",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.tag"],
    default_config={"min_content": 2},
)
def make_claims(nlp: Language, name: str, min_content: int) -> "ClaimExtractor":
    register_extensions()
    return ClaimExtractor(name=name, min_content=min_content)


@dataclass(frozen=True)
class Found:
    """A claim found by `find`: its span and its record fields."""

    span: Span
    record: dict


class ClaimExtractor:
    """Split sentences into main clauses and describe each checkable one as a claim."""

    def __init__(self, *, name: str = "claimspan_claims", min_content: int = 2) -> None:
        self.name = name
        self.min_content = min_content
        self.cues = CueTable({}, frozenset(), ())
        self.hedge_matcher: Optional[PhraseMatcher] = None
        self.hedge_tags: dict[str, str] = {}
        self.prep_matcher: Optional[PhraseMatcher] = None

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, cues_path: Optional[str] = None, hedges_path: Optional[str] = None) -> None:
        if cues_path:
            self.cues = CueTable.from_entries(read_table(Path(cues_path), CueEntry))
        if nlp is None:
            return
        if hedges_path:
            self.hedge_matcher, self.hedge_tags = build_hedge_matcher(nlp, read_table(Path(hedges_path), HedgeEntry))
        self.prep_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue in self.cues.preps:
            self.prep_matcher.add(cue, [nlp.make_doc(cue)])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, list(self.find(doc)))
        return doc

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        spans = []
        for item in found:
            item.span.label_ = item.record["type"]
            item.span._.claim_record = item.record
            spans.append(item.span)
        doc.spans["claims"] = spans

    def find(self, doc: Doc) -> Iterator[Found]:
        """Yield the claims of a doc in text order."""
        context = DocContext.build(doc, self)
        first_line_end = doc.text.lstrip().find("\n") + len(doc.text) - len(doc.text.lstrip())
        for sent in doc.sents:
            # a line without final punctuation is boilerplate, except the headline (GUIDELINES R26)
            if not ends_as_sentence(sent) and sent.start_char > first_line_end:
                continue
            parts = [self._claim(doc, clause, sent, context) for clause in split_clauses(sent, is_cue_verb=self.cues.is_cue_verb)]
            parts = [part for part in parts if part is not None]
            if len(parts) > 1 and len({_agreement(part.record) for part in parts}) == 1:
                # parts that agree in type, polarity and source stay one claim (GUIDELINES R27)
                merged = self._claim(doc, whole_sentence(sent), sent, context)
                parts = [merged] if merged is not None else parts
            for part in parts:
                context.remember(part.span, part.record)
                yield part

    def _claim(self, doc: Doc, clause: Clause, sent: Span, context: "DocContext") -> Optional[Found]:
        span = doc[clause.start_token : clause.end_token]
        if not is_checkable(span, min_content=self.min_content):
            return None
        return Found(span=span, record=self._describe(span, clause.head, sent, context))

    def _describe(self, span: Span, head: Token, sent: Span, context: "DocContext") -> dict:
        attribution = find_attribution(span, head, self.cues, context.prep_matches)
        source = self._source_record(attribution, context) if attribution and attribution.source is not None else None
        content = attribution.content if source and attribution.content is not None else head
        if source is None:
            source = context.continued_source(span, head)
        reported = source is not None
        has_date = context.has(context.dates, span)
        fitting = set()
        if reported:
            fitting.add("attributed")
        if is_recommendation(content) or is_recommendation(head) or (reported and _is_directive(attribution)):
            fitting.add("recommendation")
        if is_prediction(content, reported=reported) or is_prediction(head):
            fitting.add("prediction")
        main = _main_clause(content, span)
        if is_ranking_or_trend(content) or any(is_count(figure) and _overlaps(figure, main) for figure in context.inside(context.figures, span)):
            fitting.add("statistic")
        assessment = assessment_strength(content, has_date=has_date)
        modal = bool(fitting & {"prediction", "recommendation"})
        if assessment and not modal:
            fitting.add("assessment")
        if not modal and is_event(content, assessment=assessment == "strong"):
            fitting.add("event")
        subject = subject_of(content)
        if subject is not None and subject.i < span.start and content.i >= span.start:
            # a subject in a dateline the clause left out ("KABUL, Afghanistan (Sept. 1) - An Afghan force ...")
            subject = next((token for token in span if token.i < content.i and token.head.i < span.start and token.pos_ in ("NOUN", "PROPN")), subject)
        subject_span = _subject_phrase(subject) if subject is not None else None
        claim_type, flags = choose_type(fitting)
        negated = is_negated(content) or (attribution is not None and source is not None and is_negated(attribution.cue.root))
        return {
            "sentence": _trimmed(sent),
            "type": claim_type,
            "flags": flags,
            "subject": _text_span(subject_span) if subject_span is not None else None,
            "predicate": {**_text_span(content.doc[content.i : content.i + 1]), "lemma": content.lemma_},
            "object": _object(content),
            "source": source,
            "quotes": [{"start": start, "end": end} for start, end in quotes_in(context.quotes, span.start_char, span.end_char)],
            "hedges": [_text_span(hedge) for hedge in hedges_in(span.doc, context.hedges, span)],
            "negated": bool(negated),
        }

    def _source_record(self, attribution: Attribution, context: "DocContext") -> dict:
        source = attribution.source
        kind = pronoun_kind(source)
        subjects = tuple(context.subjects[-3:])
        resolved = resolve(source, kind, context.sources, context.actors_before(source.start), subjects=subjects) if kind else None
        if resolved is not None:
            # point at the name itself when the antecedent phrase has one at its head, and at a
            # person's full name rather than a short form (GUIDELINES R29)
            resolved = context.full_name(context.actor_at(resolved.root)) or resolved
        return {
            **_text_span(source),
            "actor_id": context.actor_id(source) or (context.actor_id(resolved) if resolved is not None else None),
            "resolved": _text_span(resolved) if resolved is not None else None,
            "cue": _text_span(attribution.cue),
        }


def _agreement(record: dict) -> tuple:
    source = record["source"]
    return record["type"], record["negated"], (source["start"], source["end"]) if source else None


def _is_directive(attribution: Optional[Attribution]) -> bool:
    """A cue that reports a demand ("demanded Kabul take action", "urged ... to") prescribes an action."""
    return attribution is not None and attribution.cue.root.lemma_ in DIRECTIVE_CUES


def _main_clause(verb: Token, span: Span) -> set[int]:
    """Token indices of the verb's own clause, without its relative, adverbial and adnominal clauses."""
    excluded = set()
    for token in span:
        if token.dep_ in SUBORDINATE_DEPS and token is not verb and token.i != span.root.i:
            excluded.update(range(token.left_edge.i, token.right_edge.i + 1))
    return {token.i for token in span} - excluded


def _overlaps(mention: Span, indices: set[int]) -> bool:
    return any(index in indices for index in range(mention.start, mention.end))


def _subject_phrase(subject: Token) -> Span:
    if subject.lower_ == "there" and subject.dep_ == "expl":
        attrs = [child for child in subject.head.children if child.dep_ in ("attr", "nsubj")]
        if attrs:
            return phrase(attrs[0], drop=NOUN_PHRASE_DROP)
    return phrase(subject, drop=NOUN_PHRASE_DROP)


def _object(verb: Token) -> Optional[dict]:
    has_expletive = any(child.dep_ == "expl" for child in verb.children)
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and not (has_expletive and child.dep_ == "attr"):
            return _text_span(phrase(child, drop=NOUN_PHRASE_DROP))
    return None


def _text_span(span: Span) -> dict:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def _trimmed(sent: Span) -> dict:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return {"start": start, "end": sent.start_char + len(text.rstrip())}
