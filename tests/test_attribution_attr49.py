"""Pronoun sources after a sentence in the writer's own words, checked in issue 9's attr49 round (GUIDELINES R600).
Sentences written for these tests."""

from __future__ import annotations

import pytest

# a first line of its own, so the sentences under test are body text, not a headline (R26)
HEADLINE = "Port plan divides the council\n\n"


def _resolved(records, words):
    record = next(record for record in records if words in record.text)
    source = record.source
    assert source is not None and source.text.lower() == "he"
    return None if source.resolved is None else source.resolved.text


@pytest.mark.parametrize(
    "text, expected",
    [
        # R600: the person the writer's sentence just before is about is nearer than the earlier speaker
        ("Omar Haddad said the port plan would fail. Bilal Khan was more cautious about the vote.\n\n“We will see what happens in the spring,” he said.", "Bilal Khan"),
        ("Omar Haddad said the port plan would fail. Bilal Khan met the dock workers on Monday. He said the vote would be close.", "Bilal Khan"),
        # ... but "he added" goes on with the speaker quoted before
        ("Omar Haddad said the port plan would fail. Bilal Khan was more cautious about the vote.\n\n“We will see what happens in the spring,” he added.", "Omar Haddad"),
        # the subject of reported words is no narrative subject
        ("Omar Haddad said Bilal Khan would lose the vote. He said the count would take a week.", "Omar Haddad"),
        # a sentence in brackets is an aside
        ("Omar Haddad said the port plan would fail. (Bilal Khan runs the firm's office in Dubai.) He said the count would take a week.", "Omar Haddad"),
        # a subject that does not fit the pronoun leaves the speaker
        ("Omar Haddad said the port plan would fail. The company was more cautious about the vote. He said the count would take a week.", "Omar Haddad"),
    ],
)
def test_pronoun_takes_the_narrative_subject_just_before(claims_of, text, expected):
    records = claims_of(HEADLINE + text)
    words = "We will see" if "We will see" in text else "would be close" if "would be close" in text else "count would take"
    assert _resolved(records, words) == expected
