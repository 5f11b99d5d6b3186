"""Sentence features for the check-worthiness model: words, tags, entities and what the stages found.

Bag-of-ngrams features (ClaimBuster's own model used words, part-of-speech tags and entity types:
Hassan et al., KDD 2017) plus the marks the earlier stages leave: figures, dates, actors and the
claim types of the sentence. Everything is read from arrays built once per Doc, so a sentence
costs a few dictionary lookups per token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_SPACE, SENT_START
from spacy.tokens import Doc

from ..claims.token_attrs import token_attrs

DIGITS = re.compile(r"\d")
# Ordinal-free number words: "three million" says a figure as clearly as "3,000,000"
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred thousand million billion trillion half percent dozen dozens".split()
)
MAX_LENGTH_BUCKET = 8
# character n-grams of each word, with "<" and ">" marking its ends ("<tax", "ax>"): shared stems and
# suffixes ("-ed", "-ion", "percent"/"percentage") that a word bag splits apart (issue 10)
CHARACTER_NGRAMS = (3, 5)
CHARACTER_PREFIX = "c:"
# entity-label pairs and triples ("eb:PERCENT of", "et:<s> CARDINAL jobs"), read only by the naive Bayes factual head
ENTITY_PAIR_PREFIX, ENTITY_TRIPLE_PREFIX = "eb:", "et:"


@dataclass(frozen=True)
class DocArrays:
    """A Doc's token attributes as plain lists, read once per Doc."""

    idx: list[int]  # character offset of each token
    sentence_starts: list[int]  # token index of each sentence's first token
    lower: list[str]
    tag: list[str]
    ent_begin: list[str]  # the entity label on an entity's first token, else ""
    ent_type: list[str]  # the entity label on every token of an entity, else ""
    is_word: numpy.ndarray  # True for each token that is not whitespace
    spaced_words: bool = False  # some word has a space inside it (feature_groups then names its pairs)

    @classmethod
    def build(cls, doc: Doc) -> "DocArrays":
        if not len(doc):
            return cls(idx=[], sentence_starts=[], lower=[], tag=[], ent_begin=[], ent_type=[], is_word=numpy.zeros(0, dtype=bool))
        table = doc.to_array([ENT_TYPE, ENT_IOB, IDX, SENT_START, IS_SPACE])
        # the lower forms and tags the claims stage read just before on this Doc (token_attrs keeps them)
        attrs = token_attrs(doc)
        normal = {word: _word(word) for word in set(attrs.lower)}
        lower = list(map(normal.__getitem__, attrs.lower))
        labels = _names(table[:, 0], doc.vocab.strings, normalise=False)
        ent_type = labels.tolist()
        # ENT_IOB 3 = B (spaCy's iob codes: 1 I, 2 O, 3 B); SENT_START 1 = starts a sentence; whole columns in numpy
        ent_begin = numpy.where(table[:, 1] == 3, labels, "").tolist()
        sentence_start = table[:, 3].astype("int64") == 1
        sentence_start[0] = True
        starts = numpy.flatnonzero(sentence_start).tolist()
        spaced = any(" " in word for word in normal.values() if not word.isspace())
        return cls(idx=table[:, 2].tolist(), sentence_starts=starts, lower=lower, tag=attrs.tag, ent_begin=ent_begin, ent_type=ent_type, is_word=table[:, 4] == 0, spaced_words=spaced)


def _names(column: numpy.ndarray, strings, *, normalise: bool) -> numpy.ndarray:
    """The strings of one hash column (an object array), each distinct hash looked up once."""
    values, inverse = numpy.unique(column, return_inverse=True)
    names = [strings[value] for value in values.tolist()]
    if normalise:
        names = [_word(name) for name in names]
    # the "" keeps numpy from reading the strings as a character array
    lookup = numpy.array(names + [""], dtype=object)
    return lookup[inverse.reshape(-1)]


