"""Title-case and capitals lines (headlines, subheadings, press-release boilerplate) and the model noise on them."""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from typing import Collection

from ...extensions import span_text, tokens_text
from ...line_breaks import has_line_break

# Words a title-case line leaves in lower case ("Coalition Forces Detain Leader in Khost").
TITLE_CASE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over"})
SENTENCE_END = frozenset(".!?:;\"'”’")
MAX_HEADLINE_TOKENS = 40


def _line_break(token: Token) -> bool:
    return token.is_space and has_line_break(token.text)


def in_title_case_line(doc: Doc, i: int) -> bool:
    """True when token i is on a short line in title case without sentence punctuation at its end: a
    headline or press-release boilerplate ('For Immediate Release', 'Download PDF'). Walks out from i
    and stops at the first lower-case word, so body text costs a few tokens."""
    content, left, right = 0, i, i
    for step in (-1, 1):
        position = i if step == 1 else i - 1
        while 0 <= position < len(doc) and not _line_break(doc[position]):
            word = doc[position].text
            if word[0].isalpha() and word.lower() not in TITLE_CASE_SMALL:
                if not word[0].isupper():
                    return False
                content += 1
            if abs(position - i) > MAX_HEADLINE_TOKENS:
                return False
            left, right = min(left, position), max(right, position)
            position += step
    last = doc[right].text.strip() or doc[right - 1].text
    return content > 1 and not (last and last[-1] in SENTENCE_END)


def quoted_capitals_heading(doc: Doc, start: int, end: int, english_words: Collection[str], opening: Collection[str], closing: Collection[str]) -> bool:
    """True when doc[start:end] is English words in capitals, quoted, and the quotation opens its line: a subheading's
    quoted words ('‘POLICY’ ON RISE', R802), not a name. An acronym ('‘ANC’ WINS') is no English word and stays.
    opening, closing: the quotation marks."""
    if not (0 < start and end < len(doc) and doc[start - 1].text in opening and doc[end].text in closing):
        return False
    if start >= 2 and not (_line_break(doc[start - 2]) or has_line_break(doc[start - 2].whitespace_)):
        return False
    words = [token for token in doc[start:end] if token.is_alpha]
    return bool(words) and all(token.is_upper and token.lower_ in english_words for token in words)


def written_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """True when the words of doc[start:end] occur again outside title-case lines."""
    text = tokens_text(doc, start, end)
    for position in numpy.nonzero(doc.to_array(ORTH) == doc[start].orth)[0]:
        position = int(position)
        if position != start and tokens_text(doc, position, position + end - start) == text and not in_title_case_line(doc, position):
            return True
    return False


def is_noise(span: Span, stop_words: frozenset[str], *, person: bool = False) -> bool:
    """An entity the tables do not know that is markup or model noise: stoplist words only ('UTC',
    'Download PDF'), one word the tagger reads as an adjective ('Automotive analyst'), or a name in a
    headline or boilerplate line that the rest of the text never writes ('For Immediate Release')."""
    if span_text(span) in stop_words or all(token.text in stop_words or token.is_punct for token in span):
        return True
    if len(span) == 1 and span[0].pos_ == "ADJ" and not span[0].is_upper:
        return True
    if person and len(span) > 1 and all(token.is_title for token in span):
        return False  # a full name in a list or caption line ('4. Daniel Alonso (ESP)') is a person, not boilerplate
    return in_title_case_line(span.doc, span.start) and not written_elsewhere(span.doc, span.start, span.end)
