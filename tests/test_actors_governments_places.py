"""Heads of government, names after a role noun and subnational places (GUIDELINES R141-R143, R192, R195, R198).

Short articles written for this test (not copied from any source). The pipeline runs once over all of them."""

from __future__ import annotations

import pytest

ARTICLES = {
    "in-modi": (
        "NEW DELHI - Farmers' unions said on Monday that the Narendra Modi government had ignored their demands. "
        "Critics of the Modi government say the laws were rushed. "
        "The Uttar Pradesh government and the Tamil Nadu government asked for more funds."
    ),
    "kr-moon": "SEOUL - Prosecutors on Tuesday questioned officials who served under the Moon Jae-in administration about the repatriation of two fishermen.",
    "ar-fernandez": "BUENOS AIRES - The trade surplus grew in each year of the Alberto Fernández administration, the chamber of commerce said.",
    "pk-kp": (
        "PESHAWAR - The Khyber Pakhtunkhwa government banned rallies on Sunday, and the Gilgit-Baltistan government followed. "
        "The Taliban government in Kabul did not comment."
    ),
    "ng-onanuga": "ABUJA - President Bola Tinubu's spokesman, Bayo Onanuga, said on Tuesday that the fuel subsidy would not return.",
    "za-vermeulen": (
        "JOHANNESBURG - The petition's author, Kobus Vermeulen, said the road had claimed 40 lives this year. "
        "Vermeulen said the province had ignored the petition."
    ),
    "ng-plateau": (
        "JOS - Gunmen killed 12 villagers in Nigeria's Plateau state on Sunday, police said. "
        "Residents said the attackers came from the Ikorodu division and the Kachin state capital."
    ),
    "ng-plateau-comma": "Gunmen killed 32 people in Nigeria's Plateau state, police said on Monday.",
    "sd-madani": (
        "Army retakes Wad Madani\n\n"
        "The army said on Saturday that it had recaptured Wad Madani, the capital of Gezira state, from the paramilitary "
        "forces. Its spokesman, Nabil Abdallah, said the troops were clearing the city."
    ),
    "ke-marsabit": "Marsabit, a county in Kenya's arid north, has had no rain for two years, Governor Mohamud Ali said.",
    "cd-wagner": (
        "KINSHASA - Foreign Minister Thérèse Kayikwamba Wagner told the Security Council on Sunday that Rwandan troops "
        "had crossed the border. In Mali, Wagner fighters were replaced by the Africa Corps."
    ),
    "de-wagner": "BAYREUTH - The festival opened on Tuesday with an opera by Richard Wagner, its director said.",
    "ps-mughayir": (
        "RAMALLAH - Soldiers also searched houses in two nearby villages, among them the town of "
        "Mughayir. Farmers in the Indian state of Haryana protested on Monday."
    ),
    "ar-jujuy": "Jujuy, a province of salt flats next to Bolivia and Chile, wants more lithium mines, Senator Carolina Moisés said.",
}


@pytest.fixture(scope="module")
def actors(nlp) -> dict[str, list[tuple[int, int, str, str, str]]]:
    """Per article: (start_char, end_char, text, type, id) of every actor mention."""
    return {
        doc_id: [(span.start_char, span.end_char, span.text, span.label_, span.kb_id_) for span in doc.spans["actors"]]
        for doc_id, doc in zip(ARTICLES, nlp.pipe(ARTICLES.values()))
    }


def overlapping(actors, doc_id: str, text: str, occurrence: int = 0) -> list[tuple[str, str, str]]:
    """(text, type, id) of the actor mentions overlapping the given occurrence of text."""
    start = -1
    for _ in range(occurrence + 1):
        start = ARTICLES[doc_id].index(text, start + 1)
    return [(m[2], m[3], m[4]) for m in actors[doc_id] if m[0] < start + len(text) and start < m[1]]


# R141: the name before 'government' or 'administration' is the person heading it, linked to the full name
@pytest.mark.parametrize(
    "doc_id, text, occurrence, expected",
    [
        ("in-modi", "Narendra Modi", 0, [("Narendra Modi", "PERSON", "person:narendra-modi")]),
        ("in-modi", "Modi government say", 0, [("Modi", "PERSON", "person:narendra-modi")]),
        ("kr-moon", "Moon Jae-in", 0, [("Moon Jae-in", "PERSON", "person:moon-jae-in")]),
        ("ar-fernandez", "Alberto Fernández", 0, [("Alberto Fernández", "PERSON", "person:alberto-fernandez")]),
    ],
)
def test_government_heads_name_before_government_noun_is_the_person(actors, doc_id, text, occurrence, expected):
    assert overlapping(actors, doc_id, text, occurrence) == expected


# R141 guards: a subdivision of a state or an armed group before 'government' is no person
@pytest.mark.parametrize(
    "doc_id, text",
    [("in-modi", "Uttar Pradesh"), ("pk-kp", "Khyber Pakhtunkhwa"), ("pk-kp", "Gilgit-Baltistan"), ("pk-kp", "Taliban")],
)
def test_government_heads_places_and_groups_are_no_person(actors, doc_id, text):
    assert all(label != "PERSON" for _, label, _ in overlapping(actors, doc_id, text))


# R142: a name in apposition after a person's role noun is that person, with every mention of it
@pytest.mark.parametrize(
    "doc_id, text, occurrence, expected",
    [
        ("ng-onanuga", "Bayo Onanuga", 0, [("Bayo Onanuga", "PERSON", "person:bayo-onanuga")]),
        ("za-vermeulen", "Kobus Vermeulen", 0, [("Kobus Vermeulen", "PERSON", "person:kobus-vermeulen")]),
        ("za-vermeulen", "Vermeulen", 1, [("Vermeulen", "PERSON", "person:kobus-vermeulen")]),
    ],
)
def test_role_appositions_name_after_role_noun_is_a_person(actors, doc_id, text, occurrence, expected):
    assert overlapping(actors, doc_id, text, occurrence) == expected


