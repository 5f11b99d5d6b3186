"""Turn a Matcher pattern's set and regex tests into lexeme flags, so the Matcher checks them in C.

The Matcher evaluates {"LOWER": {"IN": [...]}} and {"LOWER": {"REGEX": ...}} with a Python predicate
for every token a pattern could start on; a lexeme flag (Vocab.add_flag) holds the same answer, computed
once per word type from the same string attribute, and the Matcher reads it as a plain token attribute.
The patterns keep their tokens and operators, so the matches (and their order) are the same.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import IDS, ORTH
from spacy.errors import MatchPatternError
from spacy.schemas import validate_token_pattern
from spacy.vocab import Vocab

# Vocab.add_flag bits the language does not use: FLAG19 ... FLAG63 (bit 13 is spaCy's IS_OOV_DEPRECATED).
FREE_FLAGS = range(IDS["FLAG19"], IDS["FLAG63"] + 1)
STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "SHAPE", "NORM", "PREFIX", "SUFFIX"})


class WordTest:
    """A flag getter: is the word's attribute in a set of strings, or does a regex find it."""

    def __init__(self, attr: str, getter, *, values: Optional[frozenset] = None, regex: Optional[str] = None) -> None:
        self.attr, self.getter, self.values, self.regex = attr, getter, values, regex
        self.compiled = re.compile(regex) if regex is not None else None

    def __call__(self, string: str) -> bool:
        value = self.getter(string)
        if self.compiled is not None:
            return bool(self.compiled.search(value))
        return value in self.values

    def __eq__(self, other) -> bool:
        return isinstance(other, WordTest) and (self.attr, self.values, self.regex) == (other.attr, other.values, other.regex)

    def __hash__(self) -> int:
        return hash((self.attr, self.values, self.regex))


def refresh_special_cases(tokenizer) -> None:
    """Rebuild the tokenizer's special cases (the same rules) so their tokens point at the vocab's current
    lexemes, which carry the flags: tokens built before the vocab was loaded ("Sept.", "a.m.") keep
    lexemes Vocab.add_flag does not reach."""
    tokenizer.rules = dict(tokenizer.rules)


def flagged_pattern(pattern: list[dict], vocab: Vocab) -> list[dict]:
    """The pattern with each one-key IN or REGEX test on a string attribute replaced by a lexeme flag.
    The pattern is validated as written (the Matcher's schema has no FLAG keys)."""
    errors = validate_token_pattern(pattern)
    if errors:
        raise MatchPatternError("date pattern", {0: errors})
    return [_flagged_token(dict(token), vocab) for token in pattern]


def reserve_leading_flags(patterns: list[list[dict]], vocab: Vocab) -> None:
    """Give flags first to the tests a pattern can start on (its first token, and the one after each
    leading optional token): the Matcher checks those at every token of every Doc, the later ones only
    where a pattern has already begun. With more tests than free bits, the rest stay Python predicates.
    flagged_pattern then finds the reserved flags by their test."""
    for pattern in patterns:
        for spec in pattern:
            for key, value in spec.items():
                test = _word_test(key, value, vocab)
                if test is not None:
                    _flag_for(test, vocab)
            if spec.get("OP") not in ("?", "*"):
                break


def _flagged_token(spec: dict, vocab: Vocab) -> dict:
    out = {}
    for key, value in spec.items():
        test = _word_test(key, value, vocab)
        flag = _flag_for(test, vocab) if test is not None else None
        if flag is None:
            out[key] = value
        else:
            out[flag] = True
    return out


def _word_test(key, value, vocab: Vocab) -> Optional[WordTest]:
    if not isinstance(key, str) or key.upper() not in STRING_ATTRS or not isinstance(value, dict) or len(value) != 1:
        return None
    attr = "ORTH" if key.upper() == "TEXT" else key.upper()
    getter = _orth if IDS[attr] == ORTH else vocab.lex_attr_getters.get(IDS[attr])
    if getter is None:
        return None
    (operator, argument), = value.items()
    if operator == "IN" and isinstance(argument, list) and all(isinstance(item, str) for item in argument):
        return WordTest(attr, getter, values=frozenset(argument))
    if operator == "REGEX" and isinstance(argument, str):
        return WordTest(attr, getter, regex=argument)
    return None


def _orth(string: str) -> str:
    return string


def _flag_for(test: WordTest, vocab: Vocab) -> Optional[int]:
    """The flag holding this test (reused when the vocab has it already); None when no bit is free."""
    for flag in FREE_FLAGS:
        if vocab.lex_attr_getters.get(flag) == test:
            return flag
    for flag in FREE_FLAGS:
        if flag not in vocab.lex_attr_getters:
            return vocab.add_flag(test, flag_id=flag)
    return None