def _word(lower: str) -> str:
    """One feature for every figure written in digits ("1,200", "3.5%", "1990s"): the amount rarely matters, its presence does."""
    if DIGITS.search(lower):
        return "<num>"
    return lower


def sentence_features(arrays: DocArrays, start: int, end: int, *, marks: tuple[str, ...] = (), entities: bool = True) -> list[str]:
    """Feature names of tokens [start, end) of a Doc, plus the stage marks given ("fig", "type:event" ...).

    Words (lower case, digits as <num>) and word pairs, fine-grained tags and tag pairs, entity labels,
    a length bucket, and whether the sentence asks a question; then, with `entities`, the entity-label
    pairs and triples (entity_ngrams), which only the naive Bayes factual head reads.
    """
    return [prefix + (" ".join(key) if isinstance(key, tuple) else key) for prefix, keys in feature_groups(arrays, start, end, marks=marks, entities=entities) for key in keys]


def feature_groups(arrays: DocArrays, start: int, end: int, *, marks: tuple[str, ...] = (), entities: bool = True) -> list[tuple[str, list]]:
    """sentence_features as (prefix, keys) groups, in the same order: a word pair is the tuple of its two
    words, and a feature name is its prefix and its key (the pair joined by a space). The model looks
    each group up in a table of its own (CheckworthyModel.feature_rows), so scoring builds no name."""
    lower = arrays.lower[start:end]
    words = [word for word in lower if not word.isspace()]
    tags = [tag for tag, word in zip(arrays.tag[start:end], lower) if not word.isspace()]
    padded, padded_tags = ["<s>", *words, "</s>"], ["<s>", *tags, "</s>"]
    pairs: tuple[str, list] = ("b:", list(zip(padded, padded[1:])))
    if arrays.spaced_words:
        # a word with a space in it would make a pair's name ambiguous ("b:a b c"): such a Doc's pairs go by name
        pairs = ("", ["b:" + " ".join(pair) for pair in pairs[1]])
    rest = ["e:" + label for label in arrays.ent_begin[start:end] if label]
    if "<num>" in words or not NUMBER_WORDS.isdisjoint(words):
        rest.append("number")
    if "?" in words:
        rest.append("question")
    rest.append(f"length:{min(len(words) // 5, MAX_LENGTH_BUCKET)}")
    rest.extend(marks)
    if entities and any(arrays.ent_begin[start:end]):
        rest.extend(entity_ngrams(arrays, [index for index in range(start, end) if not arrays.lower[index].isspace()], words))
    return [("", ["bias"]), ("w:", words), pairs, ("t:", tags), ("tt:", list(zip(padded_tags, padded_tags[1:]))), ("", rest)]


def entity_ngrams(arrays: DocArrays, kept: list[int], words: list[str]) -> list[str]:
    """The word pairs and triples around each entity, the entity replaced by its label ("eb:PERCENT of",
    "et:<s> CARDINAL jobs"): what a class of sentences shares when its names and amounts differ. Only
    n-grams with a label in them: the others are the word pairs and triples already there or left out."""
    ent_begin, ent_type = arrays.ent_begin, arrays.ent_type
    labelled, labels = ["<s>"], []
    for index, word in zip(kept, words):
        # an entity is one item, its label, read on its first token
        if ent_begin[index]:
            labels.append(len(labelled))
            labelled.append(ent_begin[index])
        elif not ent_type[index]:
            labelled.append(word)
    if not labels:
        return []
    labelled.append("</s>")
    last = len(labelled) - 1
    pairs = sorted({first for position in labels for first in (position - 1, position) if first < last})
    triples = sorted({first for position in labels for first in (position - 2, position - 1, position) if 0 <= first < last - 1})
    return [ENTITY_PAIR_PREFIX + labelled[first] + " " + labelled[first + 1] for first in pairs] + [ENTITY_TRIPLE_PREFIX + " ".join(labelled[first : first + 3]) for first in triples]


