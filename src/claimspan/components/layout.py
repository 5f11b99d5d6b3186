"""claimspan_hide_space / claimspan_show_space: the pretrained components read the words, not the layout.

spaCy keeps every run of whitespace but a single space as a token of its own ("\\n\\n"), and the
pretrained tagger, parser and NER, trained on text without such tokens, read them as words: the
same sentence is tagged, parsed and split into entities differently after a paragraph break than
after a space ("At" becomes an adverb in "\\n\\nAt least 16 soldiers were killed"). So the first
component hands the pretrained ones a copy of the Doc without whitespace tokens, and the second
copies their tags, lemmas, parse and entities back onto the original Doc, whose text and offsets
are untouched. A whitespace token gets the tags the parser gives whitespace (_SP, SPACE) and hangs
on the word before it, so it stays with the sentence it follows (GUIDELINES R4).

The two are halves of one step; they live in one module so neither is used without the other.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.symbols import SPACE
from spacy.tokens import Doc

from ..extensions import register_extensions
from .batching import in_batches

# Where the copy keeps what it needs to find its way back: the original Doc and, per word, its index there.
ORIGINAL_KEY = ("claimspan", "layout_original")
INDEX_KEY = ("claimspan", "layout_index")
COPIED = [TAG, POS, MORPH, LEMMA]
# Characters the pretrained model never saw, handed to it as the one it reads the same way (GUIDELINES R221): a
# dateline's horizontal bar ("PHILADELPHIA ― The campaign said ...") is read as a modal verb and made the root.
READ_AS = {"\u2015": "\u2014"}


@Language.factory("claimspan_hide_space", assigns=[], default_config={})
def make_hide_space(nlp: Language, name: str) -> "SpaceHider":
    register_extensions()
    return SpaceHider(name=name)


@Language.factory(
    "claimspan_show_space",
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep", "token.head", "token.is_sent_start", "doc.ents", "doc.tensor"],
    default_config={},
)
def make_show_space(nlp: Language, name: str) -> "SpaceShower":
    register_extensions()
    return SpaceShower(name=name)


class SpaceHider:
    """Return a copy of the Doc without its whitespace tokens (the Doc itself when it has none)."""

    def __init__(self, *, name: str = "claimspan_hide_space") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        columns = doc.to_array([ORTH, SPACY, IS_SPACE, NORM, SENT_START])
        is_space = columns[:, 2].astype(bool)
        misread = numpy.isin(columns[:, 0], self._misread_ids(doc.vocab))
        if not is_space.any() and not misread.any():
            return doc
        index = numpy.flatnonzero(~is_space)
        if not len(index):
            return doc  # nothing but whitespace: nothing for the model to read
        # a word is followed by whitespace when it has a trailing space or a whitespace token comes next
        followed = columns[:, 1].astype(bool) | numpy.append(is_space[1:], False)
        words = [doc.vocab.strings[orth] for orth in columns[index, 0].tolist()]
        misread_words = misread[index]
        if misread_words.any():
            words = [READ_AS.get(word, word) for word in words]
        copy = Doc(doc.vocab, words=words, spaces=followed[index].tolist())
        # the tokenizer's norms ("Sept." -> "september", which the model reads) and the sentence
        # starts set before the parser (claimspan_sentences) go with their words
        kept = columns[index][:, 3:5]
        if misread_words.any():
            kept[misread_words, 0] = [doc.vocab[words[position]].norm for position in numpy.flatnonzero(misread_words).tolist()]
        kept[0, 1] = 1
        copy.from_array([NORM, SENT_START], kept)
        copy.user_data[ORIGINAL_KEY] = doc
        copy.user_data[INDEX_KEY] = index
        return copy

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    @staticmethod
    def _misread_ids(vocab) -> list[int]:
        return [vocab.strings.add(text) for text in READ_AS]


class SpaceShower:
    """Copy the pretrained components' annotations from the copy back onto the original Doc and return it."""

    def __init__(self, *, name: str = "claimspan_show_space") -> None:
        self.name = name

    def __call__(self, copy: Doc) -> Doc:
        original = copy.user_data.get(ORIGINAL_KEY)
        if original is None:
            return copy  # the Doc had no whitespace tokens: the model read it as it is
        index = copy.user_data[INDEX_KEY]
        length = len(original)
        # the positions not in index, sorted (a mask is cheaper than setdiff1d's sort)
        is_space = numpy.ones(length, dtype=bool)
        is_space[index] = False
        spaces = numpy.flatnonzero(is_space)
        # columns: TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE; whitespace as the parser tags it: _SP, SPACE,
        # lemma = itself, "dep", outside any entity
        values = numpy.zeros((length, len(COPIED) + 4), dtype="uint64")
        values[index, : len(COPIED)] = copy.to_array(COPIED)
        values[spaces, 0] = original.vocab.strings.add("_SP")
        values[spaces, 1] = SPACE
        values[spaces, 3] = original.to_array([ORTH])[spaces]
        values[:, 4] = _heads(copy, index, length).view("uint64")
        values[:, 5] = original.vocab.strings.add("dep")
        values[index, 5] = copy.to_array([DEP])
        values[:, 6:] = _entity_columns(copy, index, is_space)
        original.from_array(COPIED + [HEAD, DEP, ENT_IOB, ENT_TYPE], values)
        if copy.tensor.size:
            # the tok2vec vectors go back too (claimspan_checkworthy pools them); whitespace gets zeros
            tensor = numpy.zeros((length, copy.tensor.shape[1]), dtype=copy.tensor.dtype)
            tensor[index] = copy.tensor
            original.tensor = tensor
        return original

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)


