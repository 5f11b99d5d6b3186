"""Whether a clause asserts anything: checkable content (a content verb or enough nouns, names and numbers)
and a sentence that ends as one (a line without final punctuation is a headline, dateline or boilerplate)."""

from __future__ import annotations

from spacy.tokens import Span

from ...extensions import span_text
from ...line_breaks import has_line_break
from .clauses import has_subject

TERMINAL = (".", "!", "?", "”", '"', "''", "’", ")", "…")
# Words that carry no checkable content of their own.
LIGHT_VERBS = frozenset({"be", "have", "do", "become", "seem", "get"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM"})


def is_checkable(span: Span, *, min_content: int = 2) -> bool:
    """A clause asserts something checkable when it has a content verb (not be/have/do, unless with a
    subject and an object) or at least
    `min_content` nouns, names and numbers: "But there is an important caveat to this." has neither."""
    if any(token.pos_ == "VERB" and token.lemma_.lower() not in LIGHT_VERBS for token in span):
        return True
    # "We will do it once", "They have a plan": a light verb with a subject and an object
    if any(token.pos_ == "VERB" and token.lemma_.lower() in ("do", "have", "get") and has_subject(token) and any(child.dep_ == "dobj" for child in token.children) for token in span):
        return True
    return sum(1 for token in span if token.pos_ in CONTENT_POS) >= min_content


def ends_as_sentence(sent: Span) -> bool:
    """A line without final punctuation is a headline, dateline or boilerplate, not an assertion."""
    full = span_text(sent)
    text = full.rstrip()
    if text.endswith(TERMINAL):
        return True
    # the character after the sentence, read off the tokens (Doc.text would rebuild the whole text)
    after = (sent[-1].whitespace_ or sent.doc[sent.end].text[:1]) if sent.end < len(sent.doc) else "\n"
    trailing = full[len(text) :]
    return not (has_line_break(trailing) or has_line_break(after) or after == "")
