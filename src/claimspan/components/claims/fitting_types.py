"""Which claim types a clause fits (GUIDELINES R27): attributed, recommendation, prediction, statistic, assessment,
event. claim_types.choose_type then picks one by precedence and keeps the others as flags; the tests of each type
are in claim_types.py, and this module reads them off the clause, its reported content and the document context."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .claim_types import assessment_strength, is_event, is_future_dated, is_prediction, is_ranking_or_trend, is_recommendation, main_clause
from .context import DocContext, is_count
from .parts import dated_in, overlaps
from .speakers import Attribution, subject_of
from .token_attrs import token_attrs

# cues that report a demand: the claim prescribes an action
DIRECTIVE_CUES = frozenset({"demand", "urge", "ask", "call", "press", "order", "recommend", "advise"})


def is_directive(attribution: Optional[Attribution]) -> bool:
    """A cue that reports a demand ("demanded Kabul take action", "urged ... to") prescribes an action."""
    return attribution is not None and attribution.cue.root.lemma_ in DIRECTIVE_CUES


def fitting_types(span: Span, head: Token, content: Token, context: DocContext, *, reported: bool, directive: bool) -> set[str]:
    """The types the clause `span` (headed by `head`, reporting `content`) fits; `reported` when it has a source,
    `directive` when its cue reports a demand."""
    has_date = context.has(context.dates, span)
    fitting = set()
    if reported:
        fitting.add("attributed")
    if is_recommendation(content) or is_recommendation(head) or (reported and directive):
        fitting.add("recommendation")
    main = main_clause(content, span)
    future = bool(token_attrs(span.doc).be_to & main) or is_future_dated(content, dated_in(context, span), span.doc._.published)
    if is_prediction(content, reported=reported) or is_prediction(head) or future:
        fitting.add("prediction")
    if is_ranking_or_trend(content) or any(is_count(figure) and overlaps(figure, main) for figure in context.inside(context.figures, span)):
        fitting.add("statistic")
    content_subject = subject_of(content)
    actor_subject = content_subject is not None and (context.is_actor_phrase(content_subject) or content_subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    assessment = assessment_strength(content, has_date=has_date, actor_subject=actor_subject)
    modal = bool(fitting & {"prediction", "recommendation"})
    if assessment and not modal:
        fitting.add("assessment")
    if not modal and is_event(content, assessment=assessment == "strong"):
        fitting.add("event")
    return fitting
