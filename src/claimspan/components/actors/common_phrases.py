"""Common noun phrases the model reads as names because they are capitalised (GUIDELINES R520): 'Thin Client', 'Scuba
Diving', 'Good Faith' in a heading or a product's description, when the same article also writes them in lower case
('a thin client', 'to do scuba diving')."""

from __future__ import annotations

import re
from typing import Collection, Optional

from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH
from spacy.tokens import Doc

from ...extensions import doc_text, tokens_text
from .actor_spans import Candidate


def lower_case_words(doc: Doc) -> frozenset[int]:
    """The string hashes of the words the article writes in lower case, read from the token array."""
    flags = doc.to_array([ORTH, IS_LOWER, IS_ALPHA])
    return frozenset(flags[(flags[:, 1] == 1) & (flags[:, 2] == 1), 0].tolist())


def _phrase_shape(doc: Doc, start: int, end: int, body_heads: Collection[str]) -> bool:
    """Two or more words, each alphabetic and capitalised (not in capitals), the last no body's head.

    A name with a later word in lower case ('Mana whenua' opening a sentence) is no capitalised phrase: the model
    tagged it with only the sentence's capital, a foreign term or a people's name, not a heading's words (R542)."""
    if end - start < 2:
        return False
    words = doc[start:end]
    return all(token.is_alpha and token.is_title for token in words) and words[-1].lower_ not in body_heads


def _written_in_lower_case(doc: Doc, start: int, end: int, lower_words: Optional[frozenset[int]]) -> bool:
    """The article also writes the words of doc[start:end] in lower case as a phrase of their own.
    lower_words: lower_case_words(doc), to skip the search of the text for names with a word never written so."""
    words = doc[start:end]
    if lower_words is not None and any(doc.vocab.strings[token.lower_] not in lower_words for token in words):
        return False
    phrase = r"\s+".join(re.escape(token.lower_) for token in words)
    # case-sensitive: the name itself, written with capitals, does not match
    return re.search(rf"(?<![\w-]){phrase}(?![\w-])", doc_text(doc)) is not None


def lower_case_phrase(doc: Doc, start: int, end: int, body_heads: Collection[str], lower_words: Optional[frozenset[int]] = None) -> bool:
    """doc[start:end] is a name of two or more words, each alphabetic and capitalised, whose last word is no
    body's head ('Assembly', 'League', 'Society': the article may write 'the national assembly' and mean the body),
    and the article also writes its words in lower case as a phrase of their own."""
    return _phrase_shape(doc, start, end, body_heads) and _written_in_lower_case(doc, start, end, lower_words)


def drop_common_phrases(doc: Doc, accepted: list[Candidate], body_heads: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop the persons and bodies whose name the article also writes as a lower-case phrase (R520, R187 for names of
    more than one word). Names of the actor tables keep their own rules.
    body_heads: lower-case head words of bodies (organisation heads, collective nouns and titles)."""
    found: dict[str, bool] = {}
    lower_words = None
    kept = []
    for candidate in accepted:
        if candidate.end - candidate.start > 1 and candidate.label in ("PERSON", "ORGANIZATION") and candidate.actor_id not in table_ids:
            text = tokens_text(doc, candidate.start, candidate.end)
            if text not in found:
                shaped = _phrase_shape(doc, candidate.start, candidate.end, body_heads)
                if shaped and lower_words is None:
                    lower_words = lower_case_words(doc)
                found[text] = shaped and _written_in_lower_case(doc, candidate.start, candidate.end, lower_words)
            if found[text]:
                continue
        kept.append(candidate)
    return kept
