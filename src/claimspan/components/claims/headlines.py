"""Claims of lines the parser gives no verb: a headline ("Force Targets Taliban Commander Involved in Recent IED
Attack", R26), a verbless colon headline with its speaker ("Lynch: No outside influence on the probe", R115) and a
highlight line under a headline ("* Terms smuggling a threat to the economy", R47, R193)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from ...extensions import doc_text
from ...quotes import quotes_in
from .assertions import is_checkable
from .claim_types import choose_type
from .context import DocContext, is_count
from .cues import CueTable
from .hedging import hedges_in
from .layout import layout_source, line_start
from .parts import text_span, trimmed_span

# A verbless first line is a headline (a claim) only with this many words.
MIN_HEADLINE_WORDS = 5


def verbless_line_claim(sent: Span, context: DocContext, cues: CueTable, *, min_content: int, highlight: bool = False) -> Optional[tuple[Span, dict]]:
    """(span, record) of the claim a headline or a highlight line makes although the parser gives it no verb
    ("Force Targets Taliban Commander Involved in Recent IED Attack"): an event, or a statistic when it has a figure,
    with no subject or predicate (GUIDELINES R26); a highlight line's source is the headline's (R47, R193)."""
    doc = sent.doc
    # the headline's own line, which whole_sentence would skip as a verbless prefix
    first = line_start(sent)
    start = first.i if first is not None else sent.end
    end = next((token.i for token in sent if token.i > start and token.is_space and "\n" in token.text), sent.end)
    while end > start and sent.doc[end - 1].text in (".", ",", ";", ":"):
        end -= 1
    span = doc[start:end]
    # boilerplate first lines are short ("Download PDF", "For Immediate Release")
    if sum(1 for token in span if token.is_alpha) < MIN_HEADLINE_WORDS or not is_checkable(span, min_content=min_content) or span.text.rstrip().endswith("?"):
        return None
    statistic = any(is_count(figure) for figure in context.inside(context.figures, span))
    # a verbless colon headline still names its speaker ("Lynch: No outside influence on the probe", R115)
    source = layout_source(span, span.root, sent, context.headline_source if highlight else None, cues, context.actor_id)
    claim_type, flags = choose_type(({"statistic", "event"} if statistic else {"event"}) | ({"attributed"} if source is not None else set()))
    record = {
        "sentence": trimmed_span(sent),
        "type": claim_type,
        "flags": flags,
        "subject": None,
        "predicate": None,
        "object": None,
        "source": source,
        "quotes": [{"start": start, "end": end} for start, end in quotes_in(context.quotes, span.start_char, span.end_char, doc_text(span.doc))],
        "hedges": [text_span(hedge) for hedge in hedges_in(span.doc, context.hedges, span)],
        "negated": False,
    }
    return span, record
