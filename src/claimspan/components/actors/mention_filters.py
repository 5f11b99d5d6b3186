"""The last checks on actor candidates: products and indexes (R14), non-actors, amounts, datelines and titles."""

from __future__ import annotations

from typing import Collection, Iterable

from spacy.tokens import Doc

from ...extensions import token_span, tokens_text
from .actor_spans import POSSESSIVES, Candidate
from .actor_types import PERSON_ONLY_TITLES
from .amounts import CurrencyMarks, names_an_amount
from .dateline_mentions import is_dateline
from .not_actors import CLOSING_QUOTES, INNER_LINKS, OPENING_QUOTES, NotActorTable, country_in_another_name, is_not_actor, is_role_title, names_a_currency, names_a_title, names_of_things


def hyphen_fused(doc: Doc, start: int) -> bool:
    """A name fused by a hyphen to a lower-case word before it ('all-Airbus'): not a mention (GUIDELINES R14)."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_lower


def names_an_index(doc: Doc, start: int, end: int, point_heads: frozenset[int]) -> bool:
    """A market name that moves by points is the index, not the exchange ('The Nasdaq fell 82.65 points', R14).
    point_heads: the heads of the words 'point(s)' in the document."""
    if not point_heads:
        return False
    root = token_span(doc, start, end).root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i in point_heads


def names_a_product(doc: Doc, end: int) -> bool:
    """A company name before a product the NER tags names the product (R14) when the product is a
    model number ('Airbus A380') or the phrase heads on past it ('the Ford Taurus sedan'); a product
    tag on the rest of a company's own name is model noise ('Lockheed Martin')."""
    if not (end < len(doc) and doc[end].ent_type_ == "PRODUCT" and doc[end].ent_iob_ == "B"):
        return False
    product_end = end + 1
    while product_end < len(doc) and doc[product_end].ent_iob_ == "I":
        product_end += 1
    heads_on = max(doc[end - 1].head.i, doc[product_end - 1].head.i) >= product_end
    return heads_on or any(char.isdigit() for char in tokens_text(doc, end, product_end))


# R950: at most this many capitalised words or numbers of a product's name after a mention, before the made noun
MAX_NAME_WORDS_BEFORE_MADE = 3


def names_a_made_thing(doc: Doc, end: int, made_nouns: frozenset[str]) -> bool:
    """The name modifies the lower-case noun of a made thing right after it ('an Audi vehicle', 'Xiaomi smartphones',
    'the CoronaVac vaccine'): in this mention it names the product or brand, not its maker (R383). The rest of the
    product's name may stand between them, when the model cut the name in parts ('The Mobilize' + 'Limo model', R950)."""
    if end >= len(doc) or end == 0:
        return False
    noun = end
    while noun < len(doc) and noun - end < MAX_NAME_WORDS_BEFORE_MADE and _inside_a_name(doc, noun):
        noun += 1
    if noun >= len(doc) or "\n" in doc[noun - 1].whitespace_:
        return False
    return doc[noun].is_lower and doc[noun].lower_ in made_nouns and doc[end - 1].head.i >= end and "\n" not in doc[end - 1].whitespace_


def holds_a_code(doc: Doc, start: int, end: int) -> bool:
    """A person's name has no word that mixes letters and digits: a 'person' with one is a code, size or model ('A-4',
    'Dune X3', R952). A number beside the name is not in it ('Fareez Ali 25' with an age the model took in)."""
    return any(any(char.isdigit() for char in token.text) and any(char.isalpha() for char in token.text) for token in doc[start:end])


def _inside_a_name(doc: Doc, position: int) -> bool:
    """doc[position] goes on a name on the same line: a capitalised word or a number that modifies a word after it."""
    token = doc[position]
    return (token.text[:1].isupper() or token.like_num) and token.head.i > position and "\n" not in doc[position - 1].whitespace_


def names_a_product_or_index(doc: Doc, candidate: Candidate, point_heads: frozenset[int]) -> bool:
    """A name fused by a hyphen to a word, an exchange that moves by points, or a company before its product (R14)."""
    return hyphen_fused(doc, candidate.start) or names_an_index(doc, candidate.start, candidate.end, point_heads) or names_a_product(doc, candidate.end)


