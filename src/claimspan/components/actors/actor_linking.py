"""Actor knowledge and the small decisions of actor tagging: the name index, slugs, capitals, short forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping, Optional, Sequence

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from ...extensions import token_span
from ...errors import ClaimspanError, Errors
from ...line_breaks import has_line_break
from ...tables import ActorEntry, RoleEntry, folded

# How a surface form names its actor: the name itself, an adjective or a political metonym.
NAME, DEMONYM, METONYM = "name", "demonym", "metonym"
# Words left out of an acronym: "Securities and Exchange Commission" -> SEC.
ACRONYM_SKIP = frozenset({"of", "and", "&", "the", "for", "in", "on"})

# A capital after these prepositions is the place, not the government ("in Kabul", "from Kabul").
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "into", "near", "outside", "inside", "around", "across", "via", "through", "throughout", "from", "within", "beyond", "past", "over", "above", "off"}
)
# "to <capital>" is a destination after a verb or noun of motion ("travelled to Kabul") and the
# addressee of a political act otherwise ("signalled to Kabul").
# "for <capital>" after the same words is a destination too ("bound for Jakarta", R810).
MOTION_LEMMAS = frozenset(
    {"go", "travel", "fly", "return", "arrive", "come", "move", "head", "send", "deploy", "flee", "drive", "march", "relocate", "evacuate",
     "transfer", "trip", "journey", "flight", "road", "route", "way", "visit", "deport", "airlift", "walk", "sail", "ride", "connect",
     "arrival", "bring", "ship", "leave", "bound"}
)
# A capital as the object of these verbs is the place gone to or left ("visited Tehran", "after leaving Athens", R810).
PLACE_OBJECT_LEMMAS = frozenset({"visit", "leave"})
# Company-form words after a name: "Aer Lingus Group PLC" is still Aer Lingus; "GM VEBA" is another body.
CORPORATE_SUFFIXES = frozenset({"PLC", "LLC", "LLP", "LP", "AG", "SA", "NV", "BV", "SE", "INC", "LTD", "CO", "CORP", "GMBH", "SPA", "AB", "ASA"})
# A misspelt repeat of a surname: same first letters and last letter, a small edit distance ("DesRoiser" for "DesRosier").
SURNAME_PREFIX, SURNAME_EDITS, SURNAME_MIN_LENGTH = 3, 2, 5
# A regnal or generational suffix after a person's name: 'Kusae Edu XV', 'Okofo Ohene Ampofo I.', 'Martin Luther King Jr'.
NAME_SUFFIXES = re.compile(r"(?:[IVX]{1,4}|Jr|Sr)\.?")
# Parts of speech no first name takes: a verb or preposition opening a sentence before a name ('Regarding Netanyahu').
NOT_NAME_POS = frozenset({"VERB", "ADP", "SCONJ", "ADV", "AUX", "PRON", "DET", "CCONJ"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """'Muhammed Sadiq' -> 'muhammed-sadiq' (GUIDELINES R9): ASCII, lower case, dots and apostrophes
    dropped ('U.S. Treasury' -> 'us-treasury'), '&' read as 'and', other runs become one hyphen."""
    ascii_text = folded(text).replace("&", " and ").replace(".", "").replace("'", "")
    return _NON_SLUG.sub("-", ascii_text).strip("-")


APOSTROPHES = {"'": "’", "’": "'"}


def spelling_variants(form: str) -> tuple[str, ...]:
    """The form, the form with hyphens as spaces ('al-Qaeda' -> 'al Qaeda'), and each of these with the other
    apostrophe ("People's Liberation Army" -> "People’s Liberation Army": the press writes either), without repeats."""
    variants = [form]
    spaced = form.replace("-", " ")
    if spaced != form and not form.isupper():
        variants.append(spaced)
    for variant in tuple(variants):
        for apostrophe, other in APOSTROPHES.items():
            if apostrophe in variant:
                variants.append(variant.replace(apostrophe, other))
    return tuple(dict.fromkeys(variants))


@dataclass(frozen=True)
class ActorIndex:
    """The actor table as lookups: id -> entry, lower-cased surface form -> (kind, id), role words."""

    entries: Mapping[str, ActorEntry]
    forms: Mapping[str, tuple[str, str]]
    collective_roles: frozenset[str]
    titles: frozenset[str]

    def lookup(self, text: str) -> Optional[tuple[str, ActorEntry]]:
        """(kind, entry) for a surface form in any case, or None."""
        found = self.forms.get(text.lower())
        return (found[0], self.entries[found[1]]) if found else None

    def is_title(self, text: str) -> bool:
        return text.lower().rstrip(".") in self.titles


def build_index(actors: Iterable[ActorEntry], roles: Iterable[RoleEntry] = (), *, path: str = "actors.jsonl") -> ActorIndex:
    """Index the tables; a duplicate id or a surface form claimed by two actors is an error [E205]."""
    entries: dict[str, ActorEntry] = {}
    forms: dict[str, tuple[str, str]] = {}
    for line_no, entry in enumerate(actors, start=1):
        if entry.id in entries:
            raise ClaimspanError(Errors.E205.format(path=path, line=line_no, what="actor id", value=entry.id))
        entries[entry.id] = entry
        for kind, names in ((NAME, (entry.name, *entry.aliases)), (DEMONYM, entry.demonyms), (METONYM, entry.metonyms)):
            for form in names:
                for variant in spelling_variants(form):
                    key = variant.lower()
                    if key in forms and forms[key][1] != entry.id:
                        raise ClaimspanError(Errors.E205.format(path=path, line=line_no, what="actor name", value=variant))
                    forms.setdefault(key, (kind, entry.id))
    roles = tuple(roles)
    return ActorIndex(
        entries=MappingProxyType(entries),
        forms=MappingProxyType(forms),
        collective_roles=frozenset(role.role for role in roles if role.kind == "collective"),
        titles=frozenset(role.role.rstrip(".") for role in roles if role.kind == "title"),
    )


def surface_forms(entry: ActorEntry) -> Iterable[tuple[str, str]]:
    """(kind, form) for every written form of an actor, spelling variants included."""
    for kind, names in ((NAME, (entry.name, *entry.aliases)), (DEMONYM, entry.demonyms), (METONYM, entry.metonyms)):
        for form in names:
            for variant in spelling_variants(form):
                yield kind, variant


def government_at(entry: ActorEntry, anchor: Optional[str]) -> Optional[str]:
    """Id of the actor governing the country on the anchor date (ISO strings compare as dates)."""
    if not anchor:
        return None
    current = None
    for period in sorted(entry.government, key=lambda period: period.since):
        if period.since <= anchor:
            current = period.actor_id
    return current


def capital_is_political(
    token: Token, *, country_forms: frozenset[str] = frozenset(), place_words: frozenset[str] = frozenset(), city_parts: frozenset[str] = frozenset()
) -> bool:
    """True when a capital's name stands for its government (GUIDELINES: actors, metonyms, R11, R810).

    A capital is the place after a locative preposition ("in Kabul", "flew to Kabul"), as a
    modifier ("Kabul airport", "the Kabul mayoral race") and in a dateline ("KABUL, Afghanistan"); in
    apposition ("the capital Kabul", "State House, Kabul"), after a lower-case place noun and "of" ("north
    of Kabul", "the capital of Kabul"), after a part or office of a city and "of" ("the streets of Kabul",
    "the mayor of Kabul") and as the object of "visit" or "leave"; it is the government as subject, object,
    possessor or after political prepositions ("pressure on Kabul", "protest with Islamabad", "towards
    Kabul", "acknowledged by Islamabad").
    place_words: lower-case place nouns (R192, R198); city_parts: nouns of a city's parts and offices, any case.
    """
    doc = token.doc
    if token.dep_ == "compound":
        return False
    following = token_span(doc, token.i + 1, token.i + 3)
    if len(following) == 2 and following[0].text == "," and following[1].lower_ in country_forms:
        return False
    if len(following) == 2 and following[0].text == "-" and following[1].lower_ == "based":
        return False  # "a Washington-based think tank" says where it sits ("Islamabad-backed" stays the government)
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("compound", "nmod", "appos"):
        return False  # a modifier ("the Taipei mayoral race") or a place's apposition ("the capital Harare", "State House, Nairobi")
    if head is not token and head.is_lower and head.lower_ in place_words:
        return False  # "the capital, Dhaka, and ..." the parser may read as coordinated
    if head.dep_ == "dobj" and head.head.lemma_.lower() in PLACE_OBJECT_LEMMAS:
        return False
    if head.dep_ != "pobj":
        return True
    preposition = head.head
    if preposition.lower_ in LOCATIVE_PREPOSITIONS:
        return False
    if preposition.lower_ == "of":
        governor = preposition.head
        # "west of Ottawa", "the capital of Quito", "outside of Wellington", "the mayor of London"
        return not (
            governor.is_lower and governor.lower_ in place_words or governor.lower_ in LOCATIVE_PREPOSITIONS or governor.lower_ in city_parts
        )
    if preposition.lower_ in ("to", "for"):
        # "launched routes to ... Washington": the motion word may be the verb or its object
        governor = preposition.head
        motion = {governor.lemma_.lower()} | {child.lemma_.lower() for child in governor.children if child.dep_ == "dobj"}
        return not motion & MOTION_LEMMAS
    return True


def _without_suffix(words: Sequence[str]) -> tuple[str, ...]:
    """The name's words in lower case without a trailing regnal or generational suffix ('Kusae Edu XV' -> kusae, edu)."""
    if len(words) > 1 and NAME_SUFFIXES.fullmatch(words[-1]):
        words = words[:-1]
    return tuple(word.lower() for word in words)


def link_short_forms(names: Sequence[tuple[str, ...]], common_first: Sequence[bool] = ()) -> tuple[Optional[int], ...]:
    """For each person name (as words), the index of the full name a short form refers to, or None.

    A name links to the nearest earlier longer name ending in its words ('Sadiq' -> 'Muhammed Sadiq',
    'von Bibra' -> 'Julian von Bibra'); with none earlier, to the first later one (the model may miss the first
    full mention's shape but still find it later). A regnal or generational suffix does not make another
    person ('Kusae Edu' -> 'Kusae Edu XV'), and a link to a name that is itself linked follows it on (R96).
    common_first: per name, whether its first word is a common word the model took into the name at a sentence
    start ('Regarding Netanyahu', 'Meet Sally Jatta'); such a name is no full name to link to, and links as the
    words after that one (to a name ending in them, or beginning with a lone one: 'Uncle Archie' -> 'Archie Roach').
    """
    keys = [_without_suffix(words) for words in names]
    common = [bool(common_first[index]) if index < len(common_first) else False for index in range(len(names))]
    links: list[Optional[int]] = []
    for index, key in enumerate(keys):
        candidates = [
            other for other, full in enumerate(keys)
            if not common[other] and len(names[other]) > len(names[index]) and (full == key or len(full) > len(key) and full[-len(key) :] == key)
        ]
        if not candidates and len(key) == 1:
            candidates = [other for other, full in enumerate(names) if len(full) > 1 and not common[other] and is_misspelt(key[0], keys[other][-1])]
        if not candidates and len(key) == 1:
            # a lone first name of one full name of the document (R69: 'Bryan' after 'Bryan Ruiz')
            owners = {keys[other] for other, full in enumerate(keys) if len(full) > 1 and full[0] == key[0] and not common[other]}
            if len(owners) == 1:
                candidates = [other for other, full in enumerate(keys) if full in owners]
        rest = (key[2:] if len(key) > 2 and key[1] == "-" else key[1:]) if common[index] else ()  # 'Anti-Netanyahu': a prefix and hyphen
        if not candidates and rest:
            candidates = [
                other for other, full in enumerate(keys)
                if other != index and not common[other] and (full[-len(rest) :] == rest or len(rest) == 1 and len(full) > 1 and full[0] == rest[0])
            ]
        if not candidates and len(key) > 1 and not common[index]:
            candidates = _second_surname_owners(names, keys, common, index)
        earlier = [other for other in candidates if other < index]
        links.append(earlier[-1] if earlier else (candidates[0] if candidates else None))
    resolved = []
    for index, link in enumerate(links):
        seen = {index}
        while link is not None and links[link] is not None and links[link] not in seen:
            seen.add(link)
            link = links[link]
        resolved.append(link)
    return tuple(resolved)


def _second_surname_owners(names: Sequence[tuple[str, ...]], keys: Sequence[tuple[str, ...]], common: Sequence[bool], index: int) -> list[int]:
    """The earlier mentions of the one full name that is this name and one more surname (R385): 'Rodrigo Chaves'
    after 'Rodrigo Chaves Robles', Spanish and Portuguese naming with the mother's surname dropped on repeats.
    With two such full names in the document ('... Robles' and '... Mora') the short form stays its own name."""
    key = keys[index]
    longer = {full for other, full in enumerate(keys) if other != index and not common[other] and len(full) > len(key) and full[: len(key)] == key}
    if len(longer) != 1:
        return []
    (full,) = longer
    if len(full) != len(key) + 1:
        return []
    return [other for other in range(index) if keys[other] == full and names[other][-1][:1].isupper()]


def acronym(words: Sequence[str]) -> str:
    """Initials of the words that count: ('United', 'Auto', 'Workers') -> 'UAW'."""
    return "".join(word[0].upper() for word in words if word.lower() not in ACRONYM_SKIP and word[:1].isalpha())


def link_org_forms(names: Sequence[tuple[str, ...]]) -> tuple[Optional[int], ...]:
    """For each organisation name (as words), the index of the mention whose id it takes, or None.

    An acronym takes the id of the name it abbreviates ('GM' -> 'General Motors', wherever that
    is); a name that is a word prefix of an earlier one, or has an earlier one as prefix, takes the
    earliest one's id ('Ford' after 'Ford Motor Company'; 'Aer Lingus Group PLC' after 'Aer Lingus').
    """
    links: list[Optional[int]] = []
    for index, words in enumerate(names):
        link = None
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            link = next((other for other, full in enumerate(names) if len(full) > 1 and acronym(full) == words[0]), None)
        if link is None:
            for other in range(index):
                shorter, longer = sorted((words, names[other]), key=len)
                if shorter != longer and longer[: len(shorter)] == shorter and not names_another_body(longer[len(shorter) :]):
                    link = other
                    break
        if link is None and len(words) > 1 and not any(word.isupper() for word in words):
            # a name of several words that ends exactly one longer name of the document ('District Council' after
            # 'Wairoa District Council', R96): the longer name's place or owner was left out
            longer = {names[other] for other in range(len(names)) if len(names[other]) > len(words) and names[other][-len(words) :] == words}
            if len(longer) == 1:
                link = next(other for other in range(len(names)) if names[other] in longer)
        while link is not None and link < index and links[link] is not None:
            link = links[link]
        links.append(link)
    return tuple(links)


def names_another_body(extra: Sequence[str]) -> bool:
    """True when the words after a shorter name contain an acronym that is not a company form ('GM VEBA', not 'Aer Lingus PLC')."""
    return any(word.isupper() and len(word) > 1 and word.rstrip(".").upper() not in CORPORATE_SUFFIXES for word in extra)


def edit_distance(first: str, second: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, start=1):
        current = [i]
        for j, other in enumerate(second, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


def is_misspelt(word: str, surname: str) -> bool:
    """A misspelt repeat of a surname (GUIDELINES R9): same first three letters and last letter, at most
    two edits ('desroiser' for 'desrosier'; not 'manning' for 'mannion')."""
    return (
        word != surname
        and min(len(word), len(surname)) >= SURNAME_MIN_LENGTH
        and word[:SURNAME_PREFIX] == surname[:SURNAME_PREFIX]
        and word[-1] == surname[-1]
        and abs(len(word) - len(surname)) <= SURNAME_EDITS
        and edit_distance(word, surname) <= SURNAME_EDITS
    )


def common_first_word(doc: Doc, start: int) -> bool:
    """A common word the model took into a person's name at the start of a sentence or line (R96): a verb or
    preposition ('Regarding Netanyahu'), a prefix before a hyphen ('Anti-Netanyahu'), or a word the document also
    writes in lower case ('Meet Sally Jatta')."""
    if not _opens_a_sentence(doc, start):
        return False
    token = doc[start]
    if token.pos_ in NOT_NAME_POS or (start + 1 < len(doc) and doc[start + 1].text == "-"):
        return True
    return token.is_alpha and not token.is_lower and bool(numpy.any(doc.to_array(ORTH) == doc.vocab.strings[token.lower_]))


def _opens_a_sentence(doc: Doc, i: int) -> bool:
    return doc[i].is_sent_start or i == 0 or (doc[i - 1].is_space and has_line_break(doc[i - 1].text)) or doc[i - 1].text in ('"', "“", "‘")
