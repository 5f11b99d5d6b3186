"""Direct quotations in a text: curly, straight and PTB-style (`` '') quote marks, nested ones included.

A pure function on the string, so the whole document is scanned once and claims take the quotes
that overlap them. Quote marks are included in each span.
"""

from __future__ import annotations

import re
from typing import Iterator

# (opening mark, closing mark) pairs. The straight double quote opens and closes the same way.
CLOSING = {"“": "”", "``": "''", '"': '"', "«": "»", "‘": "’"}
OPENING = {closing: opening for opening, closing in CLOSING.items()}
# The characters `_marks` looks at; the scan jumps from one to the next.
CANDIDATE = re.compile("[\n`'“«”»\"‘’]")


def find_quotes(text: str, *, doubled_apostrophes: bool = False) -> list[tuple[int, int]]:
    """Return (start, end) of each outermost direct quotation, marks included, in text order.

    Nested quotations stay inside their outer quote. An apostrophe (’ between letters, as in
    "Pakistan’s", or after a plural "officials’ ") never closes a single quote unless one is open and
    it is followed by a non-letter. A double quote left open runs to the end of its paragraph (the
    news convention for quotes continued over paragraphs starts the next paragraph with a new mark).
    With `doubled_apostrophes`, '' also opens a quotation (''...'', R293): the claims stage asks for it; the dates
    stage, whose reading of a quoted "today" was measured without it, does not.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (expected closing mark, start offset)
    for position, mark, role in _marks(text, doubled_apostrophes):
        if role == "either":
            role = "close" if stack and stack[-1][0] == mark else "open"
        if role == "close" and any(closing == mark for closing, _ in stack):
            # a closing mark for an outer quote also ends the inner ones left open
            while stack[-1][0] != mark:
                stack.pop()
            _, start = stack.pop()
            if not stack:
                spans.append((start, position + len(mark)))
        elif role == "open":
            # doubled apostrophes open a quotation they also close (''...'', R293)
            stack.append((CLOSING.get(mark, mark), position))
        elif role == "paragraph" and stack and not _continues(text, position, stack[0][0], doubled_apostrophes):
            if stack[0][0] != "’":
                spans.append((stack[0][1], _rstrip(text, position)))
            stack.clear()
    if stack and stack[0][0] != "’":
        spans.append((stack[0][1], _rstrip(text, len(text))))
    return sorted(spans)


def quotes_in(quotes: list[tuple[int, int]], start: int, end: int, text: str = "") -> Iterator[tuple[int, int]]:
    """The parts of the quotes that lie inside [start, end): a quote running past a claim is clipped.

    Given the text, a clipped part holding no word (only a mark, as a claim that ends on the opening ''
    of the next sentence's quotation) is no quotation of the claim (R351)."""
    for quote_start, quote_end in quotes:
        if quote_start < end and quote_end > start:
            part_start, part_end = max(quote_start, start), min(quote_end, end)
            if not text or any(char.isalnum() for char in text[part_start:part_end]):
                yield part_start, part_end


def _continues(text: str, position: int, closing: str, doubled_apostrophes: bool = False) -> bool:
    """Whether a quote open at a line break runs on into the next paragraph (closed there, not reopened)."""
    if closing == "’":
        return False
    opening = OPENING[closing]
    if text[position:].lstrip().startswith(opening) or (doubled_apostrophes and closing == "''" and _opens_doubled(text, position + len(text[position:]) - len(text[position:].lstrip()), "\n")):
        return False
    close_at = text.find(closing, position)
    if closing == opening:
        return close_at != -1
    open_at = text.find(opening, position)
    return close_at != -1 and (open_at == -1 or close_at < open_at)


def _opens_doubled(text: str, position: int, before: str) -> bool:
    """Whether doubled apostrophes open a quotation, as some papers set both marks (''We will win,'' he said;
    R293): at the start of a word, after a space, a line break or an opening bracket. After a word or a
    punctuation mark they close, as the PTB-style closing mark of `` ... '' does."""
    after = text[position + 2] if position + 2 < len(text) else " "
    return text.startswith("''", position) and (before.isspace() or before in "([—–") and not after.isspace() and after != "'"


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _marks(text: str, doubled_apostrophes: bool = False) -> Iterator[tuple[int, str, str]]:
    """Yield (offset, mark, role) with role 'open', 'close' or 'paragraph' (a line break)."""
    position = 0
    length = len(text)
    search = CANDIDATE.search
    while position < length:
        match = search(text, position)
        if match is None:
            return
        position = match.start()
        char = text[position]
        pair = text[position : position + 2]
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < length else " "
        if char == "\n":
            yield position, char, "paragraph"
        elif pair in ("``", "''"):
            yield position, pair, "open" if pair == "``" or doubled_apostrophes and _opens_doubled(text, position, before) else "close"
            position += 2
            continue
        elif char in "“«":
            yield position, char, "open"
        elif char in "”»":
            yield position, char, "close"
        elif char == '"':
            yield position, char, "either"
        elif char == "‘" and not after.isspace() and not before.isalnum():
            yield position, char, "open"
        elif char == "’" and not before.isspace() and not after.isalpha():
            yield position, char, "close"
        position += 1
