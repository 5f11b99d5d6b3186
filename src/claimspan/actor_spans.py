"""Token-level decisions of the actors stage: role phrases, name runs, entity trimming, overlaps, person links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .actor_linking import link_org_forms, link_short_forms, slugify

# Entity labels whose longer names may contain a country's name without meaning the country:
# "Latin America", "Bank of America", "North American", "Michael Jordan".
CONTAINER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"})
# A title starting inside these entities is part of a name ("General Motors"), not a person's title.
NOT_TITLE_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LOC"})
EDGE_WORDS = frozenset({"the", "'s", "’s", "'", "’", '"', "“", "”", "''", "``", "`", "‘"})
COORDINATORS = frozenset({"and", "or", "&", ","})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
MAX_MODIFIERS = 3  # words between a name and its role noun: "Pakistani [military] officials"
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Candidate:
    """A possible actor mention over tokens [start, end); lower priority wins an overlap."""

    start: int
    end: int
    label: str
    actor_id: str
    name: str
    priority: int
    government: Optional[str] = None
    link: Optional[str] = None
    linkable: bool = False  # an ORG id made from its text, which a longer or earlier form may replace


def trimmed_parts(ent: Span) -> Iterator[tuple[int, int]]:
    """An entity split at inner possessives, without leading 'the' or edge quotes and possessives."""
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or ent.doc[i].lower_ in ("'s", "’s"):
            end = i
            while start < end and ent.doc[start].lower_ in EDGE_WORDS:
                start += 1
            while end > start and ent.doc[end - 1].lower_ in EDGE_WORDS:
                end -= 1
            if end > start:
                yield start, end
            start = i + 1


def majority_labels(doc: Doc) -> dict[str, str]:
    """The label the NER gives a name most often in the document, for names it labels inconsistently ('Ryanair')."""
    counts: dict[str, dict[str, int]] = {}
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG"):
            by_label = counts.setdefault(ent.text.lower(), {})
            by_label[ent.label_] = by_label.get(ent.label_, 0) + 1
    return {text: max(by_label, key=by_label.get) for text, by_label in counts.items() if len(by_label) > 1}


def acronym_in_capitals(doc: Doc, start: int, end: int) -> bool:
    """An all-capitals short form inside an all-capitals headline ('US' in 'US AND NATO') is not a name."""
    text = doc[start:end].text
    if not (text.isupper() and len(text) <= 4):
        return False
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(token.is_alpha and token.is_upper and len(token) > 1 for token in neighbours)


def is_name_word(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.pos_ == "PROPN"


def skip_titles(start: int, titles: dict[int, int]) -> int:
    while start in titles:
        start = titles[start]
    return start


def name_end(doc: Doc, start: int, name_tokens: frozenset[int], titles: dict[int, int]) -> int:
    end = start
    while end < len(doc) and end - start < MAX_NAME_WORDS and is_name_word(doc[end]) and end not in name_tokens and end not in titles:
        if end > start and "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    return end


def role_end(doc: Doc, end: int, collective: dict[int, int], titles: dict[int, int], name_tokens: frozenset[int]) -> Optional[int]:
    """End of a role noun phrase right after a name ('Pakistani [military] officials'), or None."""
    best, position, steps = None, end, 0
    while position < len(doc) and "\n" not in doc[position - 1].whitespace_:
        if position in collective:
            best = position = collective[position]
            continue
        token = doc[position]
        if steps >= MAX_MODIFIERS or token.pos_ not in MODIFIER_POS or position in name_tokens or position in titles:
            break
        steps += 1
        position += 1
    if best is None:
        return None
    # the role noun must head its phrase: a "Pakistani army base" is a base, not the army
    if best < len(doc) and doc[best].pos_ in ("NOUN", "PROPN") and best not in titles and "\n" not in doc[best - 1].whitespace_:
        return None
    return best


def inside_longer_name(doc: Doc, start: int, end: int, entity_of: dict, name_tokens: frozenset[int], titles: dict[int, int]) -> bool:
    """True when an entity around a country's name adds capitalised words of its own ('Latin America')."""
    ent = entity_of.get(start)
    if ent is None or ent.label_ not in CONTAINER_LABELS or (ent.start == start and ent.end == end and ent.label_ != "PERSON"):
        return False
    if ent.start == start and ent.end == end:
        return True  # "Jordan" read as a person
    return any(
        token.is_alpha and token.text[0].isupper() and token.i not in name_tokens and token.i not in titles
        for token in ent
        if not start <= token.i < end and token.lower_ not in EDGE_WORDS
    )


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best candidate of each overlap: lower priority, then longer, then earlier."""
    taken: set[int] = set()
    accepted = []
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if not taken.intersection(range(candidate.start, candidate.end)):
            taken.update(range(candidate.start, candidate.end))
            accepted.append(candidate)
    return sorted(accepted, key=lambda c: (c.start, c.end))


def link_persons(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """Give persons ids: person:<slug of the full name>, short forms linked to their full name."""
    persons = [index for index, candidate in enumerate(accepted) if candidate.label == "PERSON" and not candidate.actor_id]
    words = [tuple(token.text for token in doc[accepted[i].start : accepted[i].end]) for i in persons]
    result = list(accepted)
    for position, link in zip(persons, link_short_forms(words)):
        candidate = accepted[position]
        full = accepted[persons[link]] if link is not None else candidate
        full_text = doc[full.start : full.end].text
        result[position] = Candidate(
            candidate.start, candidate.end, "PERSON", f"person:{slugify(full_text)}", full_text, candidate.priority,
            link=full_text if link is not None else None,
        )
    return result


def link_organizations(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """Give an ORG's acronym or short form the id of its full name in the document ('GM' -> General Motors)."""
    orgs = [index for index, candidate in enumerate(accepted) if candidate.linkable]
    words = [tuple(token.text for token in doc[accepted[i].start : accepted[i].end]) for i in orgs]
    result = list(accepted)
    for position, link in zip(orgs, link_org_forms(words)):
        if link is not None:
            candidate, full = accepted[position], accepted[orgs[link]]
            result[position] = Candidate(
                candidate.start, candidate.end, candidate.label, full.actor_id, full.name, candidate.priority, link=full.name, linkable=True
            )
    return result
