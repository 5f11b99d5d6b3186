"""'Congress' alone read by the document's country (GUIDELINES R76), on hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.actors.actor_spans import Candidate
from claimspan.components.actors.parties import congress_of_country
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
