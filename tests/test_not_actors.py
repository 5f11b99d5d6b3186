"""Names that are not actors (pipeline/not_actors.jsonl, GUIDELINES R65-R67), on hand-built Docs."""

from __future__ import annotations

import pytest

from claimspan.components.actors.amounts import CurrencyMarks
from claimspan.components.actors.not_actors import NotActorTable, is_not_actor
from claimspan.tables import CurrencyEntry, FigureWord, NotActorEntry

TABLE = NotActorTable.from_entries(
    [
        NotActorEntry(text="government", kind="role_word", match="whole"),
        NotActorEntry(text="covid-19", kind="disease", match="whole"),
        NotActorEntry(text="act", kind="law", match="head"),
        NotActorEntry(text="prize", kind="award", match="head"),
        NotActorEntry(text="pass", kind="place", match="head"),
    ]
)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("He criticised the Government on Monday .", "the Government", True),
        ("The COVID-19 pandemic spread .", "COVID-19", True),
        ("Congress passed the Patriot Act last year .", "Patriot Act", True),
        ("She won the Nobel Prize in 2014 .", "Nobel Prize", True),
        ("Trucks crossed the Khyber Pass at dawn .", "Khyber Pass", True),
        ("Interior Minister Ayelet Shaked spoke .", "Interior", True),
        ("The Minister of Agro-Industry and Food Security visited .", "Agro-Industry and Food Security", True),
        ("He met the netizens there .", "netizens", True),
        ("Nana Okofo Ohene Ampofo I spoke .", "I", True),
        ("The Government Employees Union met .", "Government Employees Union", False),
        ("The ACT party won seats .", "ACT", False),
        ("Ryanair spokesman Stephen McNamara said so .", "Ryanair", False),
        ("The African National Congress won .", "African National Congress", False),
    ],
    ids=["role-word-alone", "disease", "law-head", "award-head", "pass-head", "portfolio-before-title", "portfolio-after-minister-of",
         "no-capital", "regnal-number", "role-word-inside-a-name", "head-word-alone-is-a-name", "company-before-a-spokesman", "congress-is-a-body"],
)
def test_not_actors_is_not_actor(blank_nlp, text, name, expected):
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, TABLE) is expected


@pytest.mark.parametrize(
    "words, spaces, expected",
    [(["The", "US", "$", "4.2", "billion"], [True, False, True, True, False], True), (["The", "US", "sent", "$", "4"], [True, True, True, False, False], False)],
    ids=["fused-dollar", "dollar-later"],
)
def test_not_actors_names_a_currency(blank_nlp, words, spaces, expected):
    from spacy.tokens import Doc

    from claimspan.components.actors.not_actors import names_a_currency

    assert names_a_currency(Doc(blank_nlp.vocab, words=words, spaces=spaces), 2) is expected


def test_not_actors_table_shape_checks_kinds():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        NotActorEntry(text="Diwali", kind="holiday", match="whole")


def test_not_actors_verdict_kept_per_table(blank_nlp):
    """A mention's verdict is worked out once per Doc, but for each table: the same Doc read against a table
    without the head word gives that table's own verdict, before and after."""
    doc = blank_nlp("Trucks crossed the Khyber Pass at dawn .")
    without_pass = NotActorTable.from_entries([NotActorEntry(text="act", kind="law", match="head")])
    assert is_not_actor(doc, 3, 5, TABLE) is True
    assert is_not_actor(doc, 3, 5, without_pass) is False
    assert is_not_actor(doc, 3, 5, TABLE) is True


def test_not_actors_title_heads_are_roles(blank_nlp):
    table = NotActorTable.from_entries([NotActorEntry(text="minister", kind="role_word", match="head")])
    doc = blank_nlp("Gender Minister Kim Hyun-sook spoke .")
    assert is_not_actor(doc, 0, 2, table) is True
    assert is_not_actor(doc, 2, 3, table) is False


