"""Datelines: the place a story was filed from ("PESHAWAR -", "NEW DELHI:", "COX'S BAZAR -") is not its government
(GUIDELINES R74, R153), and the agency credit in brackets after it ("NEW DELHI (PTI) -") is the news agency that
filed the story, not a party sharing its acronym (R174)."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc

from ...extensions import tokens_text
from ...tables import folded
from ...timex_tables import MONTHS

DATELINE_MARKS = frozenset({":", "-", "—", "–", ",", "(", "/"})


# Words of a place in capitals with an apostrophe, which the model cuts apart ("COX'S BAZAR -", "MALE' -", R153).
DATELINE_APOSTROPHES = frozenset({"'", "’", "'S", "’S"})
MAX_DATELINE_WORDS = 4


def _in_capitals(token) -> bool:
    return (token.text.isupper() or token.text in DATELINE_APOSTROPHES) and "\n" not in token.whitespace_


def _opens_a_line(doc: Doc, index: int) -> bool:
    """The token at index is the first of its line: the text's first, or after a line break."""
    return index == 0 or "\n" in doc[index - 1].whitespace_ or (doc[index - 1].is_space and "\n" in doc[index - 1].text)


# The most words between a line's start and the bracket of its agency credit ("BEIJING, May 3 (Xinhua) --").
MAX_CREDIT_OFFSET = 8
CREDIT_MARKS = frozenset({"-", "—", "–", ":", "--"})


def in_dateline_credit(doc: Doc, start: int, end: int) -> bool:
    """A name in brackets between a dateline's place in capitals and its dash ('NEW DELHI (PTI) -', 'LONDON, May 3
    (Reuters) --') is the news agency that filed the story (GUIDELINES R174), not a party sharing its acronym."""
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")" or doc[end + 1].text not in CREDIT_MARKS:
        return False
    first = start - 1
    while not _opens_a_line(doc, first):
        first -= 1
        if start - first > MAX_CREDIT_OFFSET:
            return False
    return first < start - 1 and is_dateline(doc, first, first + 1)


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """A place at the start of a line followed by a dash, colon or comma is a dateline ('PESHAWAR -',
    'NEW DELHI:'): where the story was filed, not its government (GUIDELINES R74). Words in capitals with an
    apostrophe around the place belong to it ("COX'S BAZAR -": both "COX" and "BAZAR" are in the dateline)."""
    first = start
    while first > 0 and start - first < MAX_DATELINE_WORDS and _in_capitals(doc[first - 1]) and doc[start].text.isupper():
        first -= 1
    last = end
    while last < len(doc) and last - end < MAX_DATELINE_WORDS and _in_capitals(doc[last]) and doc[end - 1].text.isupper():
        last += 1
    return _opens_a_line(doc, first) and last < len(doc) and doc[last].text in DATELINE_MARKS


def drop_calendar_days(doc: Doc, accepted: list) -> list:
    """Without the mentions that are a month and a day number (R261): the model reads the date of a dateline as a
    person ('ISLAMABAD, Jun 3 (APP):', 'MARSABIT, KENYA, Jun 3 2022 (IPS) -'); a calendar day is never an actor."""
    return [
        candidate for candidate in accepted
        if not (
            candidate.end - candidate.start > 1
            and doc[candidate.start].lower_.rstrip(".") in MONTHS
            and all(token.is_digit or token.text in {",", "."} for token in doc[candidate.start + 1 : candidate.end])
        )
    ]


# A city's name in a dateline is at most this many words ("RIO DE JANEIRO").
MAX_CITY_WORDS = 3


def dateline_state(doc: Doc, state_of: Callable[[str], Optional[str]], max_words: int) -> Optional[str]:
    """The ISO3 code state_of gives the words in capitals that open the article as its dateline, longest first, or
    None: 'NEW DELHI:' and 'DHAKA -' by the capitals' table (R152), 'LAHORE:' by the cities' (R277)."""
    for length in range(max_words, 0, -1):
        if length > len(doc) or not tokens_text(doc, 0, length).isupper():
            continue
        state = state_of(tokens_text(doc, 0, length))
        if state is not None and is_dateline(doc, 0, length):
            return state
    return None


def dateline_city_state(doc: Doc, city_states: dict[str, str]) -> Optional[str]:
    """The ISO3 code of the state of the city, no capital, that opens the article as its dateline ('LAHORE:',
    'CHENNAI, Oct 1 (PTI):', 'DURBAN -'), or None (R277). city_states: folded city name -> ISO3 code."""
    return dateline_state(doc, lambda words: city_states.get(folded(words)), MAX_CITY_WORDS)
