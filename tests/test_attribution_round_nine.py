"""Attribution classes found on PolNeAR train in round nine (GUIDELINES R176-R177, R196): a second report
coordinated with the first ("X said A, and Y said B") that the parser hangs inside the first report, and the
noun-phrase finding of a poll, survey or study ("a poll shows the mayor with a lead"). Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, first, second",
    [
        # R176: the second speaker after "and", "while" or "but", each report its own claim
        ("Six in 10 voters said the mayor is honest, and two-thirds said the same about her rival.", ("Six in 10 voters", "said"), ("two-thirds", "said")),
        ("Among nurses, 68 percent said they are certain to back the governor, while 27 percent said they could still switch sides.", ("68 percent", "said"), ("27 percent", "said")),
        ("One report says the bridge will cost four million pounds, while another says the repairs will cost twice as much.", ("One report", "says"), ("another", "says")),
        ("The engineers said the bridge was unsafe, but the mayor said it would reopen in May.", ("The engineers", "said"), ("the mayor", "said")),
        ("The mayor suggested that someone who does not answer questions cannot lead, while Okafor said that the council had failed.", ("The mayor", "suggested"), ("Okafor", "said")),
    ],
)
def test_second_report_is_a_claim_of_its_own(claims_of, text, first, second):
    sourced = [(record.source.text, record.source.cue.text) for record in claims_of(text) if record.source is not None]
    assert sourced == [first, second]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "that" makes the rest the first speaker's words
        ("The mayor said the bridge was safe and that she believed the council had acted well.", ("The mayor", "said")),
        # no joining word: the second verb is inside the first report
        ("The mayor said the engineers said the bridge was safe.", ("The mayor", "said")),
        # (a relative clause whose gap a speech verb fills gives a nested claim, R294: test_attribution_attr14.py)
    ],
)
def test_no_second_report(claims_of, source_of, text, speaker):
    records = claims_of(text)
    assert source_of(records, "The mayor said") == speaker
    assert [record.source.text for record in records if record.source is not None] == [speaker[0]]


def test_second_cue_before_the_first_reports_verb_stays_inside(claims_of):
    text = "The Gazette survey also finds that, while 41 percent of riders say the governor is to blame for the closure, 19 percent say she is not to blame at all."
    sourced = [(record.source.text, record.source.cue.text) for record in claims_of(text) if record.source is not None]
    assert sourced == [("The Gazette survey", "also finds")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R177: a poll, a survey or a study with a noun-phrase finding
        ("A Gazette poll released on Tuesday shows the mayor with a 16-point lead over her closest rival.", ("A Gazette poll released on Tuesday", "shows")),
        ("A recent council survey found 90 percent support for the new toll.", ("A recent council survey", "found")),
        ("The survey, conducted by the Leeds Institute, finds the mayor with only a small lead over Okafor.", ("The survey, conducted by the Leeds Institute", "finds")),
    ],
)
def test_evidence_finding_as_a_noun_phrase(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), "lead" if "lead" in text else "support") == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a person who finds or shows something reports no finding
        "The mayor found a buyer for the ferry in May.",
        # a pronoun object names no finding
        "The Gazette poll showed it in May.",
    ],
)
def test_no_finding_without_evidence(claims_of, source_of, text):
    assert source_of(claims_of(text), "in May") is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R178: a speaker after a comma ends the sentence and reports all before it, the first cue included
        ("The mayor thinks the council requires too many tests for drivers, former mayor Tom Hill said this week at an event in Leeds.", ("former mayor Tom Hill", "said")),
        ("Councillor Jane Roe noted that the toll is central to the party's platform for the first time, reported the Leeds Gazette.", ("the Leeds Gazette", "reported")),
        ("Drivers now say they admire the mayor more as a builder than as a manager, a study by the Leeds Institute concluded this year.", ("a study by the Leeds Institute", "concluded")),
        ("Nothing the mayor said will calm the drivers' fears, the Leeds councillor said.", ("the Leeds councillor", "said")),
        # "told" keeps whom it told as its object
        ("The mayor thinks the council requires too many tests for drivers, Okafor told the Gazette on Tuesday.", ("Okafor", "told")),
    ],
)
def test_trailing_speaker_reports_the_first_cue_too(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[:40]) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a verb with content of its own after the comma is no trailing speaker
        ("The mayor said the bridge would reopen in May, and the council agreed.", ("The mayor", "said")),
        # "I" inside a text names no speaker of its own (R31)
        ("The mayor said the toll would fall, I said.", ("The mayor", "said")),
    ],
)
def test_no_trailing_speaker(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), "The mayor said") == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R179: the speaker before a colon that opens the line owns the cues after it
        ("Tom Hill: Mayor thinks council requires too many tests at school", "too many tests", ("Tom Hill", ":")),
        ("TOM HILL: Jane Okafor released a video on Friday talking about the bridge. Take a listen.", "released a video", ("TOM HILL", ":")),
        ("Hill: “Data collected by our firm helps confirm that the toll was in play this year.”", "in play", ("Hill", ":")),
    ],
)
def test_colon_speaker_owns_the_cues_after_it(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_colon_that_names_no_speaker_leaves_the_cue(claims_of, source_of):
    # a colon after a phrase that names no one ("The result:") is no speaker's line
    assert source_of(claims_of("The result: the mayor says the bridge will reopen in May."), "reopen") == ("the mayor", "says")


def test_speaker_after_the_closing_mark_wins_over_the_colon(claims_of, source_of):
    # R179: a speaker named after the quotation keeps it ("His verdict:" names no one who speaks)
    records = claims_of("His final verdict: “The bridge is not quite safe,” the engineer said.")
    assert source_of(records, "quite safe") == ("the engineer", "said")


# R196: an extraposing copula's "it" is no speaker; a pronoun subject of the cue itself still is
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It would be a mistake to dismiss the threat as bluster.", []),
        ("It is fair to say that the talks have failed.", []),
        ("It is hard to deny that the economy shrank last year.", []),
        ("The ministry issued a statement on Monday. It said the talks had failed.", [("It", "said")]),
    ],
)
def test_extraposed_it_is_no_speaker(claims_of, text, expected):
    assert [(record.source.text, record.source.cue.text) for record in claims_of(text) if record.source is not None] == expected


# R197: the learned tagger gives no source to a clause coordinated with the cue's own clause under a subject of its own
def test_clause_coordinated_with_the_report_is_the_writers(claims_of):
    text = (
        "Abiy told parliament last year that 126 million people could not live \"in a geographic prison\", "
        "and his allies have floated the idea of taking the port of Assab by force."
    )
    sourced = {record.text[:20]: (record.source.text if record.source is not None else None) for record in claims_of(text)}
    assert sourced == {"Abiy told parliament": "Abiy", "his allies have floa": None}


def test_coordinated_with_cue_reads_the_parse(nlp):
    from claimspan.components.claims.learned import coordinated_with_cue

    doc = nlp("The mayor said the bridge was unsafe, and the council closed it on Monday.")
    said = next(token for token in doc if token.text == "said")
    closed = next(token for token in doc if token.text == "closed")
    assert closed.dep_ == "conj" and closed.head.i == said.i
    claim = doc[closed.left_edge.i : closed.right_edge.i + 1]
    assert coordinated_with_cue(claim, doc[said.i : said.i + 1])
    assert not coordinated_with_cue(doc[said.i + 1 : said.i + 6], doc[said.i : said.i + 1])
