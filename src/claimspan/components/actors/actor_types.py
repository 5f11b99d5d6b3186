"""Which type a name has within one document: organisation evidence around any of its mentions.

A name the model tags as a person or place is an organisation when one of its mentions ends in a
company word, carries a corporate role, or stands in apposition with an organisation noun; the
evidence holds for every mention of the name in the document (one type per name).
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc, Span

from ...extensions import span_text, token_span
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
     "señor", "señora", "hon.", "honourable", "honorable", "prof", "prof.", "gen.", "sheikha", "mian", "hazrat", "janab",
     "lyonchhen", "lyonpo", "dasho",
     # one member of a council or legislature, never a body's first word (R990)
     "councilman", "councilwoman", "councilmember", "councillor", "councilor", "alderman", "alderwoman", "assemblyman",
     "assemblywoman", "assemblymember", "congressman", "congresswoman"}
)
APPOSITION_WORDS = frozenset({"the", "a", "an", "its"})
# Pronouns that refer to a person, never to a body (R101).
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
# Relative pronouns that open a clause about a person (R765); 'which' is measured and not used: places take it too.
PERSON_RELATIVES = frozenset({"who", "whom"})


def ends_like_company(span: Span) -> bool:
    """'Saturn Corporation', 'Douglas Aircraft': a multiword name whose last word is a company word."""
    return len(span) > 1 and span[-1].lower_ in COMPANY_NAME_ENDS and span[-1].text[0].isupper()


def names_an_organization(span: Span) -> bool:
    """A name of two or more words whose capitalised last word is an organisation's head ('Rotary International',
    'Telecom Namibia' is not one; 'Asia-Pacific Institute of Business' is found by its own parts)."""
    return len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in ORGANIZATION_HEADS


def plain_name(name: Span) -> bool:
    """A name a person may bear: no word in capitals (an acronym: 'New GM') and no body's or company's last word."""
    return not any(token.is_upper and len(token) > 1 for token in name) and not names_an_organization(name) and not ends_like_company(name)


def _beside_outlet_noun(doc: Doc, start: int, end: int, outlet_nouns: dict[int, int]) -> bool:
    """R883: a news outlet's lower-case noun right before the name, or before its opening quote ('the weekly paper
    X', "the magazine 'X'"), or right after it ('X daily reported'): the name is the outlet."""
    before = start - 1 if start > 0 and doc[start - 1].is_quote else start
    if any(noun_end == before and doc[noun_end - 1].is_lower for noun_end in outlet_nouns.values()):
        return True
    if end not in outlet_nouns or not doc[end].is_lower or doc[end].is_sent_start:
        return False
    # the noun heads the phrase; a noun it modifies makes the name an owner's ('Murdoch newspaper sales')
    noun = doc[outlet_nouns[end] - 1]
    return not (noun.dep_ == "compound" and noun.head.i > noun.i)


def org_evidence(doc: Doc, start: int, end: int, org_nouns: dict[int, int], outlet_nouns: dict[int, int] | None = None) -> bool:
    """Evidence in the text around doc[start:end] that the name is an organisation: a corporate role
    after it ('Ryanair CEO', 'Boeing spokeswoman'), an organisation noun in apposition
    ('the airline, Ryanair,' / 'Ryanair, the Irish airline,'), or a news outlet's noun beside it (R883)."""
    if end < len(doc) and doc[end].lower_ in CORPORATE_ROLES and not doc[end].is_sent_start:
        return True
    if outlet_nouns and _beside_outlet_noun(doc, start, end, outlet_nouns):
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


