"""Organisations the actor tables do not list: after an organisation noun, numbered bodies, successors, misread labels."""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from spacy.tokens import Doc, Span

from ...extensions import token_span, tokens_text
from .actor_linking import acronym, slugify
from .actor_spans import POSSESSIVES, Candidate, name_end, tokens_written, trimmed_parts
from .actor_types import ORGANIZATION_HEADS, names_an_organization
from .hyphens import HYPHENS
from .not_actors import NotActorTable, is_not_actor
from .title_case_lines import in_title_case_line, written_elsewhere

# Entity labels an organisation noun may override ("the airline Ryanair" read as a person).
RENAMEABLE_LABELS = frozenset({"", "PERSON", "GPE"})
SUCCESSOR_WORD = "New"  # "the New GM": the company that succeeds GM, with an id of its own


def misread_organizations(doc: Doc, ent: Span, not_actors: NotActorTable) -> Iterator[Candidate]:
    """The parts of an entity with a label that is no actor's whose name ends in an organisation's head (R70)."""
    for start, end in trimmed_parts(ent):
        if names_an_organization(token_span(doc, start, end)) and not is_not_actor(doc, start, end, not_actors):
            text = tokens_text(doc, start, end)
            yield Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True)


def starts_an_organization(text: str, org_counts: Counter, place_nouns: frozenset[str]) -> bool:
    """A place-like name the tables do not know that begins an organisation's name in the document
    is that organisation ('AirTran' beside 'AirTran Airways'), unless that name is a facility ('Kansas City Assembly Plant')."""
    prefix = text.lower() + " "
    return any(org.startswith(prefix) and org.split()[-1] not in place_nouns for org in org_counts)


def named_by_noun(doc: Doc, nouns: dict[int, int], titles: dict[int, int], name_tokens: frozenset[int]) -> Iterator[Candidate]:
    """A name right after an organisation noun is an organisation ('consulting firm Accenture')."""
    for end in nouns.values():
        if not doc[end - 1].is_lower or end >= len(doc) or doc[end].ent_type_ not in RENAMEABLE_LABELS:
            continue
        # the run may cross a table name ("German airline Air Berlin"); a run that is only a table name stays the table's
        run_end = name_end(doc, end, frozenset(), titles)
        if run_end > end and all(doc[i].ent_type_ in RENAMEABLE_LABELS for i in range(end, run_end)) and not name_tokens.issuperset(range(end, run_end)):
            text = tokens_text(doc, end, run_end)
            yield Candidate(end, run_end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=0, linkable=True)


def is_acronym_head(doc: Doc, last: int) -> bool:
    """The word after an organisation's name is an acronym the name modifies ('GM' + 'VEBA'): part of the name."""
    following = doc[last + 1] if last + 1 < len(doc) else None
    return following is not None and following.is_alpha and following.is_upper and len(following) > 1 and not following.ent_type_ and doc[last].head.i == following.i


def numbered_bodies(doc: Doc, words: dict[int, int], candidates: list[Candidate]) -> Iterator[Candidate]:
    """'Local 1520, Canadian Auto Workers union' / 'UAW Local 600': a body named by a word and a number,
    its id prefixed by the acronym of the organisation beside it (GUIDELINES R9)."""
    starting = {c.start: c for c in candidates if c.label == "ORGANIZATION"}
    ending = {c.end: c for c in candidates if c.label == "ORGANIZATION"}
    for start, end in words.items():
        if not doc[start].is_title or end >= len(doc) or not doc[end].is_digit:
            continue
        parent = starting.get(end + 2) if end + 2 < len(doc) and doc[end + 1].text == "," else ending.get(start)
        text = tokens_text(doc, start, end + 1)
        words_of_parent = parent.name.split() if parent else []
        prefix = f"{slugify(acronym(words_of_parent) if len(words_of_parent) > 1 else words_of_parent[0])}-" if parent else ""
        yield Candidate(start, end + 1, "ORGANIZATION", f"org:{prefix}{slugify(text)}", text, priority=0)


