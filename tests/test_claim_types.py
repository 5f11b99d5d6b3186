"""The claim-type precedence rule (attributed > recommendation > prediction > statistic > event > assessment)."""

import pytest

from claimspan.components.claims.claim_types import PRECEDENCE, choose_type


@pytest.mark.parametrize(
    "fitting, expected",
    [
        (set(), ("assessment", [])),
        ({"event"}, ("event", [])),
        ({"statistic", "attributed"}, ("attributed", ["statistic"])),
        ({"event", "assessment"}, ("event", ["assessment"])),
        ({"prediction", "recommendation", "attributed"}, ("attributed", ["recommendation", "prediction"])),
        ({"statistic", "event"}, ("statistic", ["event"])),
        ({"assessment"}, ("assessment", [])),
    ],
    ids=["nothing", "event", "attributed-statistic", "event-assessment", "three", "statistic-event", "assessment"],
)
def test_claim_types_choose(fitting, expected):
    assert choose_type(fitting) == expected


def test_claim_types_precedence_order():
    assert PRECEDENCE == ("attributed", "recommendation", "prediction", "statistic", "event", "assessment")
