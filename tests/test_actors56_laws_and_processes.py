"""R800: a Spanish law's name opened by 'Ley' is the law, however long; R801: a one-word name ending in '-isation' or
'-ization' is a process or policy, but 'Organisation' is a body; R802: a quoted subheading in capitals is no name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.actors.not_actors import NotActorTable, is_not_actor
from claimspan.tables import NotActorEntry

TABLE = NotActorTable.from_entries(
    [
        NotActorEntry(text="ley", kind="law", match="opener"),
        NotActorEntry(text="storm", kind="event", match="opener"),
        NotActorEntry(text="isation", kind="term", match="suffix"),
        NotActorEntry(text="ization", kind="term", match="suffix"),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ley de Pesca y Acuicultura", True),
        ("Ley Orgánica", True),
        ("Storm Relief Fund", False),
        ("Omanisation", True),
        ("Saudization", True),
        ("Organisation", False),
        ("Organization", False),
        ("Harrison", False),
        ("Modernisation Fund", False),
    ],
    ids=["long-law", "two-word-law", "storm-opener-stays-two-words", "policy-s", "policy-z", "body-s", "body-z", "surname", "longer-name"],
)
def test_law_openers_and_process_suffixes(blank_nlp, text, expected):
    doc = blank_nlp(text)
    assert is_not_actor(doc, 0, len(doc), TABLE) is expected


def test_a_spanish_law_is_no_actor(process):
    found = [span.text for span in process("The fishermen said the Ley de Pesca y Acuicultura was never enforced, according to Mayor Ana Quispe.").spans["actors"]]
    assert "Ley de Pesca y Acuicultura" not in found and any("Quispe" in text for text in found)


def test_a_nationalisation_policy_is_no_actor(process):
    found = [span.text for span in process("Hiring nationals and Omanisation remain the priority for Bank Muscat, its chief executive said.").spans["actors"]]
    assert "Omanisation" not in found and "Bank Muscat" in found


ENGLISH = frozenset({"policy", "prices", "top", "smooth", "experience", "wins"})
QUOTES_OPEN, QUOTES_CLOSE = frozenset({"‘", "'", "“"}), frozenset({"’", "'", "”"})


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Voters were asked twice.\n\n‘POLICY’ TOPS THE LIST\n\nThe poll found more.", "POLICY", True),
        ("She spoke of her birth.\n\n'SMOOTH EXPERIENCE'\n\nMs Roe then left.", "SMOOTH", True),
        ("Results came in.\n\n‘ANC’ WINS THE CITY\n\nThe count ended.", "ANC", False),
        ("He called it ‘POLICY’ in the letter.", "POLICY", False),
        ("Voters were asked twice.\n\nPOLICY TOPS THE LIST", "POLICY", False),
    ],
    ids=["quoted-heading-word", "quoted-heading-line", "acronym-stays", "mid-sentence-quotation", "unquoted"],
)
def test_quoted_capitals_heading(blank_nlp, text, word, expected):
    from claimspan.components.actors.title_case_lines import quoted_capitals_heading

    doc = blank_nlp(text)
    start = next(token.i for token in doc if token.text == word)
    end = start + 2 if word == "SMOOTH" else start + 1
    assert quoted_capitals_heading(doc, start, end, ENGLISH, QUOTES_OPEN, QUOTES_CLOSE) is expected
