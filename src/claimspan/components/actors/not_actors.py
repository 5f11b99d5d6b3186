"""Names that are not actors, from pipeline/not_actors.jsonl and their context (GUIDELINES R65-R67).

Names that are not actors: role words standing alone, portfolio words cut from a title, events, laws, awards,
programmes, diseases, works, religions and places (pipeline/not_actors.jsonl, GUIDELINES R65-R67)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc

from ...extensions import RECENT_DOCS, RecentDocs, token_span, tokens_text
from ...tables import NotActorEntry

# A regnal or ordinal number standing alone ('Ampofo I', 'Kusae Edu XV' cut in two): never a name (R66).
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
# Titles a portfolio word stands before or after ('Interior Minister', 'Minister of Finance', R67).
PORTFOLIO_TITLES = frozenset({"minister", "ministers", "secretary", "mec", "commissioner", "spokesperson", "portfolio", "ministry", "vice-president", "minister’s", "minister's"})
LEADING_WORDS = frozenset({"the", "a", "an"})
# Parts of a law or document cited with a number ('Section 194', 'Article 13').
# A year ending a name or an ordinal opening it makes it an edition, plan or budget, not a body
# ('Qatar 2022', 'Vision 2030', 'Budget 2022', '54th National Conference', R75).
EDITION_YEAR = re.compile(r"^(1[89]|20)\d\d$")
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
# A code of three or more capitals and a number ending a name numbers a session, phase or edition ('CBD COP15',
# 'UNEA-5.2', 'RCIP-4', R523); with fewer capitals it is often a body's own name ('G20', 'M23', 'MI6'), so it stays
EDITION_CODE = re.compile(r"^[A-Z]{3,}-?\d+(\.\d+)*$")
LAW_PARTS = frozenset({"section", "sections", "article", "articles", "chapter", "clause", "paragraph", "schedule", "rule", "regulation", "resolution"})
# Nouns with a process ending that name a body ('the Organisation said'), not a process or policy (R801).
BODY_PROCESS_NOUNS = frozenset({"organisation", "organization"})
# A thing's head opening its name before one of these words names that thing ('Conference of the Parties', R111);
# 'journal' and 'conference' open such names but end the names of newspapers and bodies ('Wall Street Journal').
OPENING_LINKS = frozenset({"of", "on", "for", "in", "into", "to"})
OPENING_THINGS = frozenset({"journal", "conference"})
# Words after a thing's head inside a name that open what the thing is for or about ('Award for Architecture', R169).
INNER_LINKS = frozenset({"of", "on", "for", "into"})
# Superlatives that open the category of an award ('Best Supporting Actress', 'Leading Family Resort in Mexico', R99).
AWARD_CATEGORY_OPENERS = frozenset({"best", "leading"})


@dataclass(frozen=True)
class NotActorTable:
    """Lower-cased whole names and last words that make a name something other than an actor."""

    whole: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    # heads that are no actor standing alone either ('the Act'); place heads are also names ('River', 'Park')
    lone_heads: frozenset[str] = frozenset()
    # lower-case nouns that make the name right after them a work or programme ('TV programme Immortal Songs')
    work_nouns: frozenset[str] = frozenset()
    # heads of things (laws, programmes, events, awards, works, diseases), not of roles or places
    thing_heads: frozenset[str] = frozenset()
    # lower-case nouns a name modifies when it names a thing ('the CoronaVac vaccine', 'Afro Nation festival', R97)
    modified_nouns: frozenset[str] = frozenset()
    # nouns of made things: a name modifying one, in that mention, is the product or brand ('an Audi vehicle', R383)
    made_nouns: frozenset[str] = frozenset()
    # lower-case nouns of things a body owns or makes, which make a name a thing only when the owner is named before it
    # with a possessive ('Alibaba's Taobao Live platform', R165); after a name alone they name the maker ('Zipmex platform')
    owned_nouns: frozenset[str] = frozenset()
    # nouns before a name or opening it that make it the thing they name, in either case ('storm Bonnie', 'Cyclone
    # Gabrielle', R166): the model reads a storm's given name as a person
    opener_nouns: frozenset[str] = frozenset()
    # openers of laws: a name they open is the law whatever its length ('Ley de Vagos y Maleantes', R800), as a law's
    # name in Spanish puts its head first
    law_openers: frozenset[str] = frozenset()
    # endings of a one-word name that make it a process or policy ('Qatarisation', 'Kuwaitization', R801)
    suffixes: tuple[str, ...] = ()
    # nouns of fields of study, work or business: adjectives before one make a field ('Corporate Banking', R168)
    field_nouns: frozenset[str] = frozenset()
    # heads of things that no maker names after itself: an appositive or predicate noun among them defines a name as
    # the thing ('“Anita,” a biographical drama film', R420)
    called_nouns: frozenset[str] = frozenset()
    # lower-case nouns of words and languages: a name after one or defined by one is a word cited ('the word
    # “Tortuga”', 'the classical language Kawi', R470)
    cited_nouns: frozenset[str] = frozenset()
    # lower-case nouns of parts, copies and editions of works: a name after one and 'of' is that work ('an English
    # translation of the Kitab X', 'the first edition of the Y Gathering', R521)
    part_nouns: frozenset[str] = frozenset()
    # nouns of academic degrees: with 'in' or 'of' and a capitalised field they name a degree ('Diploma in Accounting', R522)
    degree_nouns: frozenset[str] = frozenset()
    # nouns of kinds of things (works, events, awards, diseases, laws), of kinds of plants and animals ('varieties') and
    # of words, languages and drugs: names listed after their plural are things of that kind ('films such as El Hariq', R490)
    listed_nouns: frozenset[str] = frozenset()
    # titles of persons, one word each (the role table's and the table's kind 'title'): a name made only of them and
    # title modifiers is an office (R110)
    title_words: frozenset[str] = frozenset()
    # titles of more than one word ('datuk seri', 'tan sri'): a lone first word may be cut from one of them (R122)
    title_phrases: frozenset[str] = frozenset()

    @classmethod
    def from_entries(cls, entries: Iterable[NotActorEntry], titles: Iterable[str] = ()) -> "NotActorTable":
        """titles: lower-case titles of the role table (actor_roles.jsonl, kind 'title'), added to the role words."""
        entries, titles = tuple(entries), tuple(titles)
        return cls(
            title_words=frozenset(entry.text.lower() for entry in entries if entry.kind == "title") | frozenset(title.rstrip(".") for title in titles if " " not in title),
            title_phrases=frozenset(title for title in titles if " " in title),
            whole=frozenset(entry.text.lower() for entry in entries if entry.match == "whole"),
            heads=frozenset(entry.text.lower() for entry in entries if entry.match == "head"),
            lone_heads=frozenset(entry.text.lower() for entry in entries if entry.match == "head" and entry.kind != "place"),
            work_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "head" and entry.kind in ("work", "programme")),
            thing_heads=frozenset(entry.text.lower() for entry in entries if entry.match == "head" and entry.kind not in ("role_word", "place", "portfolio")),
            modified_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "modifier"),
            made_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "made"),
            owned_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "owned"),
            opener_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "opener"),
            law_openers=frozenset(entry.text.lower() for entry in entries if entry.match == "opener" and entry.kind == "law"),
            suffixes=tuple(sorted(entry.text.lower() for entry in entries if entry.match == "suffix")),
            field_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "field"),
            cited_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "cited"),
            part_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "part"),
            degree_nouns=frozenset(entry.text.lower() for entry in entries if entry.match == "degree"),
            listed_nouns=frozenset(
                entry.text.lower() for entry in entries
                if (entry.match == "head" and entry.kind in ("work", "event", "award", "disease", "law")) or (entry.match == "modifier" and entry.kind == "term")
                or entry.match == "cited"
            ),
            called_nouns=frozenset(
                entry.text.lower() for entry in entries if entry.match == "head" and entry.kind not in ("role_word", "place", "portfolio")
            ) - frozenset(entry.text.lower() for entry in entries if entry.match in ("made", "owned")),
        )


# Each Doc's verdicts by mention and table, for the Docs of a batch: the stage asks about half its mentions twice or
# more (the entity reader, the first filters, the person filters, the filter after the document evidence: 3,448
# calls for 1,726 mentions on corpus/ and 60 tuning articles), and a verdict reads only the Doc's words and entity
# types, which no step of the stage changes.
_VERDICTS = RecentDocs(lambda doc: {}, RECENT_DOCS)


def is_not_actor(doc: Doc, start: int, end: int, table: NotActorTable) -> bool:
    """not_actor(doc, start, end, table), worked out once per mention of a Doc."""
    verdicts = _VERDICTS(doc)
    key = (start, end, id(table))
    found = verdicts.get(key)
    # the table is kept with its verdict, so a table made after another was freed never reads the other's
    if found is None or found[0] is not table:
        found = verdicts[key] = (table, not_actor(doc, start, end, table))
    return found[1]


def not_actor(doc: Doc, start: int, end: int, table: NotActorTable) -> bool:
    """True when doc[start:end], a name the tables do not know, is not an actor (R65-R67): it has no capital
    letter ('netizens', 'bush'), is a regnal number, a role or portfolio word, disease, event or religion
    standing alone ('the Government', 'COVID-19', 'Umrah'), or ends in a word that makes it an event, law,
    award, programme, work or place ('Patriot Act', 'Nobel Prize', 'Khyber Pass')."""
    written_start = start
    while start < end and doc[start].lower_ in LEADING_WORDS:
        start += 1
    if start >= end:
        return True
    text = tokens_text(doc, start, end)
    if not any(char.isupper() for char in text) or ROMAN_NUMERAL.match(text) or "$" in text:
        return True  # no capital, a regnal number, or money ('NT$10,000')
    if text.lower() in table.whole or text.lower().replace("’", "'") in table.whole:
        return True
    # each doc[i] builds a new Token: the first and last words are read once
    first, last = doc[start], doc[end - 1]
    if end - start > 1 and (EDITION_YEAR.match(last.text) or ORDINAL.match(first.text)):
        return True
    if EDITION_CODE.match(last.text):
        return True
    if first.lower_ in LAW_PARTS and any(char.isdigit() for char in last.text):
        return True
    if end - start > 1 and first.lower_ in AWARD_CATEGORY_OPENERS and first.is_title:
        return True
    if start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in table.work_nouns:
        return True  # 'TV programme Immortal Songs', 'the film Anita', 'the app Kuaishou'
    if (start > 0 and doc[start - 1].lower_ in table.opener_nouns) or (end - start == 2 and first.lower_ in table.opener_nouns):
        return True  # 'tropical storm Bonnie', 'Cyclone Gabrielle'; a longer name is a body's ('Storm Relief Fund', R166)
    if first.lower_ in table.law_openers and first.is_title:
        return True  # a law's head opens its Spanish name, however long ('Ley de Pesca y Acuicultura', R800)
    if end - start == 1 and table.suffixes and first.is_title and first.lower_.endswith(table.suffixes) and first.lower_ not in BODY_PROCESS_NOUNS:
        return True  # a process or policy ('Omanisation'); 'the Organisation' names a body (R801)
    if names_a_titled_work(doc, written_start):
        return True
    if is_lone_title(doc, start, end, table.title_words) or titles_a_person(doc, start, end, table):
        return True
    if end - start > 2 and first.is_title and doc[start + 1].lower_ in OPENING_LINKS and first.lower_ in table.thing_heads | OPENING_THINGS:
        return True  # the head opens the name: 'Convention on Biological Diversity', 'Journal of Unmanned Undersea Systems' (R111)
    # the head inside the name before its object: 'Aga Khan Award for Architecture' (R169); a programme's name with
    # its object is often the agency running it ('National Programme on Immunization')
    if end - start > 3 and any(
        doc[i].is_title and doc[i].lower_ in table.thing_heads and doc[i].lower_ not in table.work_nouns and doc[i + 1].lower_ in INNER_LINKS for i in range(start + 1, end - 2)
    ):
        return True

    if last.text[:1].isupper() and (last.lower_ in table.heads if end - start > 1 else last.lower_ in table.lone_heads and not last.is_upper):
        return True  # also a head standing alone ('the Act', 'the Summit'), not an acronym ('ACT' party)

    return is_portfolio(doc, start, end)


# Words that make a title higher or shared without naming anyone ('Deputy Governor', 'Co-Founder', 'Comptroller General').
TITLE_MODIFIERS = frozenset({"deputy", "vice", "co", "acting", "assistant", "associate", "senior", "chief", "general", "royal", "interim", "-"})
# Words before a title that make it the office itself, not a person's name ('the Comptroller General', 'His Majesty', 'as Deputy Governor').
OFFICE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "as"})


def is_lone_title(doc: Doc, start: int, end: int, title_words: frozenset[str]) -> bool:
    """A name made only of titles or role words and their modifiers, after a determiner or before 'of', is an office
    with no name of its own ('the Comptroller General', 'His Royal Highness', 'Co-Founder of Zipmex', R110). Without
    the determiner a lone title may be a surname ('King said'); an acronym is a body ('the SRI')."""
    words = [token.lower_.rstrip(".") for token in token_span(doc, start, end)]
    core = [word for word in words if word not in TITLE_MODIFIERS]
    if not core or not all(word in title_words for word in core) or any(token.is_upper and len(token) > 1 for token in doc[start:end]):
        return False
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        return False  # a longer name or the holder's own ('the Prophet's Mosque')
    return (start > 0 and doc[start - 1].lower_ in OFFICE_DETERMINERS) or (end < len(doc) and doc[end].lower_ == "of")


def titles_a_person(doc: Doc, start: int, end: int, table: NotActorTable) -> bool:
    """A name made only of title words right before a person's name is that person's honorific, cut off by
    the model into an entity of its own ('DHAKA - Sheikh' + 'Hasina Wazed', 'Datuk' + 'Seri Anwar Rahman', R122)."""
    if any(token.lower_.rstrip(".") not in table.title_words or token.is_upper for token in token_span(doc, start, end)):
        return False  # also titles in a row ('Naa Professor' + 'Delle')
    following = end
    while following < len(doc) and (doc[following].lower_.rstrip(".") in table.title_words or tokens_text(doc, end - 1, following + 1).lower() in table.title_phrases):
        following += 1
    return following < len(doc) and doc[following].ent_type_ == "PERSON"


# Any office holder's title before 'of'/'for' and a field's head word as the name's last word: the name is the
# office's field, not a body ('Head of Balance Sheet Management', 'vice-president for Student Affairs', R78).
OFFICE_TITLES = frozenset({"director", "head", "chief", "provost", "vice-president", "president", "secretary", "undersecretary", "minister", "ministers", "commissioner", "officer", "manager", "advisor", "adviser", "dean"})
FIELD_HEADS = frozenset({"affairs", "management", "development", "security", "quality", "research", "education", "curriculum", "planning"})


def is_portfolio(doc: Doc, start: int, end: int) -> bool:
    """A name right before a minister's title or right after 'Minister of/for' is the portfolio of a title,
    not a body ('Interior Minister Izkia Siches', 'Minister of Agro-Industry and Food Security', R67)."""
    if end < len(doc) and doc[end].lower_ in PORTFOLIO_TITLES:
        return True
    if start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in OFFICE_TITLES and doc[end - 1].lower_ in FIELD_HEADS:
        return True
    # otherwise after the title only a minister's: a 'Secretary of' or 'Commissioner of' an organisation is common
    return start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in ("minister", "ministers")


def names_a_currency(doc: Doc, end: int) -> bool:
    """A country's name before a dollar sign and an amount is a currency ('US$ 4.2 billion', 'US $15 million'), not the state."""
    if names_a_dollar(doc, end):
        return True
    if end >= len(doc) or not doc[end].text.startswith("$"):
        return False
    return not doc[end - 1].whitespace_ or doc[end].text != "$" or (end + 1 < len(doc) and doc[end + 1].like_num)


