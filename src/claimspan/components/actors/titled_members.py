"""'PTI MPA Aslam Iqbal', 'PML-N MNA Ahsan Iqbal': a party, a legislator's title in capitals and a name (R214).

The model reads the whole run as one organisation. South Asian and Commonwealth papers write a legislator as party
+ title acronym (MP, MLA, MNA, MPA, MPP) + name; the party is an actor of its own and the name is a person. Only a
title written in capitals splits an entity: a title word in ordinary case is often part of a body's name ('the Kenya
Premier League', 'the Transport General Authority')."""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from ...extensions import token_span
from .actor_spans import MAX_NAME_WORDS, is_name_word


def split_at_title_acronyms(doc: Doc, parts: Iterable[tuple[int, int]], titles: dict[int, int]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The parts of an organisation entity cut before an inner title acronym followed by a name to the part's end, or
    before a title acronym that ends it, and the names after such titles (the persons)."""
    kept, persons = [], []
    for start, end in parts:
        if end - start > 1 and end - 1 in titles and doc[end - 1].is_upper:
            # the name after the title is its own entity ('PTI MPA' + 'Aslam Iqbal') or none the model saw
            kept.append((start, end - 1))
            name_end = end
            while name_end < len(doc) and name_end - end < MAX_NAME_WORDS and is_name_word(doc[name_end]) and not doc[name_end].is_upper and not doc[name_end].ent_type_:
                name_end += 1
            if name_end > end:
                persons.append((end, name_end))
            continue
        cut = next((index for index in range(start + 1, end - 1) if index in titles and doc[index].is_upper and _name_to_end(doc, titles[index], end)), None)
        if cut is None:
            kept.append((start, end))
            continue
        kept.append((start, cut))
        persons.append((titles[cut], end))
    return kept, persons


def _name_to_end(doc: Doc, start: int, end: int) -> bool:
    return start < end and all(is_name_word(token) and not token.is_upper for token in doc[start:end])


def outside_titles(doc: Doc, parts: Iterable[tuple[int, int]], titles: dict[int, int]) -> list[tuple[int, int]]:
    """The parts of an organisation entity that do not lie wholly inside a longer title (R264): 'District Police
    Officer Ali Khan', 'Station House Officer Imran Shah', 'Commissioner of Police Rajesh Deo' name one office, and
    the body word inside it ('District Police', 'House') is no body of its own. A title that ends in 'chief' keeps
    its body ('Army chief Said Chengriha': the army is named as the chief's body)."""
    spans = [(start, end) for start, end in titles.items() if end - start > 1 and doc[end - 1].lower_ != "chief"]
    if not spans:
        return list(parts)
    return [
        (start, end) for start, end in parts
        if not any(title_start <= start and end <= title_end and title_end - title_start > end - start for title_start, title_end in spans)
    ]


def drop_offices_read_as_bodies(doc: Doc, accepted: list, titles: dict[int, int]) -> list:
    """Organisations that are a whole title of several words, and the abbreviation bracketed after it, name an
    office, not a body (R264): 'Senior Superintendent of Police (SSP) Irfan Baloch', 'Deputy Commissioner of Police
    (DCP) Rohit Meena'; R70 had read the title and its bracketed acronym as an organisation. Later mentions of the
    abbreviation ('the SSP said') go with it."""
    offices = {(start, end) for start, end in titles.items() if end - start > 1}
    abbreviations = {
        doc[end + 1].text for _, end in offices if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    }
    if not offices:
        return accepted
    return [
        candidate for candidate in accepted
        if candidate.label != "ORGANIZATION" or ((candidate.start, candidate.end) not in offices and token_span(doc, candidate.start, candidate.end).text not in abbreviations)
    ]
