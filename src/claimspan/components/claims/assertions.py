"""Whether a clause asserts anything: checkable content (a content verb or enough nouns, names and numbers)
and a sentence that ends as one (a line without final punctuation is a headline, dateline or boilerplate)."""

from __future__ import annotations

from spacy.tokens import Span

from ...extensions import span_text
from ...line_breaks import has_line_break
from .clauses import has_subject
from .token_attrs import token_attrs

TERMINAL = (".", "!", "?", "”", '"', "''", "’", ")", "…")
# Words that carry no checkable content of their own.
LIGHT_VERBS = frozenset({"be", "have", "do", "become", "seem", "get"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM"})


def is_checkable(span: Span, *, min_content: int = 2) -> bool:
    """A clause asserts something checkable when it has a content verb (not be/have/do, unless with a
    subject and an object) or at least
    `min_content` nouns, names and numbers: "But there is an important caveat to this." has neither."""
    # read from the Doc's columns: this runs on every clause; a Token only for a light verb's subject test
    attrs = token_attrs(span.doc)
    pos, lemma = attrs.pos, attrs.lemma
    words = range(span.start, span.end)
    if any(pos[index] == "VERB" and lemma[index].lower() not in LIGHT_VERBS for index in words):
        return True
    # "We will do it once", "They have a plan": a light verb with a subject and an object
    doc = span.doc
    if any(pos[index] == "VERB" and lemma[index].lower() in ("do", "have", "get") and has_subject(doc[index]) and any(attrs.dep[child] == "dobj" for child in attrs.children[index]) for index in words):
        return True
    return sum(1 for index in words if pos[index] in CONTENT_POS) >= min_content


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