@pytest.mark.parametrize(
    "text, name, expected",
    [("The Act was passed .", "Act", True), ("Fans of River cheered .", "River", False), ("It cost NT$10,000 .", "NT$10,000", True)],
    ids=["law-head-alone", "place-head-alone-is-a-name", "money"],
)
def test_not_actors_heads_standing_alone(blank_nlp, text, name, expected):
    table = NotActorTable.from_entries([NotActorEntry(text="act", kind="law", match="head"), NotActorEntry(text="river", kind="place", match="head")])
    doc = blank_nlp(text)
    position = next(token.i for token in doc if token.text == name)
    assert is_not_actor(doc, position, position + 1, table) is expected


def test_not_actors_country_in_another_name(blank_nlp):
    from spacy.tokens import Doc

    from claimspan.components.actors.not_actors import country_in_another_name, names_a_currency

    words = ["Afro", "Nation", "Ghana", "comes", "to", "Ghana", "before", "Qatar", "2022", "."]
    doc = Doc(blank_nlp.vocab, words=words, ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert [country_in_another_name(doc, i, i + 1) for i in (2, 5, 7)] == [True, False, True]
    dollars = Doc(blank_nlp.vocab, words=["1.4", "billion", "U.S.", "dollars"])
    assert names_a_currency(dollars, 3) is True


@pytest.mark.parametrize(
    "text, expected",
    [("Inspector General of Police", True), ("Minister of Finance", True), ("Head of Balance Sheet Management", True), ("General Motors of Canada", False), ("Ministry of Finance", False)],
    ids=["inspector-general", "minister-of", "head-of", "general-motors", "ministry-is-a-body"],
)
def test_not_actors_is_role_title(blank_nlp, text, expected):
    from claimspan.components.actors.not_actors import is_role_title

    doc = blank_nlp(text)
    assert is_role_title(doc, 0, len(doc), frozenset({"inspector", "minister", "general"})) is expected


def test_not_actors_cited_law_part(blank_nlp):
    doc = blank_nlp("under Section 194 of the Act")
    assert is_not_actor(doc, 1, 3, TABLE) is True


def test_not_actors_name_after_a_work_noun(blank_nlp):
    table = NotActorTable.from_entries([NotActorEntry(text="programme", kind="programme", match="head")])
    doc = blank_nlp("she told TV programme Morning Harvest that")
    assert is_not_actor(doc, 4, 6, table) is True
    assert is_not_actor(doc, 2, 3, table) is False  # 'programme' itself is lower case, the name 'TV' is not after it


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Fans travelled to Qatar 2022 in November .", "Qatar 2022", True),
        ("In line with the National Vision 2030 , firms invest .", "National Vision 2030", True),
        ("A report to the 12th National Conference circulated .", "12th National Conference", True),
        ("The Class of 1984 Foundation gave money .", "Class of 1984 Foundation", False),
        ("The 2030 Agenda Unit met .", "Agenda Unit", False),
    ],
    ids=["event-year", "plan-year", "ordinal-conference", "year-inside-a-name", "year-outside-the-name"],
)
def test_not_actors_editions_and_plans(blank_nlp, text, name, expected):
    """R75: a year ending a name or an ordinal opening it makes it an edition, plan or budget."""
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, TABLE) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("She was appointed Head of Balance Sheet Management at the bank .", "Balance Sheet Management", True),
        ("He is vice-president for Student Affairs there .", "Student Affairs", True),
        ("Zhang , president of Chinese Badminton Association , signed .", "Chinese Badminton Association", False),
        ("Ortiz , head of Penal Centers , spoke .", "Penal Centers", False),
    ],
    ids=["head-of-a-field", "vice-president-for-affairs", "president-of-a-body", "head-of-a-body"],
)
def test_not_actors_fields_of_an_office(blank_nlp, text, name, expected):
    """R78: a field's name after an office holder's title and 'of'/'for' is the office's field, not a body."""
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, TABLE) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Yaqut bore the title of Ulugh Khan until 1540 .", "Ulugh Khan", True),
        ("Li earned the nickname “ Lipstick King ” last year .", "Lipstick King", True),
        ("He rose to the position of Abbot there .", "Abbot", True),
        ("The title went to Ulugh Khan in 1540 .", "Ulugh Khan", False),
        ("A book of Ulugh Khan survives .", "Ulugh Khan", False),
    ],
    ids=["title-of", "nickname-in-quotes", "position-of", "title-not-right-before", "of-after-another-noun"],
)
def test_not_actors_names_a_title(blank_nlp, text, name, expected):
    """R79: a name given as a title or nickname is not the person."""
    from claimspan.components.actors.not_actors import names_a_title

    doc = blank_nlp(text)
    start, _ = _token_bounds(doc, name)
    assert names_a_title(doc, start) is expected


