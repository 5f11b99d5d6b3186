"""`published` with a time of day takes the date as written, before the time (audit15 bug 6)."""

import datetime

import pytest

from claimspan.errors import ClaimspanError
from claimspan.io import read_documents
from claimspan.records import SourceMeta


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2024-01-01T23:30:00+05:00", datetime.date(2024, 1, 1)),  # 18:30 UTC the same day; the local date is kept
        ("2024-01-01T02:00:00+05:00", datetime.date(2024, 1, 1)),  # the day before in UTC: still the date as written
        ("2024-01-01 23:30", datetime.date(2024, 1, 1)),
        ("2024-01-01T00:00:00Z", datetime.date(2024, 1, 1)),
        ("2024-01-01", datetime.date(2024, 1, 1)),
    ],
)
def test_the_date_of_a_timestamp_is_taken_as_written(written, expected):
    assert SourceMeta.model_validate({"published": written}).published == expected


def test_a_date_claimspan_cannot_read_names_the_accepted_forms(tmp_path):
    inputs = tmp_path / "t.jsonl"
    inputs.write_text('{"id": "a", "text": "The minister said 5 people died.", "meta": {"published": "Mon, 01 Jan 2024 10:00:00 +0000"}}\n', encoding="utf-8")
    with pytest.raises(ClaimspanError) as raised:
        list(read_documents([str(inputs)]))
    message = str(raised.value)
    assert message.startswith(f"[E006] {inputs}:1: invalid record: meta.published: expected a date as YYYY-MM-DD, or an ISO date and time")
    assert "zero time" not in message and "value error" not in message