def _entity_columns(copy: Doc, index: numpy.ndarray, is_space: numpy.ndarray) -> numpy.ndarray:
    """ENT_IOB and ENT_TYPE on the original for the copy's entities, as setting `original.ents` to each entity's span
    from its first to its last word gives them (whitespace between two of its words inside it, every other token
    outside), in two columns instead of a Span per entity and set_ents' test of every token against a set of ints.
    is_space: True at the original's whitespace tokens, the positions `index` leaves out."""
    length = len(is_space)
    iob, label = copy.to_array([ENT_IOB, ENT_TYPE]).T
    # Doc.ents reads B (3) with a label as an entity's first word and I (1) as the next ones, with the first's label
    begins = (iob == 3) & (label != 0)
    inside = begins | (iob == 1)
    entity = numpy.cumsum(begins) - 1
    word_labels = numpy.where(inside, label[begins][entity.clip(0)] if begins.any() else 0, 0)
    columns = numpy.zeros((length, 2), dtype="uint64")
    columns[:, 0] = 2  # O
    columns[index, 0] = numpy.where(begins, 3, numpy.where(inside, 1, 2))
    columns[index, 1] = word_labels
    # whitespace between two words of one entity (the next word an I) is inside it
    next_word = numpy.searchsorted(index, numpy.arange(length))
    held = is_space & (next_word < len(index)) & (numpy.arange(length) > index[0])
    spaces = numpy.flatnonzero(held)
    following = next_word[spaces]
    continued = inside[following] & ~begins[following]
    columns[spaces[continued], 0] = 1
    columns[spaces[continued], 1] = word_labels[following[continued]]
    return columns


def _heads(copy: Doc, index: numpy.ndarray, length: int) -> numpy.ndarray:
    """Relative head offsets on the original: a word keeps its head; whitespace hangs on the word before it (the first word for leading whitespace)."""
    positions = numpy.arange(length, dtype="int64")
    words = numpy.full(length, -1, dtype="int64")
    words[index] = index
    previous_word = numpy.maximum.accumulate(words)
    absolute = numpy.where(previous_word >= 0, previous_word, index[0])
    absolute[index] = index[copy.to_array([HEAD]).view("int64") + numpy.arange(len(copy))]
    return absolute - positions
