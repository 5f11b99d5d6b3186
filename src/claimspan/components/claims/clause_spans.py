"""Where a clause's span starts and ends (GUIDELINES R27): past a dateline or boilerplate prefix, without the
joining words before it, the spaces, commas and final stop after it, and with the closing quotation mark that ends
the sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...datelines import opens_with_dated_dateline
from ...extensions import doc_text, token_span
from ...line_breaks import has_line_break
from .cues import CLOSING_QUOTES
from .transcript_labels import shares_surname

DASHES = frozenset({"-", "—", "–", "―", "--"})
# A dateline or boilerplate prefix ("KABUL, Afghanistan (Sept. 1) - ") is at most this many tokens.
MAX_PREFIX = 16
SUBORDINATE_MARKS = frozenset({"while", "whereas", "when", "although", "though", "as"})
# Adverbs that join a clause and are left out of its span (GUIDELINES R27: "after the conjunction").
JOINING_ADVERBS = SUBORDINATE_MARKS | {"so"}
CONDITIONAL_MARKS = frozenset({"if", "unless"})


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def trim_clause(sent: Span, start: int, end: int, *, leading: bool) -> tuple[int, int]:
    """Drop spaces, trailing commas and the final full stop, and (if leading) the joining words before a clause."""
    doc = sent.doc
    while start < end and (doc[start].is_space or leading and _joining(doc[start])):
        start += 1
    while end > start and (doc[end - 1].is_space or _trailing(doc[end - 1])):
        end -= 1
    if end - start > 2 and doc[start].text == "(" and doc[end - 1].text == ")":
        # a sentence in parentheses: "(By the following day the theory had been abandoned.)"
        start, end = trim_clause(sent, start + 1, end - 1, leading=leading)
    return start, end


def _trailing(token: Token) -> bool:
    """Punctuation and joining words a span does not end with: the final stop(s) ("..", "..."), commas."""
    return token.text in (",", ";", ":", "—", "-") or (len(token.text) and not token.text.strip(".")) or token.dep_ in ("cc", "mark")


def closing_quote_end(sent: Span, end: int) -> int:
    """A clause that runs to the end of a sentence ending in period + closing quote keeps both
    (GUIDELINES R27: cutting would split the quotation)."""
    last_quote = None
    # the first word of the tail ends the walk: a long sentence is not read to its end for every clause
    for token in token_span(sent.doc, end, sent.end):
        if not (token.is_punct or token.is_space):
            return end
        if token.text in CLOSING_QUOTES:
            last_quote = token.i
    return end if last_quote is None else last_quote + 1


def _joining(token: Token) -> bool:
    """A word that joins a clause to the sentence and is left out of its span: "and", "so", "when"."""
    if token.dep_ in ("cc", "punct", "mark"):
        # a condition stays with its clause ("if this bid is successful, the aircraft may ...")
        return token.text not in ("“", '"', "``", "‘", "(") and token.lower_ not in CONDITIONAL_MARKS
    return token.lower_ in JOINING_ADVERBS and token.dep_ in ("advmod", "cc", "mark")


# Sentence start -> content start, kept per Doc: the clause splitter and every speaker phrase near a
# sentence's start ask for it.
CONTENT_START_KEY = ("claimspan", "content_start")


def content_start(sent: Span) -> int:
    """Skip a leading dateline or boilerplate line: text before a line break or a dateline dash
    that has no verb of its own (wire copy: "Download PDF  KABUL, Afghanistan (Sept. 1) - An ..."), and a date
    closed by a colon right after the dash ("CAIRO - 26 July 2022: The minister ...")."""
    known = sent.doc.user_data.setdefault(CONTENT_START_KEY, {})
    start = known.get(sent.start)
    if start is None:
        start = known[sent.start] = _content_start(sent)
    return start


def _content_start(sent: Span) -> int:
    start = sent.start
    # whether the prefix sent.doc[start : token.i] has a word in capitals, kept as the loop walks on
    has_capitals = False
    # whether the last start was set by a dateline dash, after which a date and a colon may follow
    dated = False
    # sent[: MAX_PREFIX + 1]'s tokens
    for token in token_span(sent.doc, start, min(sent.end, start + MAX_PREFIX + 1)):
        index = token.i
        is_break = token.is_space and has_line_break(token.text)
        # a dateline dash follows a place name in capitals ("KABUL, Afghanistan (Sept. 1) - ")
        is_dash = has_capitals and token.text in DASHES and token.whitespace_
        # the day after a dateline's dash, closed by a colon ("CAIRO - 26 July 2022: The minister ...", R220)
        # the tokenizer keeps an agency credit's closing bracket with the colon ("ISLAMABAD, Jun 3 (APP):")
        is_dated = token.text in (":", "):") and index > start and (_a_date(sent.doc[start:index]) if dated else dateline_before_colon(sent.doc[start:index]))
        if (is_break or is_dash or is_dated) and index > start:
            dated = is_dash
            start = index + 1
            has_capitals = False
            continue
        if not has_capitals and token.is_upper and token.is_alpha and len(token) > 2:
            has_capitals = True
        if is_verb(token) and token.tag_ != "NNP":
            # a prefix with a verb is content: no later break or dash can move the start
            break
    return start


def _a_date(words: Span) -> bool:
    """Words that only write a day: the model's DATE entity, with the numbers and marks it may leave out ("26")."""
    return any(word.ent_type_ == "DATE" for word in words) and all(word.ent_type_ == "DATE" or word.like_num or word.is_punct or word.is_space for word in words)


def dateline_before_colon(words: Span) -> bool:
    """The words before a colon are a dateline, as South Asian papers write it: "ISLAMABAD:", "ISLAMABAD, Feb 10:"
    (R220): a place in capitals, with at most a date after it."""
    first = next((word for word in words if not word.is_space), None)
    if first is None or not (first.is_upper and first.is_alpha and len(first) > 2):
        return False
    text = doc_text(words.doc)
    label = text[first.idx : words.end_char] + ":"
    if text.count("\n" + label) + text.startswith(label) > 1 or shares_surname(text, label[:-1]):
        return False  # a name that labels several lines is a transcript's speaker ("OKAFOR: ...", R116), not a dateline
    return all((word.is_upper and word.is_alpha) or word.is_punct or word.is_space for word in words) or opens_with_dated_dateline(
        text[first.idx : words.end_char + 1] if words.end < len(words.doc) else ""
    )
