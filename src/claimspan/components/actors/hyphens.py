"""Names written with a hyphen kept whole: a mention never starts or ends at a bare hyphen piece (GUIDELINES R100)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Collection

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate

HYPHENS = frozenset({"-", "‐", "‑"})
# Lower-case particles that open an Arabic or Berber surname joined by a hyphen ('ad-Dabir', 'al-Qader').
NAME_PARTICLES = frozenset({"al", "el", "ad", "ad-", "ar", "as", "at", "az", "ash", "ud", "ul", "bin", "ibn", "abu", "ben"})
# Pieces of one or two letters are name parts ('Punggye-ri'), whatever a dictionary says of them.
SHORT_PIECE = 2


class SortedWords(Collection[str]):
    """Words kept as one sorted tuple and found by bisection: a set of the 83,000 index words took 4 MB beside the
    lookups that already hold them, and the test runs only on the few pieces glued to a name by a hyphen."""

    def __init__(self, words: Collection[str]) -> None:
        self.words = tuple(sorted(set(words)))

    def __contains__(self, word: object) -> bool:
        position = bisect_left(self.words, word)
        return position < len(self.words) and self.words[position] == word

    def __iter__(self):
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


def english_words(nlp: Language) -> Collection[str]:
    """The English words the model's lemmatizer knows (its WordNet index), empty when the pipeline has none: a piece
    after a hyphen that is one of them makes a compound ('Beijing-based', 'Netanyahu-led', 'A-bomb'), not a name."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return SortedWords([word for words in lookups.get_table("lemma_index").values() for word in words])


def _glued(doc: Doc, hyphen: int) -> bool:
    """doc[hyphen] is a hyphen written with no space on either side."""
    return doc[hyphen].text in HYPHENS and 0 < hyphen < len(doc) - 1 and not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_


def _name_piece(doc: Doc, i: int, person: bool, words: Collection[str]) -> bool:
    """doc[i] continues a name across a hyphen: a lower-case piece no English word ('Suk-yeol', 'Kam-wai', 'Punggye-ri'),
    or, for a person, a capitalised piece ('Hlubi-Majola', 'Akufo-Addo')."""
    token = doc[i]
    if not token.is_alpha:
        return False
    if token.is_lower:
        return bool(words) and (len(token) <= SHORT_PIECE or (token.lower_ not in words and token.lemma_.lower() not in words))
    return person and token.text[:1].isupper()


def joined_at_hyphens(doc: Doc, accepted: list[Candidate], words: Collection[str]) -> list[Candidate]:
    """Persons and organisations extended over the rest of a name joined by a hyphen, or trimmed of a bare hyphen
    where the rest is a compound's head or another actor ('Beijing-based', 'Ortega-Murillo')."""
    taken = {i for candidate in accepted for i in range(candidate.start, candidate.end)}
    result = []
    for candidate in accepted:
        person = candidate.label == "PERSON" and not candidate.actor_id
        if not (person or (candidate.label == "ORGANIZATION" and candidate.linkable)):
            result.append(candidate)
            continue
        start, end = candidate.start, candidate.end
        if doc[end - 1].text in HYPHENS and end - start > 1:
            end -= 1  # 'Lee Jun-': the hyphen goes back to the piece after it, if that piece is part of the name
            if end + 1 < len(doc) and not doc[end].whitespace_ and end + 1 not in taken and _name_piece(doc, end + 1, person, words):
                end += 2
        while end + 1 < len(doc) and _glued(doc, end) and end + 1 not in taken and _name_piece(doc, end + 1, person, words):
            end += 2
        if doc[start].text in HYPHENS and end - start > 1:
            start += 1
        while person and start >= 2 and _glued(doc, start - 1) and start - 2 not in taken and (doc[start - 2].lower_ in NAME_PARTICLES or (doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper())):
            start -= 2
        if (start, end) == (candidate.start, candidate.end):
            result.append(candidate)
            continue
        taken.update(range(start, end))
        if person:
            result.append(Candidate(start, end, "PERSON", "", "", candidate.priority))
        else:
            text = tokens_text(doc, start, end)
            result.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, candidate.priority, linkable=True))
    return result