def _token_bounds(doc, name):
    """The token start and end of the first occurrence of `name` in `doc`."""
    start = next(i for i in range(len(doc)) if doc[i:].text.startswith(name))
    return start, next(end for end in range(start + 1, len(doc) + 1) if doc[start:end].text == name)


def test_not_actors_names_of_things(blank_nlp):
    """R97: a name right before a noun of a thing (also after a closing quote) is a thing, wherever the document writes it."""
    from claimspan.components.actors.not_actors import names_of_things

    doc = blank_nlp("Orvak said the Tesmira festival works . The ‘ Kolbo ’ programme grew . Orvak Tesmira")
    spans = [(0, 1), (3, 4), (9, 10)]
    nouns = frozenset({"festival", "programme"})
    assert names_of_things(doc, spans, nouns) == {"Tesmira", "Kolbo"}
    assert names_of_things(doc, spans, frozenset()) == frozenset()


# R98 reads the figures stage's marks (R700, R860): the codes and signs of these sentences, and the scale word 'mn'
R98_MARKS = CurrencyMarks.from_entries(
    [CurrencyEntry(code="MNT", name="Tugrik"), CurrencyEntry(code="SAR", name="Saudi Riyal")],
    [FigureWord(text="QR", kind="currency", code="QAR"), FigureWord(text="R", kind="currency", code="ZAR"), FigureWord(text="mn", kind="scale", value=1e6)],
)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("The diesel price was MNT 3,380 per litre .", "MNT", True),
        ("Flight AV 663 leaves IAD 02:30 daily .", "IAD", True),
        ("Ahlibank made a profit of QR330.7mn this year .", "QR330.7mn", True),
        ("Offer a R75 000 tax rebate .", "R75", True),
        ("The UN 2030 Agenda was set .", "UN", False),
        ("The ANC said 40 members left .", "ANC", False),
        ("The G20 met in 2018 .", "G20", False),
        ("Results : DA 84 , EFF 44 seats .", "DA", False),
        ("The grant is SAR 2022 .", "SAR", False),
        ("Bananas cost 7MNT a pound .", "7MNT", True),
        ("The G20 met .", "G20", False),
        ("The PX2.5 sensor failed .", "PX2.5", False),
    ],
    ids=["currency-code", "airport-code-before-a-time", "fused-amount", "fused-thousands", "year-after-a-body", "body-not-before-a-figure", "group-name",
         "party-before-its-seats", "year-after-a-currency", "code-fused-after-a-figure", "digits-after-letters", "capitals-no-table-knows-fused-to-a-decimal"],
)
def test_not_actors_names_an_amount(blank_nlp, text, name, expected):
    """R98: a short code right before a figure, or a currency mark of the figures' tables fused to an amount, is a
    currency or code, not a body; capitals no table knows fused to a figure are no amount (R860)."""
    from claimspan.components.actors.amounts import names_an_amount

    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert names_an_amount(doc, start, end, R98_MARKS) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Fish Liew won Best Supporting Actress on Sunday .", "Best Supporting Actress", True),
        ("The resort is nominated as Leading Family Resort in Mexico .", "Leading Family Resort", True),
        ("He sold shares to Leading .", "Leading", False),
    ],
    ids=["best-category", "leading-category", "one-word-is-not-a-category"],
)
def test_not_actors_award_categories(blank_nlp, text, name, expected):
    """R99: a name opened by 'Best' or 'Leading' is an award's category, not a body."""
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, TABLE) is expected


