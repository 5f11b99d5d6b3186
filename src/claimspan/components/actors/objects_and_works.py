"""Objects and works the model reads as actors (GUIDELINES R241-R242): the stool of a chieftaincy ('the Asona Royal
Stool') and the drama or film a player appears in ('a character in Cafe Minamdang')."""

from __future__ import annotations

import re
from typing import Collection

from spacy.tokens import Doc

from ...extensions import doc_text, tokens_text
from .actor_spans import Candidate
from .not_actors import OPENING_QUOTES

# The stool is the seat, and the symbol, of a chieftaincy or kingship in Ghana ('the Golden Stool'): an object, R241.
SEAT_HEADS = frozenset({"stool", "stools"})
# Words before 'in' that make the name after it the work a player appears in ('a character in', 'starred in', R242).
PLAYING_WORDS = frozenset(
    {"character", "characters", "starred", "stars", "starring", "cameo", "plays", "played", "playing", "turn", "role", "roles", "appearance", "episode", "episodes", "scene", "scenes"}
)


def names_a_seat(doc: Doc, start: int, end: int, title_words: Collection[str]) -> bool:
    """A name ending in a capitalised 'Stool' is the stool ('the Asona Royal Stool', 'dispute between the Kaw Ahunaku
    Stool and ...'), not a body; after a title ('King Kusae Edu Asona Royal Stool') it is the holder's style and stays
    (R241). title_words: lower-case titles of persons."""
    last = doc[end - 1]
    return last.lower_ in SEAT_HEADS and last.text[:1].isupper() and not (start > 0 and doc[start - 1].lower_.rstrip(".") in title_words)


def names_a_played_work(doc: Doc, start: int) -> bool:
    """A name right after 'a character in', 'starred in', 'his turn in' (also with 'the' or a quote) is the work the
    player appears in, not a person (R242)."""
    i = start - 1
    if i >= 0 and (doc[i].lower_ == "the" or doc[i].text in OPENING_QUOTES):
        i -= 1
    return i >= 1 and doc[i].lower_ == "in" and doc[i - 1].lower_ in PLAYING_WORDS


# Small words inside a work's title between its capitalised words ('The Battle at Lake Changjin', 'The Fisherman's Diary').
TITLE_PARTICLES = frozenset({"of", "the", "and", "at", "in", "on", "a", "an", "to", "for", "'s", "’s"})


def work_titles(doc: Doc, work_nouns: Collection[str]) -> list[tuple[int, int]]:
    """(start, end) of the titles that open with 'The' right after a lower-case noun of a work ('the movie The
    Fisherman's Diary', 'the novel The Water Margin', R246): the title runs over capitalised words and the small
    words between them, on its line. work_nouns: lower-case nouns of works (not_actors.jsonl, kind 'work', 'head')."""
    if not work_nouns:
        return []
    titles = []
    # the text is searched, not every token: 'The' after a work noun is rare
    for found in re.finditer(r"\b([a-z]+)[ \t]+(The)[ \t]+[A-Z]", doc_text(doc)):
        opening = doc.char_span(found.start(2), found.end(2)) if found.group(1) in work_nouns else None
        if opening is None:
            continue
        start = end = opening.start
        while end < len(doc) and not (end > start and "\n" in doc[end - 1].whitespace_):
            token = doc[end]
            if not (token.text[:1].isupper() or (token.lower_ in TITLE_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
                break
            end += 1
        titles.append((start, end))
    return titles


def title_ranges(doc: Doc, titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character ranges of every place the article writes one of the titles (R246): the title is the work
    wherever it is written, a name inside it only there ('The Aborigines of Tasmania' leaves 'Tasmania' elsewhere)."""
    ranges = []
    for title in {doc[start:end].text for start, end in titles}:
        text = doc_text(doc)
        found = text.find(title)
        while found >= 0:
            ranges.append((found, found + len(title)))
            found = text.find(title, found + 1)
    return ranges


def drop_objects_and_works(
    doc: Doc, accepted: list[Candidate], title_words: Collection[str], table_ids: Collection[str], work_nouns: Collection[str] = frozenset()
) -> list[Candidate]:
    """Drop stools (R241), the works a player appears in, in every mention of their names (R242), and the names
    inside a work's title after its noun, wherever the title is written (R246); the actor tables' names keep their
    own rules. The work a player appears in is read from the model's persons only: a body after 'role in' is the
    body ('his role in the ANC')."""
    works = frozenset(tokens_text(doc, c.start, c.end) for c in accepted if c.label == "PERSON" and names_a_played_work(doc, c.start))
    ranges = title_ranges(doc, work_titles(doc, work_nouns))

    def in_a_title(candidate: Candidate) -> bool:
        start, end = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1])
        return any(first <= start and end <= last for first, last in ranges)

    return [
        c for c in accepted
        if c.actor_id in table_ids
        or not (names_a_seat(doc, c.start, c.end, title_words) or (works and tokens_text(doc, c.start, c.end) in works) or (ranges and in_a_title(c)))
    ]
