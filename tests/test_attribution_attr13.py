"""Speech attributions checked in round twelve (GUIDELINES R253-R259): the head act before a participle, and the
trailing speaker after a casualty or figure clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.claims.transcript_labels import shares_surname


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R253: a participle after a comma on a speech act names how the act was made; the act is the cue
        ("The government has denied the figures, calling them exaggerated.", ("The government", "has denied")),
        ("The minister rejected the report, calling it baseless.", ("The minister", "rejected")),
        ("The party dismissed the allegations, terming them a conspiracy against the province.", ("The party", "dismissed")),
        ("The spokesman denied the report, branding it propaganda.", ("The spokesman", "denied")),
        ("The company dismissed the claims, saying they were false.", ("The company", "dismissed")),
        ("The senator slammed the decision, calling it a betrayal of farmers.", ("The senator", "slammed")),
    ],
)
def test_head_act_is_the_cue(claims_of, source_of, text, speaker):
    claims = claims_of(text)
    # the participle's own report is a nested claim after it (R400)
    assert claims[0].text == text.rstrip(".")
    assert source_of(claims, text[:12]) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # no comma: the participle reports through a preposition ("by saying that ..."), as before
        ("The mayor defended the choice by saying that the bridge was unsafe.", "the bridge", ("The mayor", "saying")),
        # the verb before the comma is no speech act: the participle is the only cue
        ("The council issued a statement, calling the vote a mistake.", "the vote", ("The council", "calling")),
    ],
)
def test_participle_stays_the_cue_without_a_head_act(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R178: a speaker clause after a casualty or figure clause reports the whole sentence (the audit's class, found at main)
        ("At least 12 people were killed in the strikes on Tuesday, the provincial health ministry said.", ("the provincial health ministry", "said")),
        ("Three soldiers were wounded in the attack near the border, the army said in a statement.", ("the army", "said")),
        ("More than 40 houses were destroyed in the floods, officials told reporters.", ("officials", "told")),
        ("At least 200 people have been arrested since Friday, according to the interior ministry.", ("the interior ministry", "according to")),
        ("Four people were killed and 11 injured in the blast at the market in Quetta, the provincial home minister said.", ("the provincial home minister", "said")),
    ],
)
def test_trailing_speaker_after_a_figure_clause(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[:15]) == speaker


TRANSCRIPT = (
    "The interview was broadcast on Sunday.\n\n"
    "JANE ROE: The council has failed the farmers of this district.\n\n"
    "TOM OKAFOR: The city has set aside four million pounds.\n\n"
    "ROE: The bridge has been closed for two years.\n\n"
    "OKAFOR: We will reopen it in May.\n"
)


@pytest.mark.parametrize(
    "fragment, speaker",
    [
        # R254: a full name at the first turn, the surname after it: both labels are the speaker's
        ("The council has failed", ("JANE ROE", ":")),
        ("The bridge has been closed", ("ROE", ":")),
        ("We will reopen it", ("OKAFOR", ":")),
    ],
)
def test_transcript_surname_labels(claims_of, source_of, fragment, speaker):
    assert source_of(claims_of(TRANSCRIPT), fragment) == speaker


@pytest.mark.parametrize(
    "text, label, expected",
    [
        ("The debate.\n\nJAKE TAPPER: A.\n\nTAPPER: B.\n", "TAPPER", True),
        ("The debate.\n\nJAKE TAPPER: A.\n\nTAPPER: B.\n", "JAKE TAPPER", True),
        ("The debate.\n\nChris Matthews: A.\n\nMatthews: B.\n", "Matthews", True),
        # one label only, or two full names that share a last word (two places, two people)
        ("The debate.\n\nJAKE TAPPER: A.\n", "JAKE TAPPER", False),
        ("Floods.\n\nSOUTH WAZIRISTAN: A.\n\nNORTH WAZIRISTAN: B.\n", "NORTH WAZIRISTAN", False),
        # the label that opens the text is a dateline's place
        ("NEW DELHI: A.\n\nDELHI: B.\n", "DELHI", False),
    ],
)
def test_transcript_labels_shares_surname(text, label, expected):
    assert shares_surname(text, label) is expected


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a dateline alone: as before
        ("ISLAMABAD: The federal cabinet approved the budget on Monday.\n", "approved the budget"),
    ],
)
def test_datelines_are_no_transcript_labels(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R255: an opening "But" or "And" before the as-clause
        ("But as the mayor noted, those farmers will give the council a second look if it starts winning.", "those farmers", ("the mayor", "noted")),
        ("And, as the Gazette previously reported, Okafor is the top recipient among the candidates.", "top recipient", ("the Gazette", "previously reported")),
        ("But as a Gazette reporter noted, he didn't even fill the hall to the back row.", "fill the hall", ("a Gazette reporter", "noted")),
        # R255: the "it" of "put it" and the addressee of "told" in an as-clause that the splitter cut off
        ("As the mayor put it, the toll on the old bridge is a tax on farmers.", "the toll", ("the mayor", "put")),
        ("As Okafor put it in a speech on Monday, “We will not close the bridge again.”", "close the bridge", ("Okafor", "put")),
        ("As the mayor told reporters, the old bridge over the river will reopen in May.", "will reopen", ("the mayor", "told")),
    ],
)
def test_as_clause_reports_the_clause_after_it(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment",
    [
        # an as-clause act with an object of its own reports nothing (R218), with "But" as without
        ("But as the council pressed the mayor for a date, the old bridge over the river stayed closed.", "stayed closed"),
        # "But" opening the sentence and the as-clause at its end: the clause before is the mayor's only at the edge
        ("But the old bridge over the river stayed closed as the council met on Monday.", "stayed closed"),
    ],
)
def test_as_clause_act_reports_nothing(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


@pytest.mark.parametrize(
    "text, nested, quoter",
    [
        # R256: who quoted the speaker reports that the speaker said it, in a nested claim from the speaker's name on
        ("The Gazette quoted one of the mayor's advisers as saying the bridge would reopen in May.", "one of the mayor's advisers as saying the bridge would reopen in May", ("The Gazette", "quoted")),
        ("The agency quoted Jane Roe, a farmer from the district, as saying that the toll had ruined her.", "Jane Roe, a farmer from the district, as saying that the toll had ruined her", ("The agency", "quoted")),
        ("An early post quoted the mayor as saying “We need to do something about the toll.”", "the mayor as saying “We need to do something about the toll.”", ("An early post", "quoted")),
    ],
)
def test_quoted_as_saying_nests_the_quoter(claims_of, text, nested, quoter):
    claims = claims_of(text)
    assert [claim.text for claim in claims][1:] == [nested]
    # the claim keeps the one who said it (R48); the nested claim has the one who quoted them
    assert claims[0].source.cue.text == "saying"
    assert (claims[1].source.text, claims[1].source.cue.text) == quoter


@pytest.mark.parametrize(
    "text",
    [
        # a passive names no one who quoted; "quoted" with no "as saying" quotes a thing
        "The mayor was quoted as saying the bridge would reopen in May.",
        "The paper quoted the minister's speech at length.",
    ],
)
def test_quoting_without_a_quoter_nests_nothing(claims_of, text):
    assert len(claims_of(text)) == 1


@pytest.mark.parametrize(
    "text, writer, reported, speaker",
    [
        # R257: a time clause that reports its own clause keeps its speaker to itself
        ("The strike came two days after the minister said the talks had failed.", "The strike came", "the talks had failed", ("the minister", "said")),
        ("The endorsement comes three days after Okafor told the Gazette he was not ready.", "The endorsement comes", "he was not ready", ("Okafor", "told")),
    ],
)
def test_time_clause_speaker_reports_only_its_clause(claims_of, source_of, text, writer, reported, speaker):
    claims = claims_of(text)
    assert source_of(claims, writer) is None
    assert source_of(claims, reported) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # a speaker after the last clause still reports the clauses before it (R45, R178)
        ("The bridge will stay closed until May, but the toll will fall, the mayor said.", "the toll will fall", ("the mayor", "said")),
    ],
)
def test_trailing_speaker_still_reports_the_clauses_before(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R258: a colon line that puts out a statement, says it in a complement, or in a participle after a comma
        (
            "The bridge fell on Monday.\n\nWhen the bridge fell in 1998, Mayor Jane Okafor released the following statement:\n\n"
            "“We offer our condolences to the families. The council will rebuild the bridge.”",
            "The council will rebuild",
            ("Mayor Jane Okafor", "released"),
        ),
        (
            "The mayor spoke at length.\n\nShe went on to say:\n\n“Incredibly, none of the councillors will support the toll.”",
            "none of the councillors",
            ("She", "say"),
        ),
        (
            "The council met on Monday.\n\nThe Gazette confirmed the figures, reporting:\n\n“The council paid four million pounds for the repairs.”",
            "four million pounds",
            ("The Gazette", "reporting"),
        ),
    ],
)
def test_colon_line_announces_the_quotation(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_report_on_a_topic_announces_nothing(claims_of, source_of):
    # a report about something is no statement whose words follow (R258)
    text = "The council met on Monday.\n\nThe mayor issued a report on the bridge:\n\n“The repairs cost four million pounds.”"
    assert source_of(claims_of(text), "four million pounds") is None
