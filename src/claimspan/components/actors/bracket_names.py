"""Bodies the model leaves untagged before the acronym that defines them (GUIDELINES R155).

South Asian press introduces a body by its full name with its acronym in brackets and then uses the acronym:
"The Anti-Corruption Commission (ACC) filed a case", "The Commission for the Investigation of Abuse of Authority
(CIAA)". The model often tags only the acronym, so the name itself was lost and the acronym kept an id of its own.
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate, tokens_written
from .actor_types import ORGANIZATION_HEADS
from .evidence import MAX_EXPANSION_WORDS, NAME_PARTICLES, OFFICE_HEADS, _bracket_definitions, initials_cover

HYPHENS = frozenset({"-", "‐", "‑"})
# Candidates a body's full name may hold inside it: a state ("Central Bank of Sri Lanka") or a piece of the name
# that the model tagged apart; any other actor across the name means the words are not one name.
REPLACEABLE = frozenset({"COUNTRY"})


def _name_start(doc: Doc, bracket: int) -> int:
    """The first word of the run of capitalised words, name particles and inner hyphens before the bracket."""
    start = bracket
    while start > 0 and bracket - start < MAX_EXPANSION_WORDS and "\n" not in doc[start - 1].whitespace_:
        token = doc[start - 1]
        inner_hyphen = token.text in HYPHENS and not token.whitespace_ and start >= 2 and not doc[start - 2].whitespace_
        if not (token.text[:1].isupper() and token.is_alpha) and token.lower_ not in NAME_PARTICLES and not inner_hyphen:
            break
        start -= 1
    while start < bracket and (doc[start].lower_ in NAME_PARTICLES or doc[start].text in HYPHENS):
        start += 1
    return start


def bracketed_names(doc: Doc, accepted: list[Candidate], thing_heads: Collection[str]) -> list[Candidate]:
    """The accepted candidates with the untagged full name of each body whose acronym follows it in brackets:
    a run of two or more capitalised words holding an organisation's head (Commission, Authority, Bank, ...),
    whose initials give the acronym. A name that ends in a thing's head (an act, a programme) or an office is
    left to the rules for those."""
    brackets = [token.i for token in tokens_written(doc, ("(",), ignore_case=False)]
    if not brackets:
        return accepted
    found = []
    for bracket in brackets:
        if bracket + 2 >= len(doc) or doc[bracket + 2].text != ")":
            continue
        short = doc[bracket + 1].text
        if sum(char.isupper() for char in short) < 2 or not short[0].isupper():
            continue
        start = _name_start(doc, bracket)
        words = [token for token in doc[start:bracket] if token.is_alpha and token.lower_ not in NAME_PARTICLES]
        if len(words) < 2 or not any(token.lower_ in ORGANIZATION_HEADS for token in words):
            continue
        if words[-1].lower_ in thing_heads or words[-1].lower_ in OFFICE_HEADS or not initials_cover(short, [token.text for token in words]):
            continue
        inside = [c for c in accepted if c.start < bracket and start < c.end]
        # a table's reading of the whole name stands ('Palestinian Authority (PA)' is the state's government)
        if any(c.start <= start or c.end > bracket or c.label not in REPLACEABLE for c in inside):
            continue
        found.append((start, bracket, inside))
    if not found:
        return accepted
    replaced = {id(c) for _, _, inside in found for c in inside}
    names = [
        Candidate(start, end, "ORGANIZATION", f"org:{slugify(tokens_text(doc, start, end))}", tokens_text(doc, start, end), priority=2, linkable=True)
        for start, end, _ in found
    ]
    return sorted([c for c in accepted if id(c) not in replaced] + names, key=lambda c: c.start)


def acronyms_out_of_persons(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """A person's name of three or more words that opens with an acronym the document defines for a body ('LEBA
    Fatallah Fawzi' after 'Lebanese-Egyptian Business Association (LEBA)') is that body followed by the person."""
    defined = {doc[i].text for i, _ in _bracket_definitions(doc, accepted)}
    if not defined:
        return accepted
    result = []
    for candidate in accepted:
        if candidate.label == "PERSON" and not candidate.actor_id and candidate.end - candidate.start >= 3 and doc[candidate.start].text in defined:
            short = doc[candidate.start].text
            result.append(Candidate(candidate.start, candidate.start + 1, "ORGANIZATION", f"org:{short.lower()}", short, candidate.priority, linkable=True))
            result.append(Candidate(candidate.start + 1, candidate.end, "PERSON", "", "", candidate.priority))
        else:
            result.append(candidate)
    return result
