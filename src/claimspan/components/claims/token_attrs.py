"""A Doc's token attributes read once as plain lists, for the claims stage's many small token tests.

Indexing a Doc builds a new Token object each time; the claims helpers ask about the same tokens
many times per sentence, so they read tags, parts of speech, dependencies, lower forms and lemmas
from here instead.
"""

from __future__ import annotations

from functools import cached_property

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ...extensions import RECENT_DOCS, RecentDocs


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
        heads_column = doc.to_array([HEAD]).reshape(-1).astype("int64") + numpy.arange(len(doc))
        self.heads: list[int] = heads_column.tolist()
        heads = self.heads
        # the columns' hashes of the few words the two tables below look for: whole-Doc tests run in numpy,
        # and Python reads only the tokens that pass
        tag_column, dep_column, lower_column, lemma_column = table[:, 0], table[:, 2], table[:, 3], table[:, 4]
        # token index -> indices of its aux/auxpass children, in text order (as Token.children gives them)
        self.auxiliaries: dict[int, list[int]] = {}
        is_auxiliary = ((dep_column == _hash("aux")) | (dep_column == _hash("auxpass"))) & (heads_column != numpy.arange(len(doc)))
        for index in numpy.flatnonzero(is_auxiliary).tolist():
            self.auxiliaries.setdefault(heads[index], []).append(index)
        # present "is/are to" + verb: the "be" of each (see claim_types.has_be_to)
        present = (tag_column[:-2] == _hash("VBZ")) | (tag_column[:-2] == _hash("VBP"))
        be = numpy.flatnonzero((lemma_column[:-2] == _hash("be")) & present)
        be = be[(lower_column[be + 1] == _hash("to")) & (tag_column[be + 2] == _hash("VB"))]
        self.be_to = frozenset(be.tolist())
        # the heads of relative clauses, in text order (clauses._relative_cues reads them per sentence)
        self.relative_clauses: list[int] = numpy.flatnonzero(dep_column == _hash("relcl")).tolist()

    @cached_property
    def is_space(self) -> list[bool]:
        """Token index -> Token.is_space (the lexeme's flag, read for every word at once)."""
        return self.doc.to_array([IS_SPACE]).reshape(-1).astype(bool).tolist()

    @cached_property
    def children(self) -> list[list[int]]:
        """Token index -> indices of its children in text order, as Token.children gives them without
        building a Token for each child (the claims helpers walk the same verbs' children many times)."""
        children: list[list[int]] = [[] for _ in self.heads]
        for index, head in enumerate(self.heads):
            if head != index:
                children[head].append(index)
        return children


def _hash(text: str) -> numpy.uint64:
    """A string's hash as the columns hold it (a plain int above 2**63 would make numpy compare in floats)."""
    return numpy.uint64(get_string_id(text))


# each Doc's columns, for the Docs of a batch: the claims and check-worthiness stages both read them
_ATTRS = RecentDocs(TokenAttrs, RECENT_DOCS)


def token_attrs(doc: Doc) -> TokenAttrs:
    """The TokenAttrs of a Doc, built once per Doc of the batch."""
    return _ATTRS(doc)