def document_types(doc: Doc, names: list[tuple[int, int, str]], org_nouns: dict[int, int], outlet_nouns: dict[int, int] | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """One type per name within a document: (names with organisation evidence, first words of
    organisations' names, surnames and first names of full person names).

    names: (start, end, label) of the document's candidate names. A name has organisation evidence when a
    mention of it has (org_evidence) or ends like a company; a person named like the first word of a
    longer organisation's name is that organisation ('Cerberus' beside 'Cerberus Capital Management')."""
    orgs, prefixes, surnames, first_names = set(), set(), set(), set()
    for start, end, label in names:
        span = token_span(doc, start, end)
        if label == "ORGANIZATION" and end - start > 1:
            prefixes.add(span[0].lower_)
            if ends_like_company(span):
                orgs.add(span_text(span[:-1]).lower())
        elif ends_like_company(span):
            orgs.add(span_text(span).lower())
            orgs.add(span_text(span[:-1]).lower())
        if org_evidence(doc, start, end, org_nouns, outlet_nouns):
            orgs.add(span_text(span).lower())
        if label == "PERSON" and end - start > 1 and not ends_like_company(span):
            surnames.add(span[-1].lower_)
            first_names.add(span[0].lower_)
    # a person called by the first name alone ('Muhyiddin', R123), unless an organisation's name opens with it too
    # ('Zongo' of 'Zongo Development Fund'), where the "person" is more likely a misread of that name
    surnames |= first_names - prefixes - orgs
    return frozenset(orgs), frozenset(prefixes), frozenset(surnames)


def _role_in_apposition(doc: Doc, start: int, end: int, titles: dict[int, int], person_nouns: Collection[str]) -> bool:
    """A role noun phrase after the comma that follows doc[start:end] and that the parser attaches to that name:
    'director of ...', 'the minister', 'Ethiopia's minister of water', and a title or person noun after nouns that
    modify it ('a resettlement officer with ...', '... Venezuela's executive director', R760). Not the subject of a
    new clause ('with Infobae, the president pointed out'), a list item ('in Mombasa, the Kenyan envoy to
    Qatar and ...'), nor the title of the next person ('of the Panel, Mrs Jankee Ramano')."""
    position = end + 1
    while position < len(doc) and position - end <= 5 and position not in titles and not _person_noun(doc[position], person_nouns):
        token = doc[position]
        modifier = token.pos_ in ("ADJ", "PROPN") or (token.pos_ == "NOUN" and token.dep_ == "compound")
        if not (token.lower_ in APPOSITION_WORDS or token.lower_ in ("'s", "’s") or modifier):
            return False
        position += 1
    if position - end > 5 or position >= len(doc) or doc[position].pos_ not in ("NOUN", "PROPN"):
        return False
    if position in titles:
        after = titles[position]
        if after - 1 > position and doc[after - 1].text == ".":
            after -= 1  # a title keeps a glued full stop ('... executive director.'): the role is the word before it
    elif _person_noun(doc[position], person_nouns):
        after = position + 1
    else:
        return False
    head = doc[after - 1]
    names_next = after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper()
    # a role coordinated with another opens a list of people, not an apposition ('from Maua, the driver and the conductor')
    coordinated = any(child.dep_ in ("cc", "conj") for child in head.children)
    return head.dep_ == "appos" and start <= head.head.i < end and not names_next and not coordinated


def _person_noun(token, person_nouns: Collection[str]) -> bool:
    """A lower-case noun that names a person by role ('officer', 'spokesman', 'founder'; the R142 nouns)."""
    return token.pos_ == "NOUN" and token.is_lower and token.lower_ in person_nouns


def person_evidence(doc: Doc, start: int, end: int, titles: dict[int, int], title_ends: frozenset[int], person_nouns: Collection[str] = frozenset()) -> bool:
    """Evidence in the text around doc[start:end] that the name is a person (R101): a title or honorific right
    before it ('Director Avril Haines', 'Mr Peerawit'), or a role noun or an age in apposition after it
    ('Avril Haines, director of national intelligence,', 'Wang, the minister,', 'Wang, 34,').
    person_nouns: lower-case nouns that name a person by role without being titles ('officer', 'founder')."""
    if start in title_ends:
        return True
    if end + 1 < len(doc) and doc[end].text == ",":
        if _role_in_apposition(doc, start, end, titles, person_nouns):
            return True
        age = doc[end + 1].text
        if age.isdigit() and int(age) < 120 and end + 2 < len(doc) and doc[end + 2].text == ",":
            return True
        if relative_pronoun_after(doc, start, end, PERSON_RELATIVES):
            return True
    return _personal_pronoun_after(doc, start, end)


def relative_pronoun_after(doc: Doc, start: int, end: int, pronouns: frozenset[str]) -> bool:
    """R765: 'X, who ...': the relative pronoun right after the comma that follows the name opens a relative clause the
    parser attaches to the name itself, not to a noun before it ('the daughter of X, who')."""
    if not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in pronouns):
        return False
    clause = doc[end + 1]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i > end:
        clause = clause.head
    return clause.dep_ == "relcl" and start <= clause.head.i < end


def _personal_pronoun_after(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject of its clause and a personal pronoun of a person follows it in the same sentence
    with no other name between ('Fontaine expressed concern over the handling of her allegations'): a body is 'it'."""
    if doc[end - 1].dep_ not in ("nsubj", "nsubjpass"):
        return False
    for token in doc[end : doc[end - 1].sent.end]:
        if token.lower_ in PERSONAL_PRONOUNS:
            return True
        if token.ent_type_ in ("PERSON", "ORG") or token.lower_ in ("it", "its"):
            return False
    return False
