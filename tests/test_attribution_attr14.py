"""Speech attributions checked in round thirteen (GUIDELINES R291-R299): a quotation that opens with a question,
and a "who" clause on a count of those polled. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R291: the question that opens the quotation gives no claim; the sentences after it are still the speaker's
        ('The mayor spoke on Monday. Okafor said, "How many of you believe the bridge is safe? I believe the council has failed the farmers."', "I believe", ("Okafor", "said")),
        ('The mayor spoke on Monday. The governor went straight on the offensive, saying, "Is the council going to admit the bridge is unsafe? It should resign."', "It should resign", ("The governor", "saying")),
        ('The mayor spoke on Monday. Okafor said the deal was possible: "In trade, the question is, is there a number? If so, it could suit both sides to settle."', "If so", ("Okafor", "said")),
        ('The mayor spoke on Monday. Okafor wrote, "Is the council going to admit the bridge is unsafe? If it does not, it should resign at once!"', "If it does not", ("Okafor", "wrote")),
    ],
)
def test_quotation_opened_by_a_question_keeps_its_speaker(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_quotation_after_a_question_without_a_speaker_stays_unsourced(claims_of, source_of):
    # R291: no speaker announces the quotation ("read" is no cue with a clause): the writer's voice, as before
    text = 'The mayor spoke on Monday. The sign on the bridge read, "Why pay twice? The council has failed the farmers."'
    assert source_of(claims_of(text), "The council has failed") is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R292: a count of those polled names the speakers of its "who" clause
        ("Some 58 percent of nurses approve of the governor, compared with 41 percent who say the same about his deputy.", "who say the same", ("who", "say")),
        ("The governor is viewed as better able to manage the harbour, double the number who said the same about the mayor.", "who said the same", ("who", "said")),
    ],
)
def test_count_of_those_polled_speaks(claims_of, text, fragment, speaker):
    nested = [claim for claim in claims_of(text) if claim.text.startswith(fragment)]
    assert [(claim.source.text, claim.source.cue.text) for claim in nested] == [speaker]


def test_count_as_a_subject_inside_another_claim_gives_no_nested_claim(claims_of):
    # R292: only a "who" clause on the count speaks; "after 55 percent said so" stays inside the claim
    claims = claims_of("And 47 percent call the governor honest, after 39 percent said so in March.")
    assert [claim.source.text if claim.source else None for claim in claims] == ["47 percent"]


def test_who_clause_on_a_thing_is_no_speaker(claims_of):
    # R292: "the plan who ..." does not happen; a "which" clause on a count names no one
    text = "The council approved 40 percent of the budget, which says little about the bridge."
    assert all(claim.source is None or claim.source.text != "which" for claim in claims_of(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # R293: doubled apostrophes that open a word open a quotation, and close it after a word or a mark
        ("''The bridge is closed,'' Roe said. ''We will rebuild it.''", ["''The bridge is closed,''", "''We will rebuild it.''"]),
        ("Roe said: ''In business, is there a price? If so, it is fair.''\n\nThe council met.", ["''In business, is there a price? If so, it is fair.''"]),
        # a paragraph that reopens with the same marks ends the quotation before it
        ("''The first paragraph.\n\n''The second one,'' she said.", ["''The first paragraph.", "''The second one,''"]),
        # PTB marks keep their pairing: a closing mark after a space does not open
        ("He said `` we will win '' today.", ["`` we will win ''"]),
        ("GM outlines plan for `` New GM'' after the vote", ["`` New GM''"]),
    ],
)
def test_doubled_apostrophes_pair(text, expected):
    from claimspan.quotes import find_quotes

    assert [text[start:end] for start, end in find_quotes(text, doubled_apostrophes=True)] == expected


def test_doubled_apostrophes_left_to_ptb_pairing_unless_asked():
    from claimspan.quotes import find_quotes

    # R293: the dates stage reads quotations without the doubled-apostrophe opening
    assert find_quotes("''The bridge is closed,'' Roe said.") == []


def test_doubled_apostrophe_quotation_keeps_its_closing_speaker(claims_of, source_of):
    # R293 with R201: the speaker after the first closing mark owns the quotation that follows
    text = "The mayor spoke on Monday. ''If the council had listened, the farmers would be home,'' Jane Roe said. ''The bridge must be rebuilt.''"
    assert source_of(claims_of(text), "The bridge must") == ("Jane Roe", "said")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R294: a speech verb whose clause fills a relative word's gap, or follows "than", reports for its subject
        ("The party's member roll, which the campaign says holds 1.3 million names, is another strength.", "which the campaign says", ("the campaign", "says")),
        ("The fishermen were quickly freed, displaying what many diplomats said was a sign of warmer ties.", "what many diplomats said", ("many diplomats", "said")),
        ("The governor has won less praise than staff say she deserves for the gains of the past four years.", "staff say she deserves", ("staff", "say")),
        ("It is still under a third of what farmers say they need each season.", "what farmers say", ("farmers", "say")),
    ],
)
def test_speaker_of_a_relative_gap(claims_of, text, fragment, speaker):
    nested = [claim for claim in claims_of(text) if claim.text.startswith(fragment)]
    assert [(claim.source.text, claim.source.cue.text) for claim in nested] == [speaker]


def test_relative_word_as_the_cue_subject_is_no_gap(claims_of):
    # R294: "which says" has the relative word as its own subject: no gap is filled, "which" names no one
    claims = claims_of("The council approved 40 percent of the budget, which says little about the bridge.")
    assert all(claim.source is None or claim.source.text != "which" for claim in claims)


def test_what_someone_said_without_a_clause_reports_nothing(claims_of):
    # R294: "what the judge said" names the words, it reports no proposition of the judge
    claims = claims_of("The council did not record what the judge said.")
    assert [claim.source for claim in claims] == [None]


def test_relative_gap_inside_a_report_is_nested_not_a_second_report(claims_of, source_of):
    # R294 with R176: the mayor's claim keeps its source; the engineers' relative clause is a nested claim of its own
    records = claims_of("The mayor said the bridge, which the engineers said was safe, would reopen in May.")
    assert source_of(records, "The mayor said") == ("The mayor", "said")
    assert [(record.text, record.source.text) for record in records if record.text.startswith("which")] == [("which the engineers said was safe", "the engineers")]
