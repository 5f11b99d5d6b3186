"""The single table of custom `._` attributes and their idempotent registration (STYLE G5).

Span._ values are keyed by character offsets only, so every name is prefixed with its stage:
an actor and a figure with the same offsets must not share a value.
"""

from bisect import bisect_left
from typing import Any, Callable, Optional

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from .errors import ClaimspanError, Errors

DOC_EXTENSIONS = {
    "doc_id": {"default": None},
    "published": {"default": None},  # ISO date string: the anchor relative dates resolve against
    # the input metadata as plain JSON values, for the document record; not plain "meta", which
    # textacy registers on Doc with force (it would replace ours, or ours would refuse it: E203)
    "document_meta": {"default": None},
    "date_order": {"default": None},  # "DMY", "MDY" or "YMD" for ambiguous numeric dates, or None
    "home_state": {"default": None},  # ISO3 code of the state whose capital or name is the article's dateline (R152)
}

SPAN_EXTENSIONS = {
    "actor_name": {"default": None},
    "actor_link": {"default": None},  # text of the earlier mention a short form was linked to
    "actor_government": {"default": None},  # id of the actor governing a COUNTRY mention on the anchor date
    "date_value": {"default": None},
    "date_mod": {"default": None},
    "figure_value": {"default": None},
    "figure_low": {"default": None},
    "figure_high": {"default": None},
    "figure_unit": {"default": None},
    "figure_approx": {"default": False},
    "claim_record": {"default": None},  # plain dict with the claim's fields, msgpack-safe
    "claim_checkworthy": {"default": None},  # check-worthiness of the claim's sentence in [0, 1] (GUIDELINES R60)
}


def register_extensions() -> None:
    """Register every attribute once; refuse a clash with another definition."""
    for owner, table in ((Doc, DOC_EXTENSIONS), (Span, SPAN_EXTENSIONS)):
        for name, definition in table.items():
            if owner.has_extension(name):
                default, method, getter, setter = owner.get_extension(name)
                if (default, method, getter, setter) != (definition.get("default"), None, None, None):
                    raise ClaimspanError(Errors.E203.format(name=name, owner=owner.__name__))
                continue
            owner.set_extension(name, **definition)


# Doc.text joins every token's text anew on each call; the stages and convert.py all need it.
TEXT_KEY = ("claimspan", "text")


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept in doc.user_data (stages never retokenise)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def trimmed_bounds(span: Span) -> tuple[int, int]:
    """(start, end) of a span without its leading and trailing whitespace (GUIDELINES R4: sentences)."""
    start_char = span.start_char
    text = doc_text(span.doc)[start_char : span.end_char]
    start = start_char + len(text) - len(text.lstrip())
    return start, start_char + len(text.rstrip())


def token_span(doc: Doc, start: int, end: int) -> Span:
    """doc[start:end]: for indices inside the Doc the same Span, built without the slice's normalising in Python (about
    1.7 us of the 2.4 a slice costs; the stages take tens of thousands of token ranges per Doc batch); other indices
    take the slice."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def span_text(span) -> str:
    """span.text, sliced from the Doc's text joined once: Span.text builds a Token for each of its words on every call."""
    return doc_text(span.doc)[span.start_char : span.end_char]


class RecentDocs:
    """A value computed once per Doc, kept for the `size` Docs most recently asked about: the stages run a
    batch of Docs at a time (components/batching.py), so a later stage asks again about each Doc of the
    batch. A kept Doc stays alive, so its id is never another Doc's while it is kept."""

    def __init__(self, build: Callable[[Doc], Any], size: int) -> None:
        self.build, self.size = build, size
        self.values: dict[int, tuple[Doc, Any]] = {}

    def __call__(self, doc: Doc) -> Any:
        found = self.values.get(id(doc))
        if found is not None and found[0] is doc:
            return found[1]
        value = self.build(doc)
        if len(self.values) >= self.size:
            del self.values[next(iter(self.values))]  # the oldest: dicts keep insertion order
        self.values[id(doc)] = (doc, value)
        return value


# Docs kept by RecentDocs caches: claimspan extract's batch (its --batch-size default).
RECENT_DOCS = 16

# Doc.ents builds a new Span for every entity on each call, and five stages read it several times per Doc.
# Each Doc's entities are kept (for the Docs of a batch), as token_attrs keeps its columns: no stage sets
# entities after layout sets them. A Doc's identity is the only check: comparing its entity columns
# (Doc.to_array) would cost more than the Spans it saves.
_ENTITIES = RecentDocs(lambda doc: doc.ents, RECENT_DOCS)


def entities(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once per Doc of the batch."""
    return _ENTITIES(doc)


def _token_bounds(doc: Doc) -> tuple[str, list[int], list[int]]:
    table = doc.to_array([IDX, LENGTH])
    return doc_text(doc), table[:, 0].tolist(), (table[:, 0] + table[:, 1]).tolist()


# Each Doc's text with its tokens' start and end characters, for the Docs of a batch: the actor and figure stages
# read the text of tens of thousands of token ranges, and a Span for each (doc[start:end]) builds three Tokens.
_TOKEN_BOUNDS = RecentDocs(_token_bounds, RECENT_DOCS)


def token_bounds(doc: Doc) -> tuple[str, list[int], list[int]]:
    """The Doc's text with each token's start and end character (token i's text is text[starts[i]:ends[i]]), kept for
    the Docs of a batch: tests on the words' texts need no Token."""
    return _TOKEN_BOUNDS(doc)


def char_span(doc: Doc, start: int, end: int, *, alignment_mode: str = "strict") -> Optional[Span]:
    """doc.char_span(start, end, alignment_mode=...): for offsets that are a token's start and a token's end, the same
    Span found in the token bounds kept per Doc (the claims stage asks for every claim's subject and source); any
    other offsets go to doc.char_span."""
    _, starts, ends = _TOKEN_BOUNDS(doc)
    first = bisect_left(starts, start)
    last = bisect_left(ends, end, first)
    if start < end and first < len(starts) and starts[first] == start and last < len(ends) and ends[last] == end:
        return Span(doc, first, last + 1)
    return doc.char_span(start, end, alignment_mode=alignment_mode)


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """doc[start:end].text (indices clipped as a slice clips them) without building the Span."""
    text, starts, ends = _TOKEN_BOUNDS(doc)
    length = len(starts)
    if not 0 <= start < end <= length:
        start = min(length, max(0, start + length if start < 0 else start))
        end = min(length, max(start, end + length if end < 0 else end))
        if start == end:
            return ""
    return text[starts[start] : ends[end - 1]]


def _sentence_starts(doc: Doc) -> list[int]:
    column = doc.to_array([SENT_START]).reshape(-1)
    if not len(column):
        return []
    return numpy.maximum.accumulate(numpy.where(column == 1, numpy.arange(len(column)), 0)).tolist()


# Each Doc's sentence start per token, for the Docs of a batch: no stage after the parser moves a sentence boundary.
_SENTENCE_STARTS = RecentDocs(_sentence_starts, RECENT_DOCS)


def sentence_starts(doc: Doc) -> list[int]:
    """Token index -> index of the first token of its sentence, as Token.sent and Span.sent find it: the nearest token
    at or before it that starts a sentence, else the Doc's first (each .sent call builds two Spans, about 6.5 us)."""
    return _SENTENCE_STARTS(doc)
