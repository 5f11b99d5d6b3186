"""claimspan_sentences: fix sentence starts on news text before the parser runs.

The parser respects sentence starts set before it (spaCy refuses to change them after parsing, E043),
so this stage marks only what it is sure of and leaves every other token to the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extensions import register_extensions
from ..tables import SentenceException, read_table

# A closing quote or bracket that the parser put at the start of a sentence belongs to the one before.
CLOSING_PUNCTUATION = frozenset({"”", "’", '"', "'", ")", "]", "»", "''"})
SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…"})
# "\n", and the Unicode line and paragraph separators some feeds use instead (ISAF releases do)
LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")
OPENING_QUOTES = frozenset({"“", "‘", '"', "'", "«", "``"})


def _has_line_break(text: str) -> bool:
    return any(mark in text for mark in LINE_BREAKS)


@Language.factory(
    "claimspan_sentences",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_sentences(nlp: Language, name: str) -> "SentenceFixer":
    register_extensions()
    return SentenceFixer(name=name)


class SentenceFixer:
    """Fix sentence starts: line breaks, abbreviations and initials, stray closing quotes."""

    def __init__(self, *, name: str = "claimspan_sentences") -> None:
        self.name = name
        self.abbreviations: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, exceptions_path: Optional[str] = None) -> None:
        if exceptions_path:
            self.abbreviations = frozenset(entry.text for entry in read_table(Path(exceptions_path), SentenceException))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, dict(self.find(doc)))
        return doc

    def find(self, doc: Doc) -> Iterable[tuple[int, bool]]:
        """Yield (token index, is a sentence start) for each token whose start must change."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            decided = self._decide(token, previous)
            if decided is not None:
                yield token.i, decided

    def _decide(self, token: Token, previous: Token) -> Optional[bool]:
        if token.is_space:
            # whitespace stays with the sentence it follows
            return False
        if _has_line_break(previous.text) or _has_line_break(previous.whitespace_):
            # a line break ends a paragraph, a headline or a bullet line
            return True
        if token.text in CLOSING_PUNCTUATION and not previous.is_space and not previous.whitespace_:
            return False
        last_word = self._previous_word(previous)
        if last_word is not None and self._is_abbreviation(last_word):
            return False
        if last_word is None:
            return None
        if not self._ends_sentence(last_word):
            # news sentences end with a full stop, question or exclamation mark (or a line break)
            return False
        if previous.is_space and (token.is_title or self._opens_quoted_sentence(token)):
            # several spaces after a full stop separate sentences in wire copy
            return True
        return None

    @staticmethod
    def _ends_sentence(token: Token) -> bool:
        """A full stop, or a closing quote or bracket right after one ('... done.”')."""
        while token.text in CLOSING_PUNCTUATION and token.i > 0:
            token = token.doc[token.i - 1]
        return token.text in SENTENCE_FINAL or token.text.endswith(".")

    @staticmethod
    def _opens_quoted_sentence(token: Token) -> bool:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return token.text in OPENING_QUOTES and following is not None and following.is_title

    @staticmethod
    def _previous_word(token: Token) -> Optional[Token]:
        while token.is_space:
            if token.i == 0:
                return None
            token = token.doc[token.i - 1]
        return token

    def _is_abbreviation(self, token: Token) -> bool:
        text = token.text
        if text in self.abbreviations:
            return True
        # an initial such as "J." in "J. Smith"
        return len(text) == 2 and text[0].isupper() and text[1] == "."

    def set_annotations(self, doc: Doc, starts: dict[int, bool]) -> None:
        for index, is_start in starts.items():
            doc[index].is_sent_start = is_start
