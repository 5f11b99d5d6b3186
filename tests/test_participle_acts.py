"""A reporting participle after a claim's own cue (GUIDELINES R400) and a participle with no subject after a comma
(R401). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sourced(records):
    return [(record.text, record.source.text, record.source.cue.text) for record in records if record.source is not None]


@pytest.mark.parametrize(
    "text, whole, participle",
    [
        # R400: a participle hung on the claim's own cue verb
        ("Senator Laura Finch said the vote was close, adding that the count had stopped twice.", ("Senator Laura Finch", "said"), ("adding that the count had stopped twice", "Senator Laura Finch", "adding")),
        ("“We will carry the valley,” the senator said, noting that donors feel the race is close.", ("the senator", "said"), ("noting that donors feel the race is close", "the senator", "noting")),
        # ... on a speech act whose object is its content (R253 keeps the act as the claim's cue)
        ("The ministry has denied the figures, calling them exaggerated.", ("The ministry", "has denied"), ("calling them exaggerated", "The ministry", "calling")),
        # ... or on the reported clause's verb, when it reports a clause of its own: the speaker stays the claim's
        ("The senator said the tax system was unfair, arguing that most farmers pay more than the banks.", ("The senator", "said"), ("arguing that most farmers pay more than the banks", "The senator", "arguing")),
    ],
)
def test_participle_acts_nested_claim(claims_of, text, whole, participle):
    sourced = _sourced(claims_of(text))
    assert sourced[0][1:] == whole and sourced[0][0].startswith(text[:12])
    assert sourced[1:] == [participle]


@pytest.mark.parametrize(
    "text",
    [
        # R401: "adding to" a lead after a comma, with no subject, reports nothing
        "Jane Roe took the Republican caucus in Nevada, adding to her string of wins in the South.",
        "The governor carried the northern counties on Tuesday, adding to his lead over Senator Finch.",
    ],
)
def test_participle_acts_subjectless_participle_no_cue(claims_of, text):
    assert _sourced(claims_of(text)) == []


@pytest.mark.parametrize(
    "text, participle",
    [
        # R451: the comma before the participle stands inside the closing quotation mark
        ("The senator insisted that the plan had “saved the valley,” claiming that the dam was safe.", ("claiming that the dam was safe", "The senator", "claiming")),
        ('The mayor said the system was "corrupt," noting that the council had ignored the warnings.', ("noting that the council had ignored the warnings", "The mayor", "noting")),
        ("Okafor said the toll was ''unfair,'' adding that drivers would pay twice.", ("adding that drivers would pay twice", "Okafor", "adding")),
    ],
)
def test_participle_acts_comma_inside_quotation(claims_of, text, participle):
    assert _sourced(claims_of(text))[1:] == [participle]
