"""claimspan_sentences: fix sentence starts on news text before the parser runs.

The parser respects sentence starts set before it (spaCy refuses to change them after parsing, E043),
so this stage marks only what it is sure of and leaves every other token to the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.attrs import IS_SPACE, IS_TITLE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..line_breaks import has_line_break
from ..tables import SentenceException, read_table
from .batching import in_batches

# A closing quote or bracket that the parser put at the start of a sentence belongs to the one before.
CLOSING_PUNCTUATION = frozenset({"”", "’", '"', "'", ")", "]", "»", "''"})
SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…"})
OPENING_QUOTES = frozenset({"“", "‘", '"', "'", "«", "``"})


# Bit flags of a word's kind, cached per ORTH id (see SentenceFixer._kind).
LINE_BREAK, CLOSING, OPENING, FINAL, ABBREVIATION, TITLE_WORD, ENDS, LOWER_WORD, DASH, RIGHT_BRACKET, CAPITALS, INITIAL, DOUBLED = (1 << bit for bit in range(13))
DASHES = frozenset({"-", "--", "–", "—", "―", "_"})
# A wire-copy dateline ("KABUL, Afghanistan (Sept. 8) -", "NAIROBI, Kenya (AP) _") is its own
# sentence (GUIDELINES R5) when its dash comes within this many tokens of the line's start.
DATELINE_MAX_TOKENS = 16


def _is_initial(text: str) -> bool:
    """An initial such as "J." in "J. Smith"."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


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
        self._kinds: dict[int, int] = {}  # word kinds by ORTH id, filled as words are met

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, exceptions_path: Optional[str] = None) -> None:
        if exceptions_path:
            self.abbreviations = frozenset(entry.text for entry in read_table(Path(exceptions_path), SentenceException))
            self._kinds = {}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, dict(self.find(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    def find(self, doc: Doc) -> Iterator[tuple[int, bool]]:
        """Yield (token index, is a sentence start) for every token this stage is sure about.

        Works on the token attribute arrays and a per-word cache rather than Token objects: it
        looks at every token, before the parser, so it must stay cheap.
        """
        if len(doc) < 2:
            return
        columns = doc.to_array([ORTH, SPACY, IS_SPACE, IS_TITLE]).tolist()
        kinds = [self._kind(orth, doc.vocab) for orth, _, _, _ in columns]
        last_word_kind = 0  # kind of the last non-space token so far
        ends = False  # whether the token just before ends a sentence (through closing quotes)
        line_start = 0  # index of the first token of the current line
        dateline_end = -1  # index of the dash that closes a dateline on this line, if any
        opened_at = -1  # index of the word after an opening '' (already decided)
        for index in range(1, len(columns)):
            previous_kind, kind = kinds[index - 1], kinds[index]
            _, previous_trailing, previous_space, _ = columns[index - 1]
            _, _, is_space, is_title = columns[index]
            if previous_kind & LINE_BREAK:
                line_start, dateline_end = index, -1
            elif line_start == index - 1 and columns[line_start][2]:
                line_start = index  # the line began with spaces: its first word comes after them
            if not previous_space:
                ends = bool(previous_kind & FINAL) or bool(previous_kind & CLOSING and ends)
                last_word_kind = previous_kind | (ENDS if ends else 0)
                if previous_kind & INITIAL and index >= 2 and kinds[index - 2] & LOWER_WORD:
                    # "on X.": a letter after a lower-case word may be a word, not a name's initial (R330); the parser
                    # then decides, and it splits before a pronoun ("on X. He") but keeps "vitamin C. Doctors" whole
                    last_word_kind &= ~ABBREVIATION
                if previous_kind & DASH and index - 2 >= line_start and kinds[index - 2] & RIGHT_BRACKET and kinds[line_start] & CAPITALS and index - line_start <= DATELINE_MAX_TOKENS:
                    dateline_end = index - 1
            if dateline_end >= 0 and not is_space:
                # the first word after the dateline's dash (only spaces can come between)
                dateline_end = -1
                yield index, True
                continue
            if kind & DOUBLED and previous_trailing and not columns[index][1] and not last_word_kind & ABBREVIATION and last_word_kind & ENDS and index + 1 < len(kinds) and kinds[index + 1] & (TITLE_WORD | CAPITALS):
                # ''...'' quotes (R293, R350): '' after a sentence's end and a space, glued to a capital, opens the next
                # sentence's quotation; the parser, reading '' as a closing mark, hangs it on the sentence before
                yield index, True
                yield index + 1, False
                opened_at = index + 1
                continue
            if index == opened_at:
                continue
            yield index, self._decide(kind, previous_kind, last_word_kind, previous_space, previous_trailing, is_space, is_title, kinds, index)

    @staticmethod
    def _decide(kind, previous_kind, last_word_kind, previous_space, previous_trailing, is_space, is_title, kinds, index) -> Optional[bool]:
        if is_space:
            return False  # whitespace stays with the sentence it follows
        if previous_kind & LINE_BREAK:
            return True  # a line break ends a paragraph, a headline or a bullet line
        if kind & CLOSING and not previous_space and not previous_trailing:
            return False
        if kind & LOWER_WORD:
            return False  # a news sentence does not start in lower case
        if last_word_kind & ABBREVIATION or not last_word_kind & ENDS:
            # news sentences end with a full stop, question or exclamation mark (or a line break)
            return False
        opens_quoted = kind & OPENING and index + 1 < len(kinds) and kinds[index + 1] & TITLE_WORD
        if previous_space and (is_title or opens_quoted):
            return True  # several spaces after a full stop separate sentences in wire copy
        return None

    def _kind(self, orth: int, vocab) -> int:
        kind = self._kinds.get(orth)
        if kind is None:
            text = vocab.strings[orth]
            kind = (
                (LINE_BREAK if has_line_break(text) else 0)
                | (CLOSING if text in CLOSING_PUNCTUATION else 0)
                | (OPENING if text in OPENING_QUOTES else 0)
                | (FINAL if text in SENTENCE_FINAL or text.endswith(".") else 0)
                | (ABBREVIATION if text in self.abbreviations or _is_initial(text) else 0)
                | (INITIAL if _is_initial(text) and text not in self.abbreviations else 0)
                | (TITLE_WORD if text.istitle() else 0)
                | (LOWER_WORD if text[:1].islower() and text.islower() else 0)  # not "iPhone", "eBay", "iOS"
                | (DASH if text in DASHES else 0)
                | (RIGHT_BRACKET if text.endswith(")") else 0)  # "8)" in "(Sept. 8)" is one token
                | (CAPITALS if len(text) > 1 and text.isalpha() and text.isupper() else 0)
                | (DOUBLED if text == "''" else 0)
            )
            self._kinds[orth] = kind
        return kind

    def set_annotations(self, doc: Doc, starts: dict[int, Optional[bool]]) -> None:
        # one array write instead of a Token per word; 1 = starts a sentence, -1 = does not, 0 = the parser decides
        values = doc.to_array([SENT_START]).astype("int64").view("uint64")  # spaCy wants uint64; -1 wraps round
        signed = values.view("int64")
        for index, is_start in starts.items():
            if is_start is not None:
                signed[index] = 1 if is_start else -1
        doc.from_array([SENT_START], values)
