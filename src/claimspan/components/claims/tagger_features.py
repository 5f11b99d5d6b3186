"""The attribution tagger's features (GUIDELINES R55), read for a whole sentence at a time.

Each feature kind ("w" the word, "hl" its head's lemma, "p-1" the tag before it ...) is one list with
a value per word, or None where the word has none (a neighbour past the sentence's edge). Training
writes them as crfsuite's "kind=value" strings (token_features); inference looks each kind's list up
in the weights at once (learned.AttributionTagger.scores).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .cues import CueTable
from .token_attrs import token_attrs

QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
# the feature kinds of a word's own values, and its neighbour features: (offset, tag kind, lemma kind or "")
OWN_KINDS = ("b", "w", "l", "p", "t", "d", "hl", "hp", "dh", "dl", "gc", "q", "c", "hc", "e", "ti", "pos")
NEIGHBOURS = tuple((offset, f"p{offset}", f"l{offset}" if abs(offset) == 1 else "") for offset in (-2, -1, 1, 2))
# a word's fifth of the sentence
POSITIONS = ("0", "1", "2", "3", "4")
# the tag a neighbour past the sentence's edge has
EDGE = "edge"

Column = tuple[str, list[Optional[str]]]
# the feature form of each text met, kept across sentences (the same words come back); past this size it starts over
WORD_FORMS_SIZE = 100_000
_WORD_FORMS: dict[str, str] = {}


def token_features(sent: Span, cues: CueTable, cue_words: frozenset[str]) -> list[list[str]]:
    """The features of each word of a sentence: its own form, tags, dependency and head, whether it is
    inside a quotation, the cue-table type of it and of its head, its entity type, its position, and
    the lemma and part of speech of its neighbours ("kind=value", as crfsuite reads them; "b" the bias)."""
    columns = feature_columns(sent, cues, cue_words)
    return [[kind if kind == "b" else kind + "=" + values[index] for kind, values in columns if values[index] is not None] for index in range(len(sent))]


def feature_columns(sent: Span, cues: CueTable, cue_words: frozenset[str]) -> list[Column]:
    """(kind, each word's value or None) for every feature kind, in the order token_features writes them."""
    own, tags, lemmas = _own_values(sent, cues, cue_words)
    columns: list[Column] = list(zip(OWN_KINDS, own))
    for offset, tag_kind, lemma_kind in NEIGHBOURS:
        columns.append((tag_kind, _shifted(tags, offset, EDGE)))
        if lemma_kind:
            columns.append((lemma_kind, _shifted(lemmas, offset, None)))
    return columns


def _shifted(values: list[str], offset: int, edge: Optional[str]) -> list[Optional[str]]:
    """Each word's neighbour at `offset` words away, `edge` past the sentence."""
    count = len(values)
    if offset < 0:
        return [edge] * min(-offset, count) + values[: max(0, count + offset)]
    return values[offset:] + [edge] * min(offset, count)


def _own_values(sent: Span, cues: CueTable, cue_words: frozenset[str]) -> tuple[list[list], list[str], list[str]]:
    """One list per kind of OWN_KINDS, and the words' tags and lemmas (their neighbours' values).

    The tags, lemmas and heads come from the Doc's token_attrs lists, read once per Doc: indexing the
    Doc would build a Token per word and attribute."""
    # comprehensions over the sentence's words, not a function call per word: this runs on every word the tagger reads
    attrs = token_attrs(sent.doc)
    start, end = sent.start, sent.end
    count = end - start
    forms = _WORD_FORMS
    lowered = [lemma.lower() for lemma in attrs.lemma[start:end]]
    lemmas = [forms.get(lemma) or _word(lemma) for lemma in lowered]
    tags = attrs.pos[start:end]
    deps = attrs.dep[start:end]
    heads = attrs.heads[start:end]
    # a head inside the sentence has its lemma read already
    head_lemmas = [lemmas[head - start] if start <= head < end else _word(attrs.lemma[head].lower()) for head in heads]
    head_tags = [attrs.pos[head] for head in heads]
    # the grandparent's cue type takes its lemma as is
    grand_lemmas = [attrs.lemma[attrs.heads[head]].lower() for head in heads]
    head_cues = _cue_types(head_lemmas, cues, cue_words)
    quoted, inside_quotes = False, []
    for lower in attrs.lower[start:end]:
        # quote marks have no case: the lower form is the text
        if lower in QUOTE_MARKS:
            quoted = not quoted
        inside_quotes.append(str(quoted))
    tokens = list(sent)
    own = [
        [""] * count,
        [forms.get(lower) or _word(lower) for lower in attrs.lower[start:end]],
        lemmas,
        tags,
        attrs.tag[start:end],
        deps,
        head_lemmas,
        head_tags,
        [dep + "|" + cue for dep, cue in zip(deps, head_cues)],
        [dep + "|" + lemma for dep, lemma in zip(deps, head_lemmas)],
        _cue_types(grand_lemmas, cues, cue_words),
        inside_quotes,
        _cue_types(lemmas, cues, cue_words),
        head_cues,
        [token.ent_type_ for token in tokens],
        [str(token.is_title) for token in tokens],
        [POSITIONS[min(4, index * 5 // count)] for index in range(count)],
    ]
    return own, tags, lemmas


def _cue_types(lemmas: list[str], cues: CueTable, cue_words: frozenset[str]) -> list[str]:
    """Each lemma's type in the cue table, "learned" for one only the model knows as a cue, else "none"."""
    types = cues.types
    return [types.get(lemma) or ("learned" if lemma in cue_words else "none") for lemma in lemmas]


def _word(text: str) -> str:
    """A form fit for a feature name: line breaks and spaces would split crfsuite's dump of the weights."""
    form = _WORD_FORMS.get(text)
    if form is None:
        if len(_WORD_FORMS) >= WORD_FORMS_SIZE:
            _WORD_FORMS.clear()
        form = _WORD_FORMS[text] = "_".join(text.split()) or "SPACE"
    return form