def test_not_actors_persons_from_document_evidence(blank_nlp):
    """R109: a person mention added from document evidence (a repeat, a linked part) meets the non-actor table like a
    first mention: a role word standing alone is no person, a name is kept."""
    from claimspan.components.actors.actor_spans import Candidate
    from claimspan.components.actors.mention_filters import drop_non_actors_after_evidence

    table = NotActorTable.from_entries([NotActorEntry(text="lecturer", kind="role_word", match="whole")])
    doc = blank_nlp("Dr Rabito was a Lecturer . The Lecturer taught Kofi Mensah .")
    lecturer = [token.i for token in doc if token.text == "Lecturer"]
    candidates = [Candidate(i, i + 1, "PERSON", "person:lecturer", "Lecturer", priority=2) for i in lecturer]
    candidates.append(Candidate(9, 11, "PERSON", "person:kofi-mensah", "Kofi Mensah", priority=2))
    kept = drop_non_actors_after_evidence(doc, candidates, table, CurrencyMarks())
    assert [doc[c.start : c.end].text for c in kept] == ["Kofi Mensah"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("He called on the Comptroller General , Gerardo Solis .", "Comptroller General", True),
        ("It was announced by His Royal Highness , the Crown Prince .", "Royal Highness", True),
        ("She is Co - Founder of Zipmex .", "Co - Founder", True),
        ("They named a lawyer as Deputy Governor at the fund .", "Deputy Governor", True),
        ("Where King and the youth learned songs .", "King", False),
        ("The SRI collected taxes .", "SRI", False),
        ("They prayed in the Prophet 's Mosque .", "Prophet", False),
        ("The Executive Council met .", "Executive Council", False),
    ],
    ids=["title-and-modifier", "honorific-after-his", "title-before-of", "title-after-as", "surname-without-determiner", "acronym",
         "possessive-of-a-longer-name", "body-word"],
)
def test_not_actors_lone_titles(blank_nlp, text, name, expected):
    """R110: a name made only of titles and their modifiers, after a determiner or before 'of', is an office."""
    table = NotActorTable.from_entries(
        [NotActorEntry(text="comptroller", kind="title", match="whole"), NotActorEntry(text="highness", kind="title", match="whole"),
         NotActorEntry(text="founder", kind="title", match="whole")],
        titles=["governor", "king", "prophet", "sri", "president"],
    )
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, table) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Delegates met at the Conference of the Parties in May .", "Conference of the Parties", True),
        ("It was published in the Journal of Marine Robotics .", "Journal of Marine Robotics", True),
        ("They signed the Convention on Migratory Species .", "Convention on Migratory Species", True),
        ("It reported to the Wall Street Journal .", "Wall Street Journal", False),
        ("The Programme Office hired staff .", "Programme Office", False),
        ("She joined the Bank of Ghana .", "Bank of Ghana", False),
    ],
    ids=["conference-of", "journal-of", "convention-on", "journal-ends-a-newspaper", "head-before-a-body-word", "body-of-a-place"],
)
def test_not_actors_opening_heads(blank_nlp, text, name, expected):
    """R111: a thing's head that opens a name before 'of', 'on', 'for' names that thing."""
    table = NotActorTable.from_entries([NotActorEntry(text="convention", kind="law", match="head"), NotActorEntry(text="programme", kind="programme", match="head")])
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, table) is expected


