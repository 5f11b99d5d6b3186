"""'Congress' alone read by the document's country (GUIDELINES R76), on hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.parties import congress_of_country, main_state
from claimspan.tables import PartyEntry

PARTIES = {
    party.id: party
    for party in (
        PartyEntry(id="org:indian-national-congress-ind", country="IND", name="Indian National Congress", names=["Indian National Congress"], acronyms=["INC"]),
        PartyEntry(id="org:all-india-trinamool-congress-ind", country="IND", name="All India Trinamool Congress", names=["All India Trinamool Congress"], acronyms=["AITMC"]),
        PartyEntry(id="org:amani-national-congress-ken", country="KEN", name="Amani National Congress", names=["Amani National Congress"], acronyms=["ANC"]),
        PartyEntry(id="org:kenya-national-congress-ken", country="KEN", name="Kenya National Congress", names=["Kenya National Congress"], acronyms=["KNC"]),
    )
}


@pytest.mark.parametrize(
    "countries, expected",
    [({"IND"}, "org:indian-national-congress-ind"), ({"IND", "USA"}, "org:us-congress"), ({"KEN"}, "org:us-congress"), (set(), "org:us-congress")],
    ids=["india", "india-and-the-united-states", "two-national-congresses", "no-country"],
)
def test_parties_congress_by_country(blank_nlp, countries, expected):
    doc = Doc(blank_nlp.vocab, words=["Congress", "won", "in", "Delhi", "."], spaces=[True, True, True, False, False])
    congress = Candidate(0, 1, "ORGANIZATION", "org:us-congress", "U.S. Congress", 0)
    delhi = Candidate(3, 4, "COUNTRY", "country:IND", "India", 0)
    result = congress_of_country(doc, [congress, delhi], frozenset(countries), PARTIES)
    assert [c.actor_id for c in result] == [expected, "country:IND"]


def _actor_ids(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in nlp(text).spans["actors"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Congress on Tuesday accused the BJP of weakening federalism in India.",
        "NEW DELHI: The Congress on Tuesday accused the government of weakening federalism.",
        "The Congress walked out after the Bharatiya Janata Party tabled the bill.",
    ],
    ids=["state-named", "dateline-capital", "party-named-in-full"],
)
def test_parties_congress_the_model_reads_as_organisation_follows_the_state(nlp, text):
    # R76 ran before the model's own 'Congress' entity was a candidate, which then kept the US Congress's id
    assert ("Congress", "org:indian-national-congress-ind") in _actor_ids(nlp, text)


def test_parties_congress_stays_the_us_congress_in_a_us_story(nlp):
    assert ("Congress", "org:us-congress") in _actor_ids(nlp, "Congress passed the budget, the White House said in Washington, United States.")


def test_parties_a_shorter_party_name_inside_a_longer_one_keeps_the_longer(nlp):
    """R121 drops a state inside a party's name only where no other party reading crosses it: 'Democratic
    Party of Japan' inside 'Liberal Democratic Party of Japan' is not that party."""
    found = _actor_ids(nlp, "Members of the Liberal Democratic Party of Japan voted on Friday.")
    assert [mention for mention, _ in found] == ["Liberal Democratic Party of Japan"]
    assert found[0][1] != "org:democratic-party-of-japan-jpn"


def test_parties_congress_of_the_article_state_elsewhere(blank_nlp):
    """R76: with no US and no national-congress party, the lone word is the legislature of the state named most."""
    doc = Doc(blank_nlp.vocab, words=["Congress", "won", "in", "Chile", "."], spaces=[True, True, True, False, False])
    congress = Candidate(0, 1, "ORGANIZATION", "org:us-congress", "U.S. Congress", 0)
    result = congress_of_country(doc, [congress], frozenset({"CHL"}), PARTIES, main_state=("CHL", "Chile"))
    assert [(c.actor_id, c.name) for c in result] == [("org:congress-chl", "Congress of Chile")]
    # a state with two national-congress parties stays unread, as before
    result = congress_of_country(doc, [congress], frozenset({"KEN"}), PARTIES, main_state=("KEN", "Kenya"))
    assert [c.actor_id for c in result] == ["org:us-congress"]


@pytest.mark.parametrize(
    "mentions, expected",
    [(["CHL", "PER", "CHL"], "CHL"), (["ARG", "PRY"], None), ([], None)],
    ids=["most-named", "tie", "none"],
)
def test_parties_main_state(mentions, expected):
    assert main_state(mentions) == expected


def test_parties_congress_in_a_latin_american_story(nlp):
    text = "Chile's government asked Congress on Monday to approve the pension reform, officials in Chile said."
    assert ("Congress", "org:congress-chl") in _actor_ids(nlp, text)
