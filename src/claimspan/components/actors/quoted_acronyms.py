"""'“I don't know” (DK)', '‘Compact with Africa’ (CwA)': an acronym defined in brackets right after a quotation
abbreviates what was quoted (an answer, a slogan, a coined term, a programme's title), not a body (GUIDELINES R620).
News writes a body's name bare; quotation marks set off words cited as words, as R470 reads them."""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_spans import tokens_written
from .evidence import initials_cover
from .not_actors import CLOSING_QUOTES, OPENING_QUOTES

# Words a quoted phrase may hold before its acronym: longer quotations are statements, not terms.
MAX_QUOTED_WORDS = 8


def _quoted_words(doc: Doc, closing: int) -> list[str]:
    """The words between doc[closing], a closing quotation mark, and its opening mark on the same line; empty when
    there is none within MAX_QUOTED_WORDS words."""
    words: list[str] = []
    for i in range(closing - 1, -1, -1):
        token = doc[i]
        if token.text in OPENING_QUOTES:
            return words[::-1]
        if "\n" in token.text or "\n" in token.whitespace_ or len(words) >= MAX_QUOTED_WORDS:
            return []
        if token.text[:1].isalpha():
            words.append(token.text)
    return []


def acronyms_of_quotations(doc: Doc, actor_ends: frozenset[int]) -> frozenset[str]:
    """The bracketed acronyms whose letters are initials of the quotation right before them. A quotation that ends in
    an accepted actor is that actor's name ('the so-called “Farmers Union” (FU)'), and its acronym follows it (R70).
    actor_ends: where accepted actors end."""
    found = set()
    for token in tokens_written(doc, ("(",), ignore_case=False):
        i = token.i
        if i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")" or doc[i - 1].text not in CLOSING_QUOTES:
            continue
        short = doc[i + 1].text
        if not short[:1].isupper() or sum(char.isupper() for char in short) < 2 or i - 1 in actor_ends:
            continue
        quoted = _quoted_words(doc, i - 1)
        if quoted and initials_cover(short, quoted):
            found.add(short)
    return frozenset(found)
