"""Agency credits in datelines (GUIDELINES R174) and capitals before "-based" (R173), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.dateline_mentions import in_dateline_credit


@pytest.mark.parametrize(
    "text, position, expected",
    [
        ("NEW DELHI ( PTI ) - Modi met the envoy .", 3, True),
        ("BEIJING , May 3 ( Xinhua ) -- China will expand exports .", 5, True),
        ("LONDON ( Reuters ) : Britain grew .", 2, True),
        # not a dateline: the line opens with an ordinary word, or the bracket is far into the line
        ("Imran Khan 's party ( PTI ) - said it would protest .", 5, False),
        ("THE RALLY WAS HELD IN LAHORE ON MONDAY AND THEN ( PTI ) - it ended .", 11, False),
        # a bracket with no dash after it is a definition, not a credit
        ("KARACHI ( PTI ) The party said .", 2, False),
    ],
)
def test_in_dateline_credit(blank_nlp, text, position, expected):
    doc = blank_nlp(text)
    assert in_dateline_credit(doc, position, position + 1) is expected


@pytest.fixture(scope="module")
def actors(nlp):
    def run(text):
        return [(span.text, span.label_, span.kb_id_) for span in nlp(text).spans["actors"]]

    return run


def test_an_agency_credit_is_not_a_party_sharing_its_acronym(actors):
    found = actors("NEW DELHI (PTI) - Prime Minister Narendra Modi met Pakistan's envoy on Monday, officials said.")
    assert ("PTI", "ORGANIZATION", "org:pakistan-movement-for-justice-pak") not in found
    assert [actor for actor in found if actor[0] == "PTI" and actor[1] == "ORGANIZATION"]
    # Venezuela named in the story is evidence for its party 'AP' everywhere but in the credit
    found = actors("BOGOTÁ, Aug 2 (AP) — Colombia's ELN freed 12 hostages before talks in Caracas, with Venezuela's help.")
    assert not [actor for actor in found if actor[2].endswith("-ven") and actor[0] == "AP"]


def test_the_party_outside_the_credit_keeps_its_reading(actors):
    found = actors("LAHORE: The PTI (Pakistan Tehreek-e-Insaf) said on Monday that Imran Khan would address the rally.")
    assert ("PTI", "ORGANIZATION", "org:pakistan-movement-for-justice-pak") in found


def test_a_capital_before_based_is_a_place_but_backed_stays_the_government(actors):
    found = actors("Analysts at the Washington-based Brookings Institution said Islamabad-based diplomats feared Kabul-backed militants.")
    assert not [actor for actor in found if actor[0] in ("Washington", "Islamabad")]
    assert ("Kabul", "COUNTRY", "country:AFG") in found
    assert ("Brookings Institution", "ORGANIZATION", "org:brookings-institution") in found
