"""A second attribution inside a claim (GUIDELINES R135): a finite speech verb in a subordinate, relative
or reported clause whose subject names a speaker gives a nested claim with that source; the claim around
it keeps its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.convert import claim_records

NESTED = [
    # a reason clause stays inside its claim (R44) and still reports the governor
    ("The governor signed the bill because he said the state needed the money.", "he said the state needed the money", "he", "said"),
    # a mid-sentence relative clause
    ("The plan, which the White House says will cut costs by a third, faces a vote on Monday.", "which the White House says will cut costs by a third", "the White House", "says"),
    ("The company, which Reuters reported had lost money, cut 200 jobs in March.", "which Reuters reported had lost money", "Reuters", "reported"),
    ("Many farmers stayed home in November because they said the new law had failed them.", "they said the new law had failed them", "they", "said"),
    # a relative pronoun is the source when the noun it hangs on names a speaker (R44, R135)
    ("Mayor John Okafor said on Monday that Senator Laura Finch, who wrote that the war had to end, would run again.", "who wrote that the war had to end", "who", "wrote"),
]


def _claims(nlp, text):
    return list(claim_records(nlp(text)))


@pytest.mark.parametrize(("text", "nested", "source", "cue"), NESTED)
def test_embedded_attribution_is_a_nested_claim(nlp, text, nested, source, cue):
    claims = _claims(nlp, text)
    inner = [claim for claim in claims if claim.text == nested]
    assert len(inner) == 1, [claim.text for claim in claims]
    assert (inner[0].source.text, inner[0].source.cue.text) == (source, cue)
    # the claim around it is still there and does not take the embedded source
    outer = [claim for claim in claims if claim.start < inner[0].start and inner[0].end <= claim.end]
    assert len(outer) == 1
    assert outer[0].source is None or outer[0].source.text != source


def test_nested_claims_keep_text_order(nlp):
    claims = _claims(nlp, "The plan, which the White House says will cut costs by a third, faces a vote on Monday. Reuters said so.")
    assert [claim.start for claim in claims] == sorted(claim.start for claim in claims)
    assert claims[0].text.startswith("The plan") and claims[1].text.startswith("which the White House")


@pytest.mark.parametrize(
    "text",
    [
        # a relative pronoun names no one by itself, and "the envoy" is no name
        "The envoy who said the talks had failed left Kabul on Monday.",
        # "I" inside a claim is the claim's speaker talking (R31)
        "The board approved the merger because I said the bank was sound.",
    ],
)
def test_no_nested_claim_without_a_second_speaker(nlp, text):
    claims = _claims(nlp, text)
    assert not any(other is not claim and claim.start <= other.start and other.end <= claim.end for claim in claims for other in claims), [claim.text for claim in claims]


REPORTED_BY = [
    # the outlet closes the claim
    ("“The talks have failed,” Senator Laura Finch said, according to a transcript released by her office.", "“The talks have failed,” Senator Laura Finch said", "a transcript released by her office", "according to"),
    # the outlet opens it
    ("According to the Associated Press, Governor Dan Ortiz told aides that the budget was balanced.", "Governor Dan Ortiz told aides that the budget was balanced", "the Associated Press", "According to"),
    ("The minister said the fuel levy would go, as reported by the state news agency.", "The minister said the fuel levy would go", "the state news agency", "as reported by"),
]


@pytest.mark.parametrize(("text", "rest", "source", "cue"), REPORTED_BY)
def test_a_speaker_reported_by_someone_else_is_a_nested_claim(nlp, text, rest, source, cue):
    claims = _claims(nlp, text)
    inner = [claim for claim in claims if claim.text == rest]
    assert len(inner) == 1, [claim.text for claim in claims]
    assert (inner[0].source.text, inner[0].source.cue.text) == (source, cue)
    # the whole claim keeps the speaker's own verb as its cue
    outer = [claim for claim in claims if claim.start <= inner[0].start and inner[0].end <= claim.end and claim is not inner[0]]
    assert len(outer) == 1 and outer[0].source.cue.text not in ("according to", "According to", "as reported by")


@pytest.mark.parametrize(
    "text",
    [
        # the preposition is the claim's only cue: one claim, one source
        "Prices rose by 4 percent in March, according to the central bank.",
        # what is cited is no source (R136)
        "The governor vetoed the bill on Monday, citing the cost of the program.",
        "The mayor said the plan was dead, citing the cost of the new bridge.",
    ],
)
def test_no_second_claim_for_a_single_or_cited_source(nlp, text):
    claims = _claims(nlp, text)
    assert not any(other is not claim and claim.start <= other.start and other.end <= claim.end for claim in claims for other in claims), [claim.text for claim in claims]


@pytest.mark.parametrize(
    ("text", "fragment", "not_source"),
    [
        ("The governor vetoed the bill on Monday, citing the cost of the program.", "citing", "the cost of the program"),
        ("The airline cancelled forty flights, citing the storm over the Atlantic.", "citing", "the storm over the Atlantic"),
        ("The paper corrected its story, quoting the court's own ruling.", "quoting", "the court's own ruling"),
    ],
)
def test_what_is_cited_is_no_source(nlp, text, fragment, not_source):
    sources = [claim.source.text for claim in _claims(nlp, text) if claim.source is not None]
    # the source phrase may stop before the cited thing's modifiers ("the cost"); any part of it is wrong
    assert not any(source in not_source for source in sources), sources


def test_a_named_person_cited_is_the_source(nlp, source_of):
    claims = _claims(nlp, "The paper ran the story on Monday, citing Senator Laura Finch.")
    assert source_of(claims, "citing") == ("Senator Laura Finch", "citing")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # poll answers stand for the proposition asked (R138)
        ("Asked whether the mayor was honest, 46 percent of voters said yes, and 30 percent said no.", "46 percent", ("46 percent of voters", "said")),
        ("Asked whether the mayor was honest, 46 percent of voters said yes, and 30 percent said no.", "30 percent", ("30 percent", "said")),
        ("Last month, 26 percent of likely voters said the same.", "26 percent", ("26 percent of likely voters", "said")),
        ("The governor said so on Monday.", "governor", ("The governor", "said")),
        # "no to the bill" is a refusal, not an answer standing for a proposition
        ("The senator said no to the bill.", "senator", None),
        ("The senator continues to draw support among unions, and so does her running mate.", "senator", None),
    ],
)
def test_answers_after_say(nlp, source_of, text, fragment, expected):
    assert source_of(_claims(nlp, text), fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a speaker set off by commas in mid-sentence (R139)
        ("Part of the trouble in locating caves, say experts like Paul Roe, a Welsh surveyor, is the rock itself.", "caves", ("experts like Paul Roe, a Welsh surveyor", "say")),
        ("Any honest reading of the deal, said Michael Roe, an expert on Russia, would see it as a retreat.", "deal", ("Michael Roe, an expert on Russia", "said")),
        ("The difference from the governor, said Doyle and others, would be plain.", "difference", ("Doyle and others", "said")),
        # a list inside the quotation is no speaker
        ("“The slide we are seeing now is due to the roads, the schools, all the usual complaints,” said a person close to the mayor.", "slide", ("a person close to the mayor", "said")),
        # a clause without a name after the cue stays the reported content
        ("Aides to the governor, who spent years in Congress, said their speeches, already full of such stories, would change.", "speeches", ("Aides to the governor, who spent years in Congress", "said")),
    ],
)
def test_speaker_after_the_cue(nlp, source_of, text, fragment, expected):
    assert source_of(_claims(nlp, text), fragment) == expected
