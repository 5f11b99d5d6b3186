"""Organisation mentions drawn around two persons or around an office of another organisation (GUIDELINES R95)."""

from spacy.tokens import Doc

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.boundaries import split_joined_mentions


def _doc(blank_nlp, text: str) -> Doc:
    return blank_nlp(text)


def _span(doc: Doc, text: str, occurrence: int = 0) -> tuple[int, int]:
    words = text.split()
    starts = [i for i in range(len(doc)) if [token.text for token in doc[i : i + len(words)]] == words]
    return starts[occurrence], starts[occurrence] + len(words)


def _org(doc: Doc, text: str, occurrence: int = 0) -> Candidate:
    start, end = _span(doc, text, occurrence)
    return Candidate(start, end, "ORGANIZATION", "org:" + text.lower().replace(" ", "-"), text, 2, linkable=True)


def _person(doc: Doc, text: str) -> Candidate:
    start, end = _span(doc, text)
    return Candidate(start, end, "PERSON", "", "", 1)


def _texts(doc: Doc, candidates: list[Candidate]) -> list[tuple[str, str]]:
    return [(doc[c.start : c.end].text, c.label) for c in candidates]


def test_actor_boundaries_two_persons_joined_by_and_are_split(blank_nlp):
    doc = _doc(blank_nlp, "Iris Pang met Gary Ng . Pang and Ng agreed .")
    accepted = [_person(doc, "Iris Pang"), _person(doc, "Gary Ng"), _org(doc, "Pang and Ng")]
    assert _texts(doc, split_joined_mentions(doc, accepted)) == [
        ("Iris Pang", "PERSON"), ("Gary Ng", "PERSON"), ("Pang", "PERSON"), ("Ng", "PERSON"),
    ]


def test_actor_boundaries_a_firm_of_names_no_person_of_the_document_bears_stays(blank_nlp):
    doc = _doc(blank_nlp, "Iris Pang hired Baker and McKenzie .")
    accepted = [_person(doc, "Iris Pang"), _org(doc, "Baker and McKenzie")]
    assert _texts(doc, split_joined_mentions(doc, accepted)) == [("Iris Pang", "PERSON"), ("Baker and McKenzie", "ORGANIZATION")]


def test_actor_boundaries_an_office_of_an_organisation_named_alone_becomes_that_organisation(blank_nlp):
    doc = _doc(blank_nlp, "Curepipe College opened . The Rector of Curepipe College spoke .")
    accepted = [_org(doc, "Curepipe College"), _org(doc, "Rector of Curepipe College")]
    result = split_joined_mentions(doc, accepted)
    assert _texts(doc, result) == [("Curepipe College", "ORGANIZATION"), ("Curepipe College", "ORGANIZATION")]
    assert {c.actor_id for c in result} == {"org:curepipe-college"}


def test_actor_boundaries_a_body_of_a_place_stays_whole(blank_nlp):
    # 'Bank of Ghana': what follows 'of' is no organisation the document names alone
    doc = _doc(blank_nlp, "The Bank of Ghana and the Ghana Red Cross met .")
    accepted = [_org(doc, "Bank of Ghana"), _org(doc, "Ghana Red Cross")]
    assert _texts(doc, split_joined_mentions(doc, accepted)) == [("Bank of Ghana", "ORGANIZATION"), ("Ghana Red Cross", "ORGANIZATION")]


def test_actor_boundaries_a_person_named_alone_at_the_end_of_an_organisation_is_that_person(blank_nlp):
    doc = _doc(blank_nlp, "Sergey Diorditsa arrived . The UNFPA Mongolia Dr Sergey Diorditsa said .")
    accepted = [_person(doc, "Sergey Diorditsa"), _org(doc, "UNFPA Mongolia Dr Sergey Diorditsa")]
    assert _texts(doc, split_joined_mentions(doc, accepted)) == [("Sergey Diorditsa", "PERSON"), ("Sergey Diorditsa", "PERSON")]


def test_actor_boundaries_a_unit_before_of_that_is_a_body_stays_beside_the_organisation(blank_nlp):
    doc = _doc(blank_nlp, "FAREI said the Mushroom Research Facility of FAREI grew .")
    accepted = [_org(doc, "FAREI"), _org(doc, "Mushroom Research Facility of FAREI")]
    assert _texts(doc, split_joined_mentions(doc, accepted)) == [
        ("FAREI", "ORGANIZATION"), ("Mushroom Research Facility", "ORGANIZATION"), ("FAREI", "ORGANIZATION"),
    ]


def test_actor_boundaries_a_committee_before_a_person_named_alone_stays_an_organisation(blank_nlp):
    doc = _doc(blank_nlp, "Wafa Mustafa spoke . The Women Committee Wafa Mustafa agreed .")
    accepted = [_person(doc, "Wafa Mustafa"), _org(doc, "Women Committee Wafa Mustafa")]
    assert _texts(doc, split_joined_mentions(doc, accepted)) == [
        ("Wafa Mustafa", "PERSON"), ("Women Committee", "ORGANIZATION"), ("Wafa Mustafa", "PERSON"),
    ]


def _country(doc: Doc, text: str) -> Candidate:
    start, end = _span(doc, text)
    return Candidate(start, end, "COUNTRY", "country:X", text, 1)


def test_body_named_with_its_state_is_one_organisation(blank_nlp):
    """R95: an organisation the model cut before 'of' and a state's name are one body, with the whole name's id."""
    from claimspan.components.actors.boundaries import joined_at_of

    doc = _doc(blank_nlp, "He visited the Royal Air Force of Oman and met Mr Said of Oman .")
    accepted = [_org(doc, "Royal Air Force"), _country(doc, "Oman"), _org(doc, "Said"), Candidate(*_span(doc, "Oman", 1), "COUNTRY", "country:X", "Oman", 1)]
    merged = joined_at_of(doc, accepted, lambda text: None)
    assert [(doc[c.start : c.end].text, c.label, c.actor_id) for c in merged] == [
        ("Royal Air Force of Oman", "ORGANIZATION", "org:royal-air-force-of-oman"),
        ("Said", "ORGANIZATION", "org:said"),
        ("Oman", "COUNTRY", "country:X"),
    ]
