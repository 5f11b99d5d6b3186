"""Academic degrees and certificates named like bodies (GUIDELINES R522): 'a Post Graduate Diploma in Accounting
(DipAcc)', 'a Certificate in Practical TRAP Implementation', 'the Master's in Social Policy (MSSP)' name what a person
holds or studies, which the model reads as a body, or a body inside it."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_spans import POSSESSIVES, Candidate, tokens_written

# Words inside a degree's name between its capitalised words ('Bachelor of Commerce and Law Degree in Accounting').
NAME_WORDS = frozenset({"of", "and", "&", "in"})
# the words a degree's field follows: 'Diploma in Accounting', 'Bachelor of Commerce'
FIELD_LINKS = frozenset({"in", "of"})
# degree nouns that are also titles before a person's name ('the Master of Ceremonies Kwame Mensah'): a degree only
# with the possessive ('Master's in ...'), or with another degree noun after them ('Bachelor of Commerce Degree in ...')
TITLE_DEGREES = frozenset({"master", "bachelor"})


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def degree_names(doc: Doc, degree_nouns: Collection[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of the degrees the article names: a capitalised degree noun (not_actors.jsonl, match
    'degree') with the capitalised words before it, then 'in' or 'of' and its capitalised field, and the acronym in
    brackets right after it ('Post Graduate Diploma in Accounting (DipAcc)')."""
    ranges = []
    for noun in tokens_written(doc, degree_nouns):
        if not _capitalised(noun):
            continue
        start = noun.i
        while start > 0 and (_capitalised(doc[start - 1]) or (doc[start - 1].lower_ in NAME_WORDS and start > 1 and _capitalised(doc[start - 2]))):
            start -= 1
        link = noun.i + 1
        if link < len(doc) and doc[link].text in POSSESSIVES:
            link += 1  # "Master's in ..."
        elif noun.lower_ in TITLE_DEGREES:
            continue
        if link + 1 >= len(doc) or doc[link].lower_ not in FIELD_LINKS or not _capitalised(doc[link + 1]):
            continue
        end = link + 1
        while end < len(doc) and (_capitalised(doc[end]) or (doc[end].lower_ in NAME_WORDS and end + 1 < len(doc) and _capitalised(doc[end + 1]))):
            end += 1
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3
        ranges.append((start, end))
    # 'Bachelor of Commerce Degree in ...' is found from both nouns
    return sorted(set(ranges))


def drop_degrees(doc: Doc, accepted: list[Candidate], degree_nouns: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop the names inside a degree's name (R522), and every mention of the acronym the article gives the degree in
    brackets. Names of the actor tables keep their own rules ('a Diploma of the University of Ghana' ends at 'of
    the': the university stays)."""
    ranges = degree_names(doc, degree_nouns) if degree_nouns else []
    if not ranges:
        return accepted
    acronyms = frozenset(tokens_text(doc, end - 2, end - 1) for _, end in ranges if doc[end - 1].text == ")")

    def in_a_degree(candidate: Candidate) -> bool:
        return any(first <= candidate.start and candidate.end <= last for first, last in ranges)

    return [c for c in accepted if c.actor_id in table_ids or not (in_a_degree(c) or tokens_text(doc, c.start, c.end) in acronyms)]
