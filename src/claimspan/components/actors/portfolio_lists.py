"""Portfolios the model cuts out of a minister's title (GUIDELINES R243): one of a list after 'Minister of'
('Minister of Higher Education and Scientific Research'), or the first words before the title's last word
('Social Development and Human' + 'Security Minister'). R67 reads the simple cases ('Interior Minister')."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_spans import Candidate
from .not_actors import PORTFOLIO_TITLES

MINISTER_WORDS = frozenset({"minister", "ministers"})
# Words that join the portfolios of one title ('Education, Tertiary Education, Science and Technology').
PORTFOLIO_LINKS = frozenset({"and", ",", "&"})
# The most words between 'Minister of' and the name: a list of portfolios is short.
MAX_LIST_WORDS = 12
# The most capitalised words between the name and the title it was cut from ('Human' + 'Security Minister').
MAX_CUT_WORDS = 3


def in_a_portfolio_list(doc: Doc, start: int) -> bool:
    """The name follows 'Minister of' or 'Minister for' across capitalised words and links only: it is one of the
    title's portfolios ('Minister of Education, Tertiary Education, Science and Technology')."""
    i, words = start - 1, 0
    while i >= 0 and words < MAX_LIST_WORDS and (doc[i].text[:1].isupper() or doc[i].lower_ in PORTFOLIO_LINKS) and doc[i].lower_ not in MINISTER_WORDS:
        i, words = i - 1, words + 1
    return words > 0 and doc[start - 1].lower_ in PORTFOLIO_LINKS and i >= 1 and doc[i].lower_ in ("of", "for") and doc[i - 1].lower_ in MINISTER_WORDS


def cut_before_a_title(doc: Doc, end: int) -> bool:
    """Capitalised words and then a minister's title follow the name: it opens the title's portfolio ('Rural
    Affairs and Coastal' + 'Fisheries Minister Dara Phonsavan')."""
    j, words = end, 0
    while j < len(doc) and words < MAX_CUT_WORDS and doc[j].is_title and doc[j].lower_ not in PORTFOLIO_TITLES:
        j, words = j + 1, words + 1
    return words > 0 and j < len(doc) and doc[j].lower_ in PORTFOLIO_TITLES


def drop_cut_portfolios(doc: Doc, accepted: list[Candidate], table_ids: Collection[str]) -> list[Candidate]:
    """Drop organisations that are a portfolio cut from a title (R243). An acronym stays ('Planning and USAID
    Acting Assistant Administrator'), as do the tables' names and the persons that follow the title."""
    return [
        c for c in accepted
        if c.label != "ORGANIZATION" or c.actor_id in table_ids or tokens_text(doc, c.start, c.end).isupper()
        or not (in_a_portfolio_list(doc, c.start) or cut_before_a_title(doc, c.end))
    ]