def drop_non_actors(doc: Doc, candidates: list[Candidate], not_actors: NotActorTable, role_titles: frozenset[str]) -> list[Candidate]:
    """Drop names the non-actor table covers or that are a role title, names before a currency, countries
    inside another name, and all-capitals places in a dateline."""
    candidates = [
        c for c in candidates
        if not (c.linkable and (is_not_actor(doc, c.start, c.end, not_actors) or is_role_title(doc, c.start, c.end, role_titles)))
        and not names_a_currency(doc, c.end)
        and not (c.label == "COUNTRY" and country_in_another_name(doc, c.start, c.end))
    ]
    # R74: an all-capitals place in a dateline ('LAHORE -') is no actor whatever the model calls it
    return [c for c in candidates if not (c.linkable and tokens_text(doc, c.start, c.end).isupper() and is_dateline(doc, c.start, c.end))]


def lone_letter(doc: Doc, start: int, end: int) -> bool:
    """"on X.", "grade A.": a capital letter with a full stop, alone after a lower-case word, is a word, not a name (R353)."""
    text = doc[start].text
    return end - start == 1 and start > 0 and len(text) == 2 and text[0].isupper() and text[1] == "." and doc[start - 1].is_lower


def drop_non_actor_persons(doc: Doc, persons: list[tuple[int, int]], not_actors: NotActorTable) -> list[tuple[int, int]]:
    """Drop empty person spans, those the non-actor table covers, titles read as names and names that make a
    non-actor term with the title word before them ('Gen' + 'Zers' is a generation, not General Zers, R184)."""
    return [
        (start, end) for start, end in persons
        if end > start and not is_not_actor(doc, start, end, not_actors) and not names_a_title(doc, start)
        and not (start > 0 and tokens_text(doc, start - 1, end).lower() in not_actors.whole)
    ]


# Small words inside a thing's name that may follow the cut name ('Nacer con Cariño Law', 'Sports and Leisure Expo').
THING_NAME_PARTICLES = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "del", "la", "con"})
MAX_THING_NAME_WORDS = 6


def cut_from_a_thing(doc: Doc, end: int, heads: frozenset[str]) -> bool:
    """A name followed on its line by capitalised words that end in a thing's head ('FIFA' + 'World Cup', 'NAIDOC' +
    'Week', 'Hong Kong Sports' + 'and Leisure Expo') is the start of that thing's name, cut off by the model (R129).
    heads: lower-case heads of things (not_actors.jsonl: events, laws, awards, programmes, works, diseases)."""
    last, position, words = None, end, 0
    # a name cut from inside a law's bracket reads on after the bracket ('Criminal (Procedure) Act', R186)
    if position + 1 < len(doc) and doc[position].text == ")" and end >= 2 and doc[end - 2].text == "(" and doc[end - 1].is_title:
        position += 1
    while position < len(doc) and words < MAX_THING_NAME_WORDS and not doc[position - 1].is_space and "\n" not in doc[position - 1].whitespace_:
        token = doc[position]
        words += 1
        if _bracketed_word(doc, position):
            position += 3  # a capitalised word in brackets inside the name ('Offences (Amendment) Act'), not an acronym (R186)
            continue
        if token.text[:1].isupper() or (token.like_num and last is not None):
            last = token if token.is_alpha else last  # an edition's number ends the name, not its head ('World Cup 2022')
        elif not (token.lower_ in THING_NAME_PARTICLES and position + 1 < len(doc) and doc[position + 1].text[:1].isupper()):
            break
        elif last is not None and last.lower_ in heads:
            break  # the head ends the name before a small word: 'the Land Act on Tuesday' (R186)
        position += 1
    return last is not None and last.lower_ in heads


def _bracketed_word(doc: Doc, position: int) -> bool:
    """doc[position] opens a bracket around one title-case word ('(Procedure)'); an acronym there defines a body."""
    return position + 2 < len(doc) and doc[position].text == "(" and doc[position + 1].is_title and doc[position + 2].text == ")"




def names_of_owned_things(doc: Doc, spans: Iterable[tuple[int, int]], nouns: frozenset[str]) -> frozenset[str]:
    """The names the document shows to be an owner's product or service: right after the possessive of a name
    (its maker or owner, an actor or not) and right before a lower-case noun of such a thing ('Alibaba’s Taobao
    Live platform', 'Zipmex's ZipUp+ products', R165). spans: (start, end) of the mentions; nouns: lower-case
    nouns of owned things (not_actors.jsonl, match 'owned')."""
    if not nouns:
        return frozenset()
    found = set()
    for start, end in spans:
        possessive = start - 2 if start > 0 and doc[start - 1].text in OPENING_QUOTES else start - 1
        if possessive < 1 or doc[possessive].lower_ not in POSSESSIVES or not doc[possessive - 1].text[:1].isupper():
            continue
        following = end + 1 if end < len(doc) and doc[end].text in CLOSING_QUOTES else end
        if following < len(doc) and doc[following].is_lower and doc[following].lower_ in nouns:
            found.add(tokens_text(doc, start, end))
    return frozenset(found)


