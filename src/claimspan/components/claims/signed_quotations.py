"""A quotation signed by a dash line of its own (GUIDELINES R930).

R125 reads "“...” - Jane Roe." when the signature ends the quotation's sentence. Fact checks and convention
notebooks set it one step further: the quotation is a paragraph, and the signature ("- Jane Roe.", "-Pat Wren,
Denver.") follows after the sentence splitter's cut or on the line below. The signature is then a sentence of its
own with no verb, so no other rule reads it; it reports the quotation that ends right before it.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from ...extensions import doc_text
from .cues import CLOSING_QUOTES
from .layout import dash_signature

# A signature sentence: a dash, then a capitalised name (with its appositive) to the end of the line (R125's shape).
SIGNATURE = re.compile(r"\s*([-–—]+)\s*([A-Z][^\n“”\"]{1,80}?)[.\s]*")


def signed_after_quotation(sent: Span, before: Optional[Span]) -> Optional[tuple[Token, Span]]:
    """(dash, speaker) when a sentence is only a dash and a name right after a sentence that ends with a closing
    quotation mark, in the same paragraph or at the start of the next one; None otherwise. A byline after the
    writer's own paragraph ("...the Senate.\\n\\n- Jane Roe.") follows no quotation and signs nothing."""
    if before is None:
        return None
    doc = sent.doc
    text = doc_text(doc)
    match = SIGNATURE.fullmatch(text, sent.start_char, sent.end_char)
    if match is None:
        return None
    last = next((token for token in reversed(before) if not token.is_space), None)
    # only spaces and at most one paragraph break between the quotation and its signature
    if last is None or last.text not in CLOSING_QUOTES or text[last.idx + len(last) : sent.start_char].strip() or text.count("\n", last.idx, sent.start_char) > 2:
        return None
    signature = dash_signature(doc, match)
    if signature is None:
        return None
    dash, speaker = signature
    return dash[0], speaker
