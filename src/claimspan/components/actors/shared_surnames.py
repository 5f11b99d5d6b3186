"""A lone surname shared by two or more persons the article names in full links to the one whose gender fits (R670).

Person linking (R9, R69) gives a lone surname the nearest earlier full name ending in it. When two people share the
surname ('Hillary Clinton' and 'Bill Clinton'), the nearest earlier one is often the other person: a spouse or
relative named in passing just before 'Mrs. Clinton said'. The text tells a lone surname's gender by its courtesy
title, or by 'he' or 'she' after it as a subject; it tells a full name's by a courtesy title or gendered noun just
before it ('Mr. John Park', 'her son, Damon Park') or by 'he' or 'she' later in its sentence. First names are no
evidence of gender here."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..claims.reference import FEMALE_WORDS, MALE_WORDS
from .actor_spans import Candidate

# Courtesy titles that tell the gender of the name after them.
FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "madam", "madame", "mme", "lady", "dame", "begum", "smt"})
MALE_TITLES = frozenset({"mr", "sir", "shri"})
# How many words before a full name may hold its courtesy title or gendered noun ('her son, Damon Park').
TITLE_WINDOW = 4
FEMALE, MALE = "female", "male"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _words_before(doc: Doc, start: int, named: frozenset[int]) -> list[str]:
    """The words in the same sentence just before a name, nearest first, stopping at another actor's mention (the title
    in 'Mr. Obama and Hillary Clinton' is Obama's)."""
    words = []
    sentence_start = doc[start].sent.start
    for i in range(start - 1, max(sentence_start, start - TITLE_WINDOW) - 1, -1):
        if i in named:
            break
        words.append(doc[i].lower_.rstrip("."))
    return words


def _gender_of_full_name(doc: Doc, candidate: Candidate, named: frozenset[int]) -> Optional[str]:
    """What the text says of a full name's gender: a courtesy title or gendered noun just before it, else the pronoun
    after it (_pronoun_after)."""
    before = set(_words_before(doc, candidate.start, named))
    female, male = bool(before & (FEMALE_WORDS | FEMALE_TITLES)), bool(before & (MALE_WORDS | MALE_TITLES))
    if female != male:
        return FEMALE if female else MALE
    return _pronoun_after(doc, candidate.end, frozenset())


def _pronoun_after(doc: Doc, end: int, named: frozenset[int]) -> Optional[str]:
    """The gender of the first 'he' or 'she' after a name in its sentence, before any of the named tokens ('Park
    said he would stay'; not 'Park met Lee, who said she ...')."""
    for token in doc[end : doc[end - 1].sent.end]:
        if token.i in named:
            return None
        if token.lower_ in ("he", "she"):
            return FEMALE if token.lower_ == "she" else MALE
    return None


def _gender_of_lone_surname(doc: Doc, candidate: Candidate, named: frozenset[int]) -> Optional[str]:
    """What the text says of a lone surname's gender: its courtesy title ('Mrs. Park'), else, as a subject, the first 'he'
    or 'she' after it ('Park said she would stay'; not 'Lee met Park, and he said', where the pronoun may be Lee's)."""
    title = doc[candidate.start - 1].lower_.rstrip(".")
    if title in FEMALE_TITLES or title in MALE_TITLES:
        return FEMALE if title in FEMALE_TITLES else MALE
    if doc[candidate.start].dep_ in SUBJECTS:
        return _pronoun_after(doc, candidate.end, named)
    return None


def shared_surnames(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """The mentions with each lone surname that ends two or more persons' full names linked to the nearest earlier one
    of the persons whose gender fits what the text says of the surname's (else to the first later one, when none is
    named before it). Without such evidence, or with evidence that fits none or all of them, the link stays as person
    linking made it."""
    owners: dict[str, list[Candidate]] = {}
    for candidate in accepted:
        if candidate.label == "PERSON" and candidate.link is None and candidate.end - candidate.start > 1:
            owners.setdefault(doc[candidate.end - 1].text, []).append(candidate)
    shared = {surname: fulls for surname, fulls in owners.items() if len({full.actor_id for full in fulls}) > 1}
    if not shared:
        return accepted
    named = frozenset(i for candidate in accepted for i in range(candidate.start, candidate.end))
    result = list(accepted)
    for index, candidate in enumerate(accepted):
        if candidate.label != "PERSON" or candidate.end - candidate.start != 1 or candidate.link is None or candidate.start == 0:
            continue
        fulls = shared.get(doc[candidate.start].text)
        if not fulls:
            continue
        fitting = _of_gender(doc, fulls, named, _gender_of_lone_surname(doc, candidate, named))
        if not fitting or len({full.actor_id for full in fitting}) == len({full.actor_id for full in fulls}):
            continue
        earlier = [full for full in fitting if full.start < candidate.start]
        if not earlier and any(full.start < candidate.start for full in fulls):
            continue  # the fitting persons are named only later: the evidence is too far to move the link forward
        chosen = earlier[-1] if earlier else fitting[0]
        # two full names with one first name are one person written with and without a middle name ('Donald J.
        # Trump', 'Donald Trump'): choosing between them tells nothing
        if chosen.actor_id != candidate.actor_id and chosen.name.split()[0] != candidate.name.split()[0]:
            result[index] = Candidate(candidate.start, candidate.end, "PERSON", chosen.actor_id, chosen.name, candidate.priority, link=chosen.name)
    return result


def _of_gender(doc: Doc, fulls: list[Candidate], named: frozenset[int], wanted: Optional[str]) -> list[Candidate]:
    """The full-name mentions of the persons the text gives that gender; with none, of those it does not give the
    other one."""
    if wanted is None:
        return []
    genders: dict[str, set[str]] = {}
    for full in fulls:
        gender = _gender_of_full_name(doc, full, named)
        if gender:
            genders.setdefault(full.actor_id, set()).add(gender)
    matching = [full for full in fulls if genders.get(full.actor_id) == {wanted}]
    return matching or [full for full in fulls if genders.get(full.actor_id, {wanted}) & {wanted}]
