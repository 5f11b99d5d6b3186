"""Which type a name has within one document: organisation evidence around any of its mentions.

A name the model tags as a person or place is an organisation when one of its mentions ends in a
company word, carries a corporate role, or stands in apposition with an organisation noun; the
evidence holds for every mention of the name in the document (one type per name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .actor_spans import MODIFIER_POS

# Words that end a company's name ("Saturn Corporation", "Douglas Aircraft", "AirTran Airways"): the name is an organisation.
COMPANY_NAME_ENDS = frozenset(
    {"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc", "airways", "airlines", "air lines",
     "motors", "aircraft", "aerospace", "holdings", "industries", "technologies", "systems", "communications", "corps", "bancorp", "group"}
)
# Last words that make a name an organisation whatever label the model gives it ('Handicap International' as a
# facility, 'Soviet Union' or 'Paratus Namibia' as a place; GUIDELINES R70).
ORGANIZATION_HEADS = frozenset(
    {"party", "council", "commission", "committee", "association", "university", "bank", "court", "courts", "ministry", "authority",
     "corporation", "company", "institute", "college", "union", "agency", "board", "federation", "network", "league", "movement",
     "front", "alliance", "coalition", "congress", "assembly", "parliament", "senate", "secretariat", "directorate", "department",
     "police", "army", "navy", "forces", "news", "times", "post", "herald", "tribune", "journal", "gazette", "airways", "airlines",
     "limited", "ltd", "inc", "llc", "plc", "trust", "society", "foundation", "organisation", "organization", "international",
     "group", "club", "fc", "united", "greens", "industries", "holdings", "telecom", "bureau", "office", "tribunal", "cabinet", "house"}
)
# Role words after a name that make it an employer ("Ryanair CEO", "Boeing spokeswoman", "Uralsib analyst").
CORPORATE_ROLES = frozenset(
    {"ceo", "cfo", "coo", "chief", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "executive", "executives",
     "analyst", "analysts", "shareholders", "employees", "vice", "president", "director", "board"}
)
# Titles that never begin an organisation's name: an ORG entity starting with one is a person ("Spokeswoman Sandy Angers").
# Honorifics of many languages belong here too: "Begum Khaleda Zia" read as an organisation is a person.
PERSON_ONLY_TITLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "ceo", "madam", "madame", "mme", "begum",
     "shri", "smt", "smt.", "shrimati", "datuk", "dato", "maulana", "maulvi", "mawlawi", "mufti", "rabbi", "nana", "don", "doña", "sr.", "sra.",
     "señor", "señora", "hon.", "honourable", "honorable", "prof", "prof.", "gen.", "sheikha", "mian", "hazrat", "janab"}
)
APPOSITION_WORDS = frozenset({"the", "a", "an", "its"})


def ends_like_company(span: Span) -> bool:
    """'Saturn Corporation', 'Douglas Aircraft': a multiword name whose last word is a company word."""
    return len(span) > 1 and span[-1].lower_ in COMPANY_NAME_ENDS and span[-1].text[0].isupper()


def names_an_organization(span: Span) -> bool:
    """A name of two or more words whose capitalised last word is an organisation's head ('Rotary International',
    'Telecom Namibia' is not one; 'Asia-Pacific Institute of Business' is found by its own parts)."""
    return len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in ORGANIZATION_HEADS


def org_evidence(doc: Doc, start: int, end: int, org_nouns: dict[int, int]) -> bool:
    """Evidence in the text around doc[start:end] that the name is an organisation: a corporate role
    after it ('Ryanair CEO', 'Boeing spokeswoman'), or an organisation noun in apposition
    ('the airline, Ryanair,' / 'Ryanair, the Irish airline,')."""
    if end < len(doc) and doc[end].lower_ in CORPORATE_ROLES and not doc[end].is_sent_start:
        return True
    if start >= 2 and doc[start - 1].text == "," and any(noun_end == start - 1 for noun_end in org_nouns.values()):
        return True
    if end + 1 < len(doc) and doc[end].text == ",":
        position = end + 1
        while position < len(doc) and position - end <= 4 and position not in org_nouns:
            token = doc[position]
            if not (token.lower_ in APPOSITION_WORDS or (token.pos_ in MODIFIER_POS and not token.ent_type_ in ("PERSON", "ORG"))):
                return False
            position += 1
        if position in org_nouns:
            # the noun phrase closes there ("Ryanair, the Irish airline, said"), it does not start a clause ("Smith, the firm wanted")
            noun_end = org_nouns[position]
            return noun_end >= len(doc) or doc[noun_end].is_punct or doc[noun_end - 1].dep_ == "appos"
    return False


def document_types(doc: Doc, names: list[tuple[int, int, str]], org_nouns: dict[int, int]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """One type per name within a document: (names with organisation evidence, first words of
    organisations' names, surnames of full person names).

    names: (start, end, label) of the document's candidate names. A name has organisation evidence when a
    mention of it has (org_evidence) or ends like a company; a person named like the first word of a
    longer organisation's name is that organisation ('Cerberus' beside 'Cerberus Capital Management')."""
    orgs, prefixes, surnames = set(), set(), set()
    for start, end, label in names:
        span = doc[start:end]
        if label == "ORGANIZATION" and end - start > 1:
            prefixes.add(span[0].lower_)
            if ends_like_company(span):
                orgs.add(span[:-1].text.lower())
        elif ends_like_company(span):
            orgs.add(span.text.lower())
            orgs.add(span[:-1].text.lower())
        if org_evidence(doc, start, end, org_nouns):
            orgs.add(span.text.lower())
        if label == "PERSON" and end - start > 1 and not ends_like_company(span):
            surnames.add(span[-1].lower_)
    return frozenset(orgs), frozenset(prefixes), frozenset(surnames)