def test_acronym_of_a_name_a_thing_head_opens(blank_nlp):
    """R111: the bracketed acronym of such a name is no actor either; an organisation's acronym stays."""
    from claimspan.components.actors.evidence import acronyms_of_non_actors

    doc = blank_nlp("Parties to the Convention on Migratory Species ( CMS ) met the World Wildlife Fund ( WWF ) .")
    wwf_end = [token.i for token in doc if token.text == "Fund"][0] + 1
    assert acronyms_of_non_actors(doc, frozenset({wwf_end}), frozenset({"convention"})) == frozenset({"CMS"})


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Obvious sold a work titled “ Edmond de Belamy ” for $ 432,500 .", "Edmond de Belamy", True),
        ("The seminar , entitled Tick Tock Money , starts today .", "Tick Tock Money", True),
        ("He remembers the TV drama Street Fighters .", "Street Fighters", True),
        ("His 2017 single Better Together sold well .", "Better Together", True),
        ("The bank , led by Tick Tock , grew .", "Tick Tock", False),
    ],
    ids=["titled-in-quotes", "entitled", "drama-before-the-name", "single-before-the-name", "no-work-word"],
)
def test_not_actors_titled_works(blank_nlp, text, name, expected):
    """R112: a name right after 'titled'/'entitled' or a work noun is the title of a work."""
    table = NotActorTable.from_entries([NotActorEntry(text="drama", kind="work", match="head"), NotActorEntry(text="single", kind="work", match="head")])
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, table) is expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Researchers who created a Malaria Atlas say cases rose .", "Malaria Atlas", True),
        ("According to the Statistical Yearbook , births fell .", "Statistical Yearbook", True),
        ("It was published in the Official Gazette on Monday .", "Official Gazette", True),
        ("The Atlas Foundation funds schools .", "Atlas Foundation", False),
    ],
    ids=["atlas", "yearbook", "official-gazette", "foundation-named-atlas"],
)
def test_not_actors_reference_works(blank_nlp, repo_dir, text, name, expected):
    """R113: atlases, yearbooks, registers and official gazettes are works, with the shipped table."""
    from claimspan.tables import read_table

    table = NotActorTable.from_entries(read_table(repo_dir / "pipeline" / "not_actors.jsonl", NotActorEntry))
    doc = blank_nlp(text)
    start, end = _token_bounds(doc, name)
    assert is_not_actor(doc, start, end, table) is expected


def test_acronym_of_a_lower_case_list(blank_nlp):
    """R114: an acronym of a lower-case list of words with commas abbreviates a term, not a body."""
    from claimspan.components.actors.evidence import acronyms_of_non_actors

    doc = blank_nlp("It rewards work in science , engineering and technology ( SET ) and in the Public Works Agency ( PWA ) .")
    agency_end = [token.i for token in doc if token.text == "Agency"][0] + 1
    assert acronyms_of_non_actors(doc, frozenset({agency_end}), frozenset()) == frozenset({"SET"})


def test_not_actors_titles_borne_by_repeated_persons(blank_nlp):
    """R109 with R79: a person mention added from document evidence right after 'the title of' is the title."""
    from claimspan.components.actors.actor_spans import Candidate
    from claimspan.components.actors.mention_filters import drop_non_actors_after_evidence

    doc = blank_nlp("Yaqut held the title of Ulugh Khan . Later Ulugh Khan ruled .")
    candidates = [Candidate(4, 6, "PERSON", "person:ulugh-khan", "Ulugh Khan", priority=2), Candidate(8, 10, "PERSON", "person:ulugh-khan", "Ulugh Khan", priority=2)]
    kept = drop_non_actors_after_evidence(doc, candidates, NotActorTable(), CurrencyMarks())
    assert [c.start for c in kept] == [8]


def test_not_actors_person_names_opened_by_the(blank_nlp):
    """R112: a "person" whose name opens with 'The' is a work's title, and so is every part linked to it."""
    from claimspan.components.actors.actor_spans import Candidate
    from claimspan.components.actors.mention_filters import drop_non_actors_after_evidence

    doc = blank_nlp("He bought The Blue Boy . The Blue Boy hung near Ana Lopez , and Boy was sold .")
    candidates = [
        Candidate(2, 5, "PERSON", "person:the-blue-boy", "The Blue Boy", priority=2),
        Candidate(11, 13, "PERSON", "person:ana-lopez", "Ana Lopez", priority=2),
        Candidate(15, 16, "PERSON", "person:the-blue-boy", "The Blue Boy", priority=1, link="The Blue Boy"),
    ]
    kept = drop_non_actors_after_evidence(doc, candidates, NotActorTable(), CurrencyMarks())
    assert [c.name for c in kept] == ["Ana Lopez"]