def sentence_words(arrays: DocArrays, start: int, end: int) -> list[str]:
    """The distinct words of tokens [start, end) with a letter in them, sorted: the words whose character n-grams count."""
    return sorted(word for word in set(arrays.lower[start:end]) if word != "<num>" and any(map(str.isalpha, word)))


def character_ngrams(word: str) -> frozenset[str]:
    """The distinct character n-grams of one word, "<" and ">" marking its ends.

    >>> sorted(character_ngrams("tax"))
    ['c:<ta', 'c:<tax', 'c:<tax>', 'c:ax>', 'c:tax', 'c:tax>']
    """
    padded = f"<{word}>"
    low, high = CHARACTER_NGRAMS
    return frozenset(CHARACTER_PREFIX + padded[position : position + size] for size in range(low, high + 1) for position in range(len(padded) - size + 1))


def stage_marks(doc: Doc, bounds: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """For each sentence (start_char, end_char), sorted by start: what the earlier stages found in it.

    "figure", "date", "actor:<TYPE>" and "type:<claim type>" (or "type:none"); one mark per kind.
    """
    marks: list[set[str]] = [set() for _ in bounds]
    starts = [start for start, _ in bounds]
    for group, prefix in (("figures", "figure"), ("dates", "date"), ("actors", "actor:"), ("claims", "type:")):
        for span in doc.spans.get(group, ()):
            index = bisect_right(starts, span.start_char) - 1
            if index >= 0 and span.start_char < bounds[index][1]:
                # figures and dates mark only their presence; actors and claims also their label
                marks[index].add(prefix + span.label_ if prefix.endswith(":") else prefix)
    return [tuple(sorted(found if any(mark.startswith("type:") for mark in found) else found | {"type:none"})) for found in marks]


def sentence_vector(doc: Doc, arrays: DocArrays, start: int, end: int) -> numpy.ndarray | None:
    """The mean and the maximum of the tok2vec vectors (doc.tensor, computed for the tagger and parser
    anyway) over the words of tokens [start, end); None when the Doc has no tensor or the tokens no word."""
    return sentence_vectors(doc, arrays, [(start, end)])[0]


def sentence_vectors(doc: Doc, arrays: DocArrays, sentences: list[tuple[int, int]]) -> list[numpy.ndarray | None]:
    """sentence_vector of each (start, end) of `sentences` (sorted, apart), with a few numpy calls per Doc and one
    sum per sentence: the stage pools every claim's sentence of a Doc at once. The floats are those of
    numpy.mean(axis=0) over a sentence's word rows (training's): each sentence's rows are summed by add.reduce
    row after row as mean sums them (reduceat would add them in another order), the sums are divided by intp
    counts as mean divides them, and the maximum is the same in any order."""
    tensor = doc.tensor
    if not tensor.size or tensor.shape[0] != len(doc) or not sentences:
        return [None] * len(sentences)
    words = numpy.flatnonzero(arrays.is_word)
    # the word rows in text order, and a row of zeros so that a sentence ending with the last word has a bound
    rows = numpy.concatenate([tensor[words], numpy.zeros((1, tensor.shape[1]), dtype=tensor.dtype)])
    bounds = numpy.searchsorted(words, numpy.asarray(sentences, dtype=numpy.intp).reshape(-1))
    firsts, lasts = bounds[0::2].tolist(), bounds[1::2].tolist()
    sums = numpy.array([numpy.add.reduce(rows[first:last], axis=0) for first, last in zip(firsts, lasts)], dtype=tensor.dtype)
    counts = numpy.subtract(lasts, firsts, dtype=numpy.intp)
    means = numpy.true_divide(sums, numpy.maximum(counts, 1)[:, None], out=sums, casting="unsafe")
    # reduceat over [first, last, first, last, ...]: the even results are the sentences' own rows (an empty
    # sentence gets its neighbour's row there, and None below)
    maxima = numpy.maximum.reduceat(rows, bounds, axis=0)[0::2]
    pooled = numpy.concatenate([means, maxima], axis=1).astype(numpy.float64)
    return [row if count else None for row, count in zip(pooled, counts.tolist())]