# R143: a name right before a lower-case subdivision noun is a place, not an actor; the state stays an actor
@pytest.mark.parametrize(
    "doc_id, text, expected",
    [
        ("ng-plateau", "Plateau", []),
        ("ng-plateau", "Ikorodu", []),
        ("ng-plateau", "Kachin", []),
        ("ng-plateau", "Nigeria", [("Nigeria", "COUNTRY", "country:NGA")]),
        # a body noun after a comma belongs to the next clause ("..., police said")
        ("ng-plateau-comma", "Plateau", []),
    ],
)
def test_subnational_places_name_before_subdivision_noun_is_no_actor(actors, doc_id, text, expected):
    assert overlapping(actors, doc_id, text) == expected


# R192: a place noun in apposition after a name makes it a place, in every mention read from the model; a role
# noun in apposition ('Its spokesman, Nabil Abdallah,') leaves the person
@pytest.mark.parametrize(
    "doc_id, text, occurrence, expected",
    [
        ("sd-madani", "Wad Madani", 0, []),
        ("sd-madani", "Wad Madani", 1, []),
        ("sd-madani", "Nabil Abdallah", 0, [("Nabil Abdallah", "PERSON", "person:nabil-abdallah")]),
        ("ke-marsabit", "Marsabit", 0, []),
        ("ke-marsabit", "Kenya", 0, [("Kenya", "COUNTRY", "country:KEN")]),
        ("ke-marsabit", "Mohamud Ali", 0, [("Mohamud Ali", "PERSON", "person:mohamud-ali")]),
        ("ar-jujuy", "Jujuy", 0, []),
        ("ar-jujuy", "Carolina Moisés", 0, [("Carolina Moisés", "PERSON", "person:carolina-moises")]),
    ],
)
def test_place_noun_in_apposition_makes_the_name_a_place(actors, doc_id, text, occurrence, expected):
    assert overlapping(actors, doc_id, text, occurrence) == expected


# R198: a lower-case place noun and "of" before a name the model read as a body make it a place
@pytest.mark.parametrize(
    "doc_id, text, expected",
    [
        ("ps-mughayir", "Mughayir", []),
        ("ps-mughayir", "Haryana", []),
    ],
)
def test_place_noun_and_of_before_a_name_make_a_place(actors, doc_id, text, expected):
    assert overlapping(actors, doc_id, text) == expected


def test_capitalised_city_of_names_the_body(blank_nlp):
    from claimspan.components.actors.place_appositions import named_as_place

    doc = blank_nlp("The City of Johannesburg and the city of Jenin")
    assert not named_as_place(doc, 3, {"city"})
    assert named_as_place(doc, 8, {"city"})


# R195: a table name that ends a person the model read after given names is that person's surname; alone it is the
# table's actor
@pytest.mark.parametrize(
    "doc_id, text, expected",
    [
        ("cd-wagner", "Thérèse Kayikwamba Wagner", [("Thérèse Kayikwamba Wagner", "PERSON", "person:therese-kayikwamba-wagner")]),
        ("cd-wagner", "Wagner fighters", [("Wagner", "ARMED_GROUP", "group:wagner")]),
        ("de-wagner", "Richard Wagner", [("Richard Wagner", "PERSON", "person:richard-wagner")]),
    ],
)
def test_table_name_ending_a_person_is_a_surname(actors, doc_id, text, expected):
    assert overlapping(actors, doc_id, text) == expected


def test_subnational_places_body_noun_after_subdivision_noun_keeps_the_body(blank_nlp):
    from claimspan.components.actors.actor_spans import Candidate
    from claimspan.components.actors.subnational_places import drop_subnational_places

    doc = blank_nlp("the Benue state government met in Benue state")
    readings = [Candidate(1, 2, "ORGANIZATION", "org:benue", "Benue", 2, linkable=True), Candidate(6, 7, "ORGANIZATION", "org:benue", "Benue", 2, linkable=True)]
    kept = drop_subnational_places(doc, readings, frozenset({"state"}), frozenset({"government"}))
    assert [(c.start, c.end) for c in kept] == [(1, 2)]


@pytest.mark.parametrize(
    "party_words, expected",
    [(frozenset(), [(1, 3)]), (frozenset({"barisan", "nasional"}), [])],
)
def test_government_heads_a_name_of_party_words_is_no_person(blank_nlp, party_words, expected):
    from claimspan.components.actors.government_heads import GovernmentHeads

    doc = blank_nlp("the Barisan Nasional government fell")
    _, persons = GovernmentHeads(frozenset(), party_words, frozenset(), frozenset()).find(doc, [], [], lambda text: None)
    assert persons == expected


@pytest.mark.parametrize("text, expected", [("Tamil Nādu", "tamil nadu"), ("Khyber Pakhtunkhwa", "khyber pakhtunkhwa")])
def test_government_heads_subdivision_names_compare_without_accents(text, expected):
    from claimspan.tables import folded

    assert folded(text) == expected


def test_government_heads_party_acronyms_written_as_names_are_party_words():
    from claimspan.components.actors.government_heads import government_heads
    from claimspan.tables import PartyEntry

    party = PartyEntry(id="org:coalition-of-the-radical-left-grc", country="GRC", name="Coalition of the Radical Left", names=("Coalition of the Radical Left",), acronyms=("SYRIZA",))
    assert "syriza" in government_heads([party], (), frozenset(), frozenset()).party_words
