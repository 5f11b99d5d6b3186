"""R333: "could not" states an inability, no uncertainty; "could" alone and "may not" stay hedges (R31)."""

import pytest


@pytest.mark.parametrize(
    "text, hedges",
    [
        ("Many families could not afford rice after the price rise, the charity said.", []),
        ("The governor could not be reached for comment on Monday.", []),
        ("Rescue teams couldn't reach the village because the bridge had collapsed.", []),
        ("The strike could spread to other ports, the union said.", ["could"]),
        ("The talks may not resume before June, officials said.", ["may"]),
    ],
    ids=["could-not-afford", "could-not-be-reached", "couldnt-reach", "could-stays", "may-not-stays"],
)
def test_hedges_negated_could_is_no_hedge(claims_of, text, hedges):
    records = claims_of(text)
    assert records
    assert [hedge.text for record in records for hedge in record.hedges] == hedges
