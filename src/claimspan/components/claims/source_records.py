"""A claim's source as a record (GUIDELINES R29): the speaker's phrase, the actor it names or a pronoun resolves to,
and the cue; and the speaker a sentence or colon line announced for the claims after it (R45, R158, R160)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .context import DocContext
from .definite_bodies import capitalised_description, described_body
from .layout import opens_announced_quotation
from .parts import text_span
from .reference import pronoun_kind, resolve
from .source_edges import contracted_has, without_kicker, without_opening_participle
from .speaker_participles import without_participle_clause
from .speakers import Attribution


def announced_source(span: Span, context: DocContext) -> Optional[dict]:
    """The speaker a sentence or a colon line announced (R45, R158), for a claim that opens the sentence
    right after it and for every later claim inside the quotation that opened there (R160)."""
    if context.announced is not None and opens_announced_quotation(span, context.announced):
        cue, speaker, _ = context.announced
    elif context.announced_quote is not None and context.announced_quote[0] <= span.start_char < context.announced_quote[1]:
        _, _, cue, speaker = context.announced_quote
    else:
        return None
    return source_record(Attribution(cue=span.doc[cue.i : cue.i + 1], source=speaker, content=None), context)


def source_record(attribution: Attribution, context: DocContext) -> dict:
    """A claim's source as a record: the phrase, the actor it names or its pronoun resolves to, and the cue."""
    # a headline's kicker before its dash (R920) and a participle clause that opens the sentence (R925) are no part
    # of the speaker
    source = without_opening_participle(without_kicker(without_participle_clause(attribution.source)))
    cue = attribution.cue
    has = contracted_has(source, cue)
    if has is not None:
        # "The minister’s said": the parser's possessive is a contracted "has", a word of the cue (R923)
        source, cue = source[:-1], source.doc[has.i : cue.end]
    kind = pronoun_kind(source)
    subjects = tuple(context.subjects[-3:])
    resolved = resolve(source, kind, context.sources, context.actors_before(source.start), subjects=subjects, narrative=tuple(context.narrative_subjects[-2:])) if kind else None
    if resolved is not None:
        # point at the name itself when the antecedent phrase has one at its head, and at a
        # person's full name rather than a short form (GUIDELINES R29)
        resolved = context.full_name(context.actor_at(resolved.root)) or resolved
    actor_id = context.actor_id(source) or (context.actor_id(resolved) if resolved is not None else None)
    if actor_id is None and (kind == "definite" or (kind is None and capitalised_description(source))):
        # "the commission" (or "the Commission") after "the Federal Election Commission": the body named before
        # (R370, R870)
        body = described_body(source, context.actors)
        actor_id = body.kb_id_ if body is not None else None
    return {
        **text_span(source),
        "actor_id": actor_id,
        "resolved": text_span(resolved) if resolved is not None else None,
        "cue": text_span(cue),
    }
