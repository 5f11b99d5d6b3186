"""A Doc's token attributes read once as plain lists, for the claims stage's many small token tests.

Indexing a Doc builds a new Token object each time; the claims helpers ask about the same tokens
many times per sentence, so they read tags, parts of speech, dependencies, lower forms and lemmas
from here instead.
"""

from __future__ import annotations

from functools import cached_property
from typing import Optional

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc


class TokenAttrs:
    """A Doc's token attributes as plain string lists, read once (indexing a Doc builds a Token each time)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        table = doc.to_array([TAG, POS, DEP, LOWER, LEMMA])
        strings = doc.vocab.strings
        # each distinct hash of the five columns is looked up once (a word's lower form and lemma are
        # often the same string); the "" keeps numpy from reading the strings as a character array
        values, inverse = numpy.unique(table, return_inverse=True)
        names = numpy.array([strings[value] for value in values.tolist()] + [""], dtype=object)
        self.tag, self.pos, self.dep, self.lower, self.lemma = names[inverse.reshape(table.shape)].T.tolist()
        # token index -> index of its head
        self.heads: list[int] = (doc.to_array([HEAD]).reshape(-1).astype("int64") + numpy.arange(len(doc))).tolist()
        heads = self.heads
        # token index -> indices of its aux/auxpass children, in text order (as Token.children gives them)
        self.auxiliaries: dict[int, list[int]] = {}
        for index, dep in enumerate(self.dep):
            if dep in ("aux", "auxpass") and heads[index] != index:
                self.auxiliaries.setdefault(heads[index], []).append(index)
        # present "is/are to" + verb: the "be" of each (see claim_types.has_be_to)
        tag, lower = self.tag, self.lower
        self.be_to = frozenset(index for index, lemma in enumerate(self.lemma) if lemma == "be" and tag[index] in ("VBZ", "VBP") and index + 2 < len(doc) and lower[index + 1] == "to" and tag[index + 2] == "VB")

    @cached_property
    def children(self) -> list[list[int]]:
        """Token index -> indices of its children in text order, as Token.children gives them without
        building a Token for each child (the claims helpers walk the same verbs' children many times)."""
        children: list[list[int]] = [[] for _ in self.heads]
        for index, head in enumerate(self.heads):
            if head != index:
                children[head].append(index)
        return children


_LAST: list[Optional[TokenAttrs]] = [None]


def token_attrs(doc: Doc) -> TokenAttrs:
    """The TokenAttrs of a Doc, kept for the Doc most recently asked about."""
    cached = _LAST[0]
    if cached is None or cached.doc is not doc:
        cached = _LAST[0] = TokenAttrs(doc)
    return cached
