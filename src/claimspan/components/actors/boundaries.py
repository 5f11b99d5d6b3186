"""Organisation mentions the model drew around more than one actor, split so each entity keeps one id (R95).

Organisation mentions whose edges the model drew around more than one actor (GUIDELINES R95): two persons
joined by 'and' ('Pang and Ng'), or an office or unit 'of' an organisation the document also names alone
('Rector of Curepipe College'). Both split the mention so that one entity keeps one id in the document."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate
from .actor_types import ORGANIZATION_HEADS

# Words between an office or unit and the body it belongs to: 'Command of the Royal Air Force'.
OF_WORDS = ("of",)
MAX_PERSON_WORDS = 3
# An office or unit before 'of' is short; a longer run is a name of its own ('King ... Royal Stool of Gomoa Oguan').
MAX_UNIT_WORDS = 3


def _person_words(doc: Doc, accepted: list[Candidate]) -> frozenset[str]:
    """First names and surnames of the document's persons written with at least two words."""
    words = set()
    for candidate in accepted:
        if candidate.label == "PERSON" and candidate.end - candidate.start > 1:
            words.update((doc[candidate.start].text, doc[candidate.end - 1].text))
    return frozenset(words)


def _is_name_run(doc: Doc, start: int, end: int) -> bool:
    return 0 < end - start <= MAX_PERSON_WORDS and all(doc[i].is_alpha and doc[i].text[0].isupper() for i in range(start, end))


def _coordinated_persons(doc: Doc, candidate: Candidate, person_words: frozenset[str]) -> list[Candidate]:
    """'Pang and Ng' as one organisation, where a side ends in a person's name of the document: two persons."""
    joins = [i for i in range(candidate.start + 1, candidate.end - 1) if doc[i].lower_ == "and"]
    if len(joins) != 1:
        return []
    join = joins[0]
    sides = ((candidate.start, join), (join + 1, candidate.end))
    if not all(_is_name_run(doc, start, end) for start, end in sides) or not any(doc[end - 1].text in person_words for _, end in sides):
        return []
    return [Candidate(start, end, "PERSON", "", "", candidate.priority) for start, end in sides]


def _body_after_of(doc: Doc, candidate: Candidate, org_texts: frozenset[str]) -> list[Candidate]:
    """'Rector of Curepipe College' where 'Curepipe College' is also named alone: that organisation. A unit before
    'of' that is a body itself stays beside it ('Mushroom Research Facility of FAREI', 'Assembly of the Berne Union')."""
    for i in range(candidate.start + 1, candidate.end - 1):
        if doc[i].lower_ not in OF_WORDS or i - candidate.start > MAX_UNIT_WORDS:
            continue
        start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        text = tokens_text(doc, start, candidate.end)
        if start < candidate.end and text in org_texts:
            body = Candidate(start, candidate.end, candidate.label, f"org:{slugify(text)}", text, candidate.priority, linkable=True)
            capitalised = sum(token.is_title for token in doc[candidate.start : i])
            return _with_unit(doc, candidate, i, minimum_capitalised=2 if capitalised >= 2 else None) + [body]
    return []


def _with_unit(doc: Doc, candidate: Candidate, end: int, *, minimum_capitalised: Optional[int]) -> list[Candidate]:
    """The words before the split as an organisation of their own when they are one: an organisation's head word
    among them ('Inter-Ministerial Committee for ...'), or, where minimum_capitalised is given, that many capitalised words."""
    words = doc[candidate.start : end]
    if any(token.lower_ in ORGANIZATION_HEADS for token in words) or minimum_capitalised is not None:
        return [Candidate(candidate.start, end, candidate.label, f"org:{slugify(words.text)}", words.text, candidate.priority, linkable=True)]
    return []


def _person_at_end(doc: Doc, candidate: Candidate, person_texts: frozenset[str]) -> list[Candidate]:
    """'Mongolia Dr Sergey Diorditsa' read as one organisation, where 'Sergey Diorditsa' is named alone: that person."""
    for start in range(candidate.start + 1, candidate.end):
        if doc[start - 1].lower_ not in ("and", "&") and tokens_text(doc, start, candidate.end) in person_texts:
            return _with_unit(doc, candidate, start, minimum_capitalised=None) + [Candidate(start, candidate.end, "PERSON", "", "", candidate.priority)]
    return []


def split_joined_mentions(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """The accepted mentions with organisations that join two persons, or hold another organisation named alone
    after 'of', replaced by their parts (R95). Sorted by start."""
    linkable = [candidate for candidate in accepted if candidate.linkable and candidate.label == "ORGANIZATION"]
    if not linkable:
        return accepted
    splittable = {id(candidate) for candidate in linkable if candidate.end - candidate.start > 2}
    person_words = _person_words(doc, accepted)
    org_texts = frozenset(tokens_text(doc, c.start, c.end) for c in linkable)
    person_texts = frozenset(tokens_text(doc, c.start, c.end) for c in accepted if c.label == "PERSON" and c.end - c.start > 1)
    result = []
    for candidate in accepted:
        parts = []
        if id(candidate) in splittable:
            parts = _coordinated_persons(doc, candidate, person_words) or _body_after_of(doc, candidate, org_texts) or _person_at_end(doc, candidate, person_texts)
        result.extend(parts or [candidate])
    return sorted(result, key=lambda c: c.start)


# Heads of bodies named after the state they belong to, beside the organisation heads ('Royal Air Force of Oman',
# 'State Grid Corp of China', 'National Film and Sound Archive of Australia').
STATE_BODY_HEADS = ORGANIZATION_HEADS | frozenset({"force", "archive", "archives", "corp", "consulate", "embassy", "service", "fund", "guard"})


def joined_at_of(doc: Doc, accepted: list[Candidate], lookup: Callable[[str], object]) -> list[Candidate]:
    """An organisation the model cut before 'of' and a state's name ('Royal Air Force' + 'of' + 'Oman') are one body,
    named with its state (R95: a body 'of' a place stays whole); its id is the tables' for the whole name, if any, else
    the slug of the whole name, so it is not taken for another state's body ('Congress of Guatemala' is not the US
    Congress). lookup: the actor index's lookup, (kind, entry) or None. Sorted input, sorted output."""
    result: list[Candidate] = []
    for candidate in accepted:
        previous = result[-1] if result else None
        if (
            previous is not None and candidate.label == "COUNTRY" and previous.label == "ORGANIZATION"
            and candidate.start == previous.end + 1 and doc[previous.end].lower_ == "of"
            and doc[previous.end - 1].lower_ in STATE_BODY_HEADS and "\n" not in tokens_text(doc, previous.start, candidate.end)
        ):
            text = tokens_text(doc, previous.start, candidate.end)
            found = lookup(text)
            actor_id = found[1].id if found else f"org:{slugify(text)}"
            result[-1] = Candidate(previous.start, candidate.end, "ORGANIZATION", actor_id, text, previous.priority, linkable=not found)
            continue
        result.append(candidate)
    return result
