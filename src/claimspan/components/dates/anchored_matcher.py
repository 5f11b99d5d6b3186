"""The date patterns' Matcher, run only over the stretches of a Doc where a pattern can match.

spaCy's Matcher starts every pattern at every token, so with about fifty date patterns it took most
of the dates stage. Every pattern has a required token with a word test ("day", a month name, a
lexeme flag from flags.py); a match holds such a token, so it lies within the pattern's length of
it. The Matcher runs over each stretch those windows cover. Outside the stretches no match can begin
or go on, so the matches, and the order the Matcher gives them in, are those of a run over the whole
Doc (test_dates.py checks both on the same texts).
"""

from __future__ import annotations

from typing import Iterator, Optional

import numpy
from spacy.attrs import IDS, IS_STOP
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ...extensions import token_span

# the string attributes a word test can read, by their token pattern keys
WORD_ATTRS = {"ORTH": IDS["ORTH"], "TEXT": IDS["ORTH"], "LOWER": IDS["LOWER"], "SHAPE": IDS["SHAPE"]}
# Operators that keep a pattern token to one word (None: exactly one; "?": none or one); with any
# other operator the windows have no bound and the Matcher reads the whole Doc.
BOUNDED_OPERATORS = (None, "?")

# A word test: (attribute id, the words it accepts) or, for a lexeme flag that tests a regular
# expression, (flag id, ()).
WordTest = tuple[int, tuple[str, ...]]


class AnchoredMatcher:
    """A Matcher over the windows of each pattern's anchor: the required token whose test accepts the
    fewest common words (a test that accepts "the", "a" or "-" would cover much of a text)."""

    def __init__(self, vocab: Vocab, *, validate: bool = False) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        # word test -> (most tokens before, most tokens after) the anchor in the patterns anchored on it
        self.reach: dict[WordTest, tuple[int, int]] = {}
        self.whole_doc = False
        self._lookups: Optional[tuple] = None

    def __len__(self) -> int:
        return len(self.matcher)

    def add(self, key: str, pattern: list[dict]) -> None:
        self.matcher.add(key, [pattern])
        anchor = self._anchor(pattern)
        if anchor is None:
            self.whole_doc = True
            return
        test, before, after = anchor
        known_before, known_after = self.reach.get(test, (0, 0))
        # every window of one test holds its anchor token, so their union is one window
        self.reach[test] = (max(before, known_before), max(after, known_after))
        self._lookups = None

    def __call__(self, doc: Doc) -> list[Span]:
        """The matches as labelled spans, in the Matcher's order."""
        if self.whole_doc or not self.reach or not len(doc):
            return self.matcher(doc, as_spans=True)
        return [span for start, end in self.stretches(doc) for span in self.matcher(token_span(doc, start, end), as_spans=True)]

    def stretches(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) token bounds of the stretches the anchors' windows cover, in text order."""
        attrs, tables = self._lookups or self._build_lookups()
        length = len(doc)
        # one attribute comes back as a flat array
        columns = doc.to_array(attrs).reshape(length, len(attrs))
        starts, ends = [], []
        for column, (hashes, before, after) in enumerate(tables):
            values = columns[:, column]
            if hashes is None:  # a flag: the column says where it is set
                anchors = numpy.flatnonzero(values)
                starts.append(anchors - before[0])
                ends.append(anchors + after[0] + 1)
                continue
            # one sorted lookup per attribute: each anchor word's widest window
            found = numpy.searchsorted(hashes, values).clip(0, len(hashes) - 1)
            anchors = numpy.flatnonzero(hashes[found] == values)
            starts.append(anchors - before[found[anchors]])
            ends.append(anchors + after[found[anchors]] + 1)
        # +1 where a window opens, -1 where it closes: a token is covered where the running sum is positive
        change = numpy.bincount(numpy.concatenate(starts).clip(0, length), minlength=length + 1)
        change -= numpy.bincount(numpy.concatenate(ends).clip(0, length), minlength=length + 1)
        covered = numpy.cumsum(change[:length]) > 0
        edges = numpy.flatnonzero(numpy.diff(covered, prepend=False, append=False)).tolist()
        return list(zip(edges[::2], edges[1::2]))

    def _build_lookups(self) -> tuple:
        """The attributes stretches() reads and, per attribute, its anchor words' hashes (sorted) with the
        widest reach of each, or None for a flag."""
        by_attr: dict[int, dict[int, tuple[int, int]]] = {}
        flags = []
        for (attr, words), (before, after) in self.reach.items():
            if not words:
                flags.append((attr, before, after))
                continue
            reach = by_attr.setdefault(attr, {})
            for word in words:
                known_before, known_after = reach.get(get_string_id(word), (0, 0))
                reach[get_string_id(word)] = (max(before, known_before), max(after, known_after))
        attrs, tables = [], []
        for attr, reach in by_attr.items():
            hashes = sorted(reach)
            attrs.append(attr)
            tables.append((numpy.array(hashes, dtype=numpy.uint64), numpy.array([reach[value][0] for value in hashes]), numpy.array([reach[value][1] for value in hashes])))
        for flag, before, after in flags:
            attrs.append(flag)
            tables.append((None, (before,), (after,)))
        self._lookups = (attrs, tables)
        return self._lookups

    def _anchor(self, pattern: list[dict]) -> Optional[tuple[WordTest, int, int]]:
        """(word test, tokens before, tokens after) of the pattern's anchor; None when it has none."""
        if any(spec.get("OP") not in BOUNDED_OPERATORS for spec in pattern):
            return None
        best = None
        for index, spec in enumerate(pattern):
            if spec.get("OP") is not None:
                continue
            for test, attr, words in self._word_tests(spec):
                # fewest common words, then fewest words; a regular expression lists none: it is written for rare forms
                cost = (sum(1 for word in words if self._is_common(attr, word)), len(words))
                if best is None or cost < best[0]:
                    best = (cost, test, index)
        if best is None:
            return None
        _, test, index = best
        return test, index, len(pattern) - 1 - index

    def _word_tests(self, spec: dict) -> Iterator[tuple[WordTest, str, tuple[str, ...]]]:
        """(word test, attribute name, the words it accepts) for each word test of a pattern token."""
        for key, value in spec.items():
            if isinstance(key, int):
                # a lexeme flag made by flags.py: its WordTest keeps the attribute and the word set, or a regex
                test = self.vocab.lex_attr_getters.get(key)
                attr = getattr(test, "attr", None)
                if value is not True or attr not in WORD_ATTRS:
                    continue
                words = tuple(sorted(test.values)) if getattr(test, "values", None) else ()
                yield ((WORD_ATTRS[attr], words) if words else (key, ())), attr, words
            elif isinstance(key, str) and key.upper() in WORD_ATTRS:
                words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and len(value) == 1 else None
                if isinstance(words, list) and words and all(isinstance(word, str) for word in words):
                    yield (WORD_ATTRS[key.upper()], tuple(words)), key.upper(), tuple(words)

    def _is_common(self, attr: str, word: str) -> bool:
        """A shape ("dd"), a stop word or punctuation: found at a good share of all tokens."""
        is_stop = self.vocab.lex_attr_getters.get(IS_STOP)
        return attr == "SHAPE" or not word.isalnum() or bool(is_stop and is_stop(word))
