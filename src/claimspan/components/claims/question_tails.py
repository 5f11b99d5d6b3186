"""A report before a quoted question that ends its sentence is still a claim (GUIDELINES R550).

"The mayor said the bridge was built by the council and asked, “Who will you trust?”": the sentence ends with a
question, which asserts nothing (R26, R162), but the question is a quotation of its own, introduced by a verb
coordinated with the report before it; that report ("said the bridge was built by the council") asserts what it did
without the question. The claims stop before the verb that introduces the question, or at the mark before a
question that hangs on a reported clause ("said that she sent them a text: ''Do you ...?"). "Roe asked, “Why now?”"
and "Roe, who said the bridge was safe, asked, “Why now?”" still give no claim: the question is all the cue reports.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Span, Token

from ...extensions import doc_text, span_text
from .clause_spans import content_start
from .quotation_marks import CLOSING_QUOTES, OPENING_QUOTES

# how a sentence that ends with a quoted question ends: inside a quotation that closes or stays open
QUESTION_ENDS = ("?”", '?"', "?''", "?’", "?")
# what may close a sentence after the question mark of its quotation
AFTER_QUESTION = CLOSING_QUOTES | {")"}
# the marks that introduce a quotation after the words that report it
INTRODUCING_MARKS = frozenset({",", ":"})
# what joins the question's verb to the report before it ("and asked", ", but asked", "and then said")
JOINING_DEPS = frozenset({"cc", "punct", "advmod"})


def statement_before_question(sent: Span, is_cue_verb: Callable[[Token], bool]) -> Optional[Span]:
    """The sentence up to the words that introduce the quoted question ending it, when a report with a clause of
    its own stands before them; None otherwise (for every sentence that does not end with a quoted question)."""
    stop = _question_tail_start(sent, content_start(sent), is_cue_verb) if span_text(sent).rstrip().endswith(QUESTION_ENDS) else None
    return sent.doc[sent.start : stop] if stop is not None else None


def _question_tail_start(sent: Span, start: int, is_cue_verb: Callable[[Token], bool]) -> Optional[int]:
    doc = sent.doc
    words = [token for token in sent if not token.is_space]
    last = len(words) - 1
    while last > 0 and words[last].text in AFTER_QUESTION:
        last -= 1
    if words[last].text != "?":
        return None
    opening = next((word.i for word in reversed(words[:last]) if word.text in OPENING_QUOTES), None)
    # a question mark outside any quotation is the sentence's own question; one inside a quotation that the sentence
    # leaves open ("... the same text: ''Do you feel it?") ends the sentence, not the quotation
    if opening is None or (last == len(words) - 1 and not _opens(doc[opening])):
        return None
    if opening <= start + 1 or doc[opening - 1].text not in INTRODUCING_MARKS:
        return None
    inside = next((token for token in doc[opening + 1 : words[last].i] if token.head.i < opening), None)
    introducer = inside.head if inside is not None else None
    if introducer is None or introducer.i < start:
        return None
    if introducer.dep_ == "conj" and is_cue_verb(introducer):
        # "said A and asked, “...?”": the claims stop before the verb that asks
        stop = min([introducer.i, *(child.left_edge.i for child in introducer.lefts)])
        while stop > start and doc[stop - 1].dep_ in JOINING_DEPS and doc[stop - 1].head.i in (introducer.i, introducer.head.i):
            stop -= 1
        reported = any(token.dep_ == "ccomp" and start <= token.head.i < token.i and is_cue_verb(token.head) for token in doc[start:stop])
        return stop if reported else None
    if is_cue_verb(introducer):
        # "said that she sent them a text: “...?”", read as a second clause of "said": its first clause stops before
        # the question; a cue with no clause before the question ("asked: “...?”", "said the council asked:
        # “...?”") reports only the question, no claim
        reported = any(child.dep_ == "ccomp" and introducer.i < child.i < opening for child in introducer.children)
    else:
        # ... or read as a word of the reported clause ("the same text"), which stops before the question
        reported = any(token.dep_ == "ccomp" and start <= token.head.i < token.i and is_cue_verb(token.head) and introducer in token.subtree for token in doc[start:opening])
    return opening - 1 if reported else None


def _opens(mark: Token) -> bool:
    """Whether a quotation mark can only open a quotation: a curly or PTB opening mark, or a straight or doubled one
    right before a word (R293)."""
    if mark.text in ("“", "``"):
        return True
    text = doc_text(mark.doc)
    after = mark.idx + len(mark.text)
    return mark.text in ('"', "''") and after < len(text) and not text[after].isspace() and (mark.idx == 0 or text[mark.idx - 1].isspace())