def continues_a_thing(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """A name right after a thing's capitalised head and 'for', 'of', 'on' or 'into' (also with 'the') ends that
    thing's name, cut off by the model ('the FIA World Cup for Cross-Country Bajas', 'the National Program for the
    Advancement of Women', R169). heads: lower-case heads of things (not_actors.jsonl)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ in INNER_LINKS and doc[i - 1].is_title and doc[i - 1].lower_ in heads


def names_its_numbered_thing(doc: Doc, end: int, heads: frozenset[str]) -> bool:
    """A body right before a thing's capitalised head and a number is part of that thing's name, also a body from
    the tables ('UN Security Council Resolution 2254', 'Parliament Act 1911', R171). heads: as cut_from_a_thing's."""
    return end + 1 < len(doc) and doc[end].is_title and doc[end].lower_ in heads and doc[end + 1].like_num


def drop_non_actors_after_evidence(
    doc: Doc, accepted: list[Candidate], not_actors: NotActorTable, currency_marks: CurrencyMarks, table_ids: Collection[str] = frozenset()
) -> list[Candidate]:
    """The last filter, over the mentions document evidence added too: non-actors, things, amounts and titles read as bodies.
    table_ids: the ids of the actor tables, whose names keep their own rules."""
    # mentions added from document evidence meet the non-actor table too ('GDP' defined by 'Gross Domestic Product')
    # a person's title read as a body right before the person it titles ('Nana' in 'Nana Kofi Essel', repeated from one misread, R96)
    accepted = [c for c in accepted if not lone_letter(doc, c.start, c.end)]
    titled = frozenset(c.start for c in accepted if c.label == "PERSON")
    # a person's name never opens with 'The': such a "person", and every part of it, is a work's title ('The Sick Child', R112)
    # R97: a name the document shows to be a thing ('the CoronaVac vaccine') is no actor anywhere in it; table names keep their rules
    things = names_of_things(doc, ((c.start, c.end) for c in accepted if c.linkable or c.label == "PERSON"), not_actors.modified_nouns)
    # R165: a body's product named after the body's possessive ('Alibaba’s Taobao Live platform'), in every mention
    owned = names_of_owned_things(doc, ((c.start, c.end) for c in accepted if c.actor_id not in table_ids), not_actors.owned_nouns)
    # R383: a name only ever written before the noun of a made thing ('an Audi vehicle') is the product in those mentions;
    # a maker the document also names on its own ('General Motors ... GM vehicles') stays the maker
    made = [c for c in accepted if c.label in ("ORGANIZATION", "PERSON") and c.actor_id not in table_ids and names_a_made_thing(doc, c.end, not_actors.made_nouns)]
    made_spans = {(c.start, c.end) for c in made}
    named_alone = {c.actor_id for c in accepted if (c.start, c.end) not in made_spans} if made else set()
    products = {(c.start, c.end) for c in made if c.actor_id not in named_alone}
    return [
        c for c in accepted
        if not ((c.linkable or c.label == "PERSON") and is_not_actor(doc, c.start, c.end, not_actors))
        and not (c.label == "PERSON" and (names_a_title(doc, c.start) or c.name.startswith("The ") or holds_a_code(doc, c.start, c.end)))
        and not ((c.linkable or c.label == "PERSON") and things and tokens_text(doc, c.start, c.end) in things)
        and not (owned and c.actor_id not in table_ids and tokens_text(doc, c.start, c.end) in owned)
        and not (c.label != "COUNTRY" and names_an_amount(doc, c.start, c.end, currency_marks))
        and not (c.label == "ORGANIZATION" and c.end - c.start == 1 and c.end in titled and doc[c.start].lower_ in PERSON_ONLY_TITLES)
        # a repeat carries no 'linkable' flag, so the table's names are told apart by their ids (R129)
        and not (c.label in ("ORGANIZATION", "PERSON") and c.actor_id not in table_ids and cut_from_a_thing(doc, c.end, not_actors.thing_heads))
        and not (c.label == "ORGANIZATION" and c.actor_id not in table_ids and continues_a_thing(doc, c.start, not_actors.thing_heads))
        and not (c.label == "ORGANIZATION" and names_its_numbered_thing(doc, c.end, not_actors.thing_heads))
        and not (c.start, c.end) in products
    ]