def names_a_dollar(doc: Doc, end: int) -> bool:
    """'1.39 billion U.S. dollars', 'the US dollar': the currency, not the state."""
    return end < len(doc) and doc[end].lower_ in ("dollar", "dollars")


# Labels of names a country's name can end ('Afro Nation Ghana', 'Nedbank Namibia'): then it is part of that name.
NAME_LABELS = frozenset({"ORG", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})


def country_in_another_name(doc: Doc, start: int, end: int) -> bool:
    """A country's name that ends another name the model tagged ('Afro Nation Ghana' after 'Afro Nation'), or
    that a year follows ('Qatar 2022', 'World Pride Panama 2022'), names an event or a body, not the state (R65)."""
    before = doc[start - 1] if start > 0 else None
    # a capitalised article opening the sentence is no name: "The White House said ..." (the model puts it in the entity)
    if before is not None and before.ent_type_ in NAME_LABELS and before.text[:1].isupper() and before.whitespace_ and "\n" not in before.whitespace_ and before.lower_ not in LEADING_WORDS:
        return True
    following = doc[end] if end < len(doc) else None
    return following is not None and following.like_num and len(following.text) == 4 and following.text.startswith(("19", "20"))


def is_role_title(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """A name that begins with a title and 'of' or 'for' is an office, not a body ('Inspector General of Police',
    'Head of Balance Sheet Management', 'Minister of Finance'; R67). titles: lower-case title words."""
    position = start
    while position < end and doc[position].lower_.rstrip(".") in titles | {"head", "general"}:
        position += 1
    return start < position < end - 1 and doc[start].lower_ != "general" and doc[position].lower_ in ("of", "for")


# Participles that make the name after them the title of a work, event or project ('a work titled “Edmond de Belamy”', R112).
TITLING_WORDS = frozenset({"titled", "entitled"})


def names_a_titled_work(doc: Doc, start: int) -> bool:
    """A name right after 'titled' or 'entitled', also inside quotes, is the title of a work, event or project (R112)."""
    i = start - 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
    return i >= 0 and doc[i].lower_ in TITLING_WORDS


# Nouns that make the name after them a title or nickname borne by a person, not the person (R79).
TITLE_NOUNS = frozenset({"title", "titles", "nickname", "nicknamed", "position"})
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def names_a_title(doc: Doc, start: int) -> bool:
    """A person-like name right after 'the title of', 'the position of' or 'the nickname' is a title
    ('the title of Ulugh Khan', 'the nickname “Lipstick King”'), not a person (R79)."""
    i = start - 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
    return i >= 0 and doc[i].lower_ in TITLE_NOUNS


CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def names_of_things(doc: Doc, spans: Iterable[tuple[int, int]], nouns: frozenset[str]) -> frozenset[str]:
    """The names the document shows to be things by the noun they modify ('the CoronaVac vaccine', 'the “EBDA”
    programme', 'ZipUp+ products', R97): the texts of those mentions, so that every mention of the name goes.
    spans: (start, end) of the mentions; nouns: lower-case nouns of things (not_actors.jsonl, match 'modifier')."""
    found = set()
    for start, end in spans:
        following = end + 1 if end < len(doc) and doc[end].text in CLOSING_QUOTES else end
        if following < len(doc) and doc[following].is_lower and doc[following].lower_ in nouns:
            found.add(tokens_text(doc, start, end))
    return frozenset(found)

