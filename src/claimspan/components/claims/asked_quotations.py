"""A speaker who asked the question a quotation closes speaks its next quotation too (GUIDELINES R410).

"“Do you think I will change?” Okafor asked reporters. “I am not changing.”": the sentence splitter cuts the
question from its speaker, the question gives no claim (R162), and "ask" is a directive cue, so the speaker's
sentence announces no one (R45 takes only a speech cue with no content). Asking a question out loud is speaking:
a sentence that is only a speaker, "ask" and what may go with it (whom, when, how), right after a quotation that
ends with a question mark, announces the quotation that opens the next sentence as that speaker's.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ...extensions import doc_text, token_bounds
from .cues import CLOSING_QUOTES, OPENING_QUOTES, content_head
from .speakers import first_person, source_of
from .token_attrs import token_attrs

# Verbs that put a question, so the sentence before closes a question.
ASKING_VERBS = frozenset({"ask"})
# Every character of a quotation mark token (OPENING_QUOTES, CLOSING_QUOTES: "``" and "''" included), and every last
# character of a closing one.
QUOTE_CHARACTERS = frozenset("".join(OPENING_QUOTES | CLOSING_QUOTES))
CLOSING_CHARACTERS = frozenset(mark[-1] for mark in CLOSING_QUOTES)
# Quotation mark tokens, opening or closing.
QUOTATION_MARKS = OPENING_QUOTES | CLOSING_QUOTES


def asker_after_question(sent: Span, before: Optional[Span]) -> Optional[tuple[Token, Span, bool]]:
    """(cue, speaker, False) when `sent` ends with only a speaker and "ask" after a quoted question: in the
    sentence itself ("“...?” Roe asked.") or, when the splitter cut them apart, in the sentence before of the same
    paragraph; None otherwise."""
    if not _may_close_a_question(sent, before):
        return None
    # the words are read as token indices, their texts sliced from the Doc's text and the parts of speech and lemmas
    # from its columns: the sentences that pass the text test are a third of all, and a Token per word of each cost
    # more than the rest of the test
    doc = sent.doc
    attrs = token_attrs(doc)
    text, starts, ends = token_bounds(doc)
    spaces = attrs.is_space
    words = [index for index in range(sent.start, sent.end) if not spaces[index]]
    if not words or text[starts[words[-1]] : ends[words[-1]]] != ".":
        return None
    marks = [position for position, index in enumerate(words) if text[starts[index] : ends[index]] in QUOTATION_MARKS]
    if marks:
        closing = words[max(marks[-1] - 1, 0) : marks[-1] + 1]
        words = words[marks[-1] + 1 :]
    elif before is not None:
        closing = [index for index in range(before.start, before.end) if not spaces[index]][-2:]
    else:
        return None
    if len(closing) < 2 or not words or text[starts[closing[-1]] : ends[closing[-1]]] not in CLOSING_QUOTES or text[starts[closing[0]] : ends[closing[0]]] != "?":
        return None
    if "\n" in text[starts[closing[-1]] : starts[words[0]]]:
        return None
    # the parser may make the quotation's verb the sentence's head and hang "asked" on it
    root = next((doc[index] for index in words if attrs.lemma[index].lower() in ASKING_VERBS and attrs.pos[index] == "VERB"), None)
    if root is None or content_head(root) is not None:
        return None
    # "asked for a recount", "asked about the bridge": what was asked is named here, not in the quotation before
    if any(child.i > root.i and child.dep_ in ("prep", "ccomp", "xcomp") and child.lower_ not in ("during", "at", "in", "on") for child in root.children):
        return None
    source = source_of(root)
    if source is None or source.start < words[0] or first_person(source):
        return None
    return root, source, False


def _may_close_a_question(sent: Span, before: Optional[Span]) -> bool:
    """False when the text alone rules the sentence out: it does not end with "." (its last word is then not "."),
    and it holds no quotation mark while the sentence before does not end with a closing one. This runs on every
    sentence, and the test on the Tokens builds one for each of its words; the text is sliced once per Doc."""
    text = doc_text(sent.doc)
    own = text[sent.start_char : sent.end_char]
    # whitespace tokens are all whitespace (str.isspace), as rstrip() strips them
    if not own.rstrip().endswith("."):
        return False
    if not QUOTE_CHARACTERS.isdisjoint(own):
        return True
    return before is not None and text[before.start_char : before.end_char].rstrip()[-1:] in CLOSING_CHARACTERS
