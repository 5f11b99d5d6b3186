"""Source actor ids checked in round twenty-four (GUIDELINES R870, R871): a capitalised "the Authority" takes the id
of the body named before it, and a user or customer of a body takes no id from it. Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _source_actor(records, fragment):
    (record,) = [record for record in records if fragment in record.text]
    return record.source.actor_id if record.source is not None else "no source"


@pytest.mark.parametrize(
    "text, fragment, actor_id",
    [
        # R870: "the <Noun>" tagged as a name is the body named before whose name it heads
        ("The Kenya Revenue Authority (KRA) will collect the new levy from July, the Authority announced on Monday.", "new levy", "org:kenya-revenue-authority"),
        ("The Chamber of Commerce of Lagos met on Monday. Fuel prices will keep rising, the Chamber warned.", "Fuel prices", "org:chamber-of-commerce-of-lagos"),
        # Not: the noun is a word of the name but not its head ("the Authority" is no Authority Workers Union)
        ("The Port Authority Workers Union met on Monday. Fees will rise in May, the Authority said.", "Fees will rise", None),
        # Not: no body named before
        ("Fees will rise in May, the Authority said. The Kenya Revenue Authority met on Friday.", "Fees will rise", None),
    ],
)
def test_capitalised_description_takes_the_body_it_heads(claims_of, text, fragment, actor_id):
    assert _source_actor(claims_of(text), fragment) == actor_id


@pytest.mark.parametrize(
    "text, actor_id",
    [
        # R871: a user, customer, reader or passenger is not the platform, firm, paper or airline it uses
        ("A Twitter user wrote that the bridge had collapsed.", None),
        ("Twitter users claimed that the bridge had collapsed.", None),
        ("A Tesla customer said the car caught fire twice.", None),
        # a spokesperson speaks for the body and keeps its id (R29)
        ("A spokesperson for Tesla said the car was safe.", "org:tesla"),
    ],
)
def test_user_of_a_body_takes_no_actor_id_from_it(claims_of, text, actor_id):
    sources = [record.source for record in claims_of(text) if record.source is not None]
    assert [source.actor_id for source in sources] == [actor_id]
