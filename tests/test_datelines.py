"""A full date in the dateline anchors an article that comes without a publication date (GUIDELINES R219).
Datelines written for these tests in the styles of wire and national agencies."""

from __future__ import annotations

from datetime import date

import pytest

from claimspan.datelines import dateline_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CAIRO - 25 July 2022: Farmers want cheaper seed.", date(2022, 7, 25)),
        ("WASHINGTON, Jan. 5, 2024 (Reuters) - The Senate voted.", date(2024, 1, 5)),
        ("LAGOS, Nigeria - 12 March 2021 - Police said.", date(2021, 3, 12)),
        ("BEIJING, 2023-05-04 (Xinhua) -- The ministry said.", date(2023, 5, 4)),
        # after a headline
        ("Talks stall\n\nISLAMABAD, December 24, 2024: Pakistan said.", date(2024, 12, 24)),
        # no year: not a full date
        ("KYIV, March 3 (Reuters) - Russia launched drones.", None),
        # no date at all
        ("PESHAWAR: The chief minister said.", None),
        # a date inside a sentence is no dateline
        ("The president said on 25 July 2022 that talks would resume.", None),
        ("US stocks fell 25 July 2022: a bad day.", None),
    ],
)
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


def test_dateline_anchors_relative_dates_without_metadata(process):
    doc = process("CAIRO - 25 July 2022: The minister spoke on Monday and will travel next week.")
    assert doc._.published == "2022-07-25"
    assert [(span.text, span._.date_value) for span in doc.spans["dates"]] == [("25 July 2022", "2022-07-25"), ("Monday", "2022-07-25"), ("next week", "2022-W31")]


def test_metadata_date_wins_over_the_dateline(process):
    doc = process("CAIRO - 25 July 2022: The minister spoke on Monday.", published="2022-07-27")
    assert doc._.published == "2022-07-27"