def successors(doc: Doc, candidates: list[Candidate], org_counts: dict[str, int]) -> Iterator[Candidate]:
    """'New GM' (inside a sentence, before an organisation the document names): the successor
    company, with an id of its own; it wins over the organisation's own mention."""
    org_ends = {c.start: c.end for c in candidates if c.label == "ORGANIZATION"}
    for token in tokens_written(doc, (SUCCESSOR_WORD,), ignore_case=False):
        if token.is_sent_start or token.i + 1 >= len(doc):
            continue
        end = org_ends.get(token.i + 1, token.i + 2 if doc[token.i + 1].lower_ in org_counts else None)
        if end is not None:
            name = tokens_text(doc, token.i, end)
            yield Candidate(token.i, end, "ORGANIZATION", f"org:{slugify(name)}", name, priority=0)


def untagged_bodies(doc: Doc, taken: frozenset[int], titles: dict[int, int]) -> Iterator[Candidate]:
    """'the Presidential Debate Secretariat has confirmed', 'approached the Western Cape High Court': a run of
    capitalised words the model leaves untagged that ends in an organisation's head is that organisation (R821, as
    R70 reads a misread label). The head ends the name: a capitalised word after it continues a longer name (an
    award's, a title's), which is left alone; a lone head ('the Institute') is no such run, nor is a headline's run the
    body never writes. Words in capitals end the run, but for one acronym that opens the name ('the QWB Mutual Bank')."""
    for head in tokens_written(doc, ORGANIZATION_HEADS):
        end = head.i + 1
        if not _untagged_capitalised(head, taken, titles) or (end < len(doc) and doc[end].text[:1].isupper()):
            continue
        start = head.i
        while start > 0 and not doc[start].is_sent_start:
            if _untagged_capitalised(doc[start - 1], taken, titles):
                start -= 1
            elif start > 1 and _glued_hyphen(doc, start - 1) and _untagged_capitalised(doc[start - 2], taken, titles):
                start -= 2  # 'Anti-Corruption Commission': a hyphen inside the name
            elif _untagged_acronym(doc[start - 1], taken, titles):
                start -= 1  # 'the QWB Mutual Bank': the body's acronym opens its name
                break
            else:
                break
        if doc[start].lower_ == "the":
            start += 1  # a sentence's capital on the article ('The Upper Denkyira ... Assembly has')
        # a headline capitalises every word: there the run is a name only where the body writes it too (as is_noise reads)
        if end - start > 1 and not (in_title_case_line(doc, start) and not written_elsewhere(doc, start, end)):
            text = tokens_text(doc, start, end)
            yield Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True)


def possessors_of_offices(doc: Doc, taken: frozenset[int], titles: dict[int, int], english_words: frozenset[str]) -> Iterator[Candidate]:
    """'revealed by Zarvane’s Managing Director', 'Velmora's chief executive': a capitalised word the model leaves
    untagged that owns an office is the body the office belongs to (R910). States and tagged names are read
    before; a word of the dictionary ('Today's', 'Yesterday's') owns no office."""
    for possessive in tokens_written(doc, POSSESSIVES):
        owner, office = possessive.i - 1, possessive.i + 1
        if owner < 0 or office not in titles:
            continue
        token = doc[owner]
        if not _untagged_capitalised(token, taken, titles) or token.pos_ != "PROPN" or token.lower_ in english_words:
            continue
        if owner > 0 and (doc[owner - 1].ent_iob_ != "O" or doc[owner - 1].text[:1].isupper() and not doc[owner - 1].is_sent_start):
            continue  # the end of a longer name: the model's, or a run R821 and the tables read
        yield Candidate(owner, owner + 1, "ORGANIZATION", f"org:{slugify(token.text)}", token.text, priority=2, linkable=True)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _untagged_acronym(token, taken: frozenset[int], titles: dict[int, int]) -> bool:
    return token.ent_iob_ == "O" and token.is_alpha and token.is_upper and len(token) > 1 and token.i not in taken and token.i not in titles


def _untagged_capitalised(token, taken: frozenset[int], titles: dict[int, int]) -> bool:
    text = token.text
    return token.ent_iob_ == "O" and token.is_alpha and text[0].isupper() and not text.isupper() and token.i not in taken and token.i not in titles
