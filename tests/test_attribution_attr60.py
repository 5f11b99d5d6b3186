"""Source edges and cue senses (GUIDELINES R920-R926): a headline's kicker before its dash, a demonstrative subject,
a name before an apposition that lost its closing comma, a contracted "has" read as a possessive, the generalisations
("Some say", "You would think") inside a quotation, an opening participle clause naming a programme, and "continue"
and "add up" in senses that report nothing. Sentences and names written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # R920: the kicker before a spaced hyphen or dash is no part of the speaker
        ("Fuel Prices - Governor Announces New Subsidy For Farmers\n\nThe subsidy takes effect in May.", "Announces New Subsidy", ("Governor", "Announces")),
        ("Flood Warning – Mayor Says Dams Are Nearly Full\n\nThe dams hold more water than last year.", "Says Dams", ("Mayor", "Says")),
        # R922: the name before ", a <description>" when the comma after it is missing
        ("Zara Quill, a city resident tweeted: “The roads have been flooded for three days.”", "flooded", ("Zara Quill, a city resident", "tweeted")),
        # R923: "’s" before the cue verb is a contracted "has", a word of the cue
        ("The minister’s said that the plan would be ready by June.", "ready by June", ("The minister", "’s said")),
        # R925: the participle clause that opens the sentence names the programme, not the speaker
        ("Speaking on Metro TV programme ‘Night Desk’, party leader Asad Varma was of the view that the budget would fail.", "budget would fail", ("party leader Asad Varma", "view")),
    ],
    ids=["kicker-hyphen", "kicker-en-dash", "apposition-without-comma", "contracted-has-as-possessive", "opening-participle-programme"],
)
def test_source_edges(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of(text), fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # a dash after the head sets off an apposition, which stays in the source
        ("The two unions — the nurses and the porters — said the strike would go ahead.", "strike would go ahead", ("The two unions — the nurses and the porters", "said")),
        # a description with its closing comma was always whole, and a fronted phrase before a comma is no name
        ("Omar Tull, a local shopkeeper, said that prices had doubled in a week.", "prices had doubled", ("Omar Tull, a local shopkeeper", "said")),
        # a possessive before a noun is no contracted "has"
        ("The council’s report said that the bridge was unsafe.", "bridge was unsafe", ("The council’s report", "said")),
        # a participle clause the parser keeps apart was never in the source
        ("While talking on Metro TV programme ‘Night Desk’, the senator was of the view that elections would be delayed.", "elections would be delayed", ("the senator", "view")),
    ],
    ids=["dash-after-head", "closed-apposition", "possessive-before-noun", "participle-clause-apart"],
)
def test_source_edges_leave_other_phrases(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of(text), fragment) == expected


def test_demonstrative_is_no_source(claims_of):
    # R921: "This" points at the quotation before it, not at a speaker
    records = claims_of("“The government has failed,” Aslam Pervez said. This shows that the council was wrong all along.")
    sources = [record.source.text for record in records if record.source is not None]
    assert sources and "This" not in sources, sources


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # R924: inside a quotation "Some", "Other people", "You" generalise; the quotation's speaker is the source
        ("“People wave at me every morning,” Dana Moss said. “Some say the mayor is our man. Other people will say they are voting for his rival.”", "the mayor is our man", ("Dana Moss", "said")),
        ("“People wave at me every morning,” Dana Moss said. “Some say the mayor is our man. Other people will say they are voting for his rival.”", "voting for his rival", ("Dana Moss", "said")),
        # outside a quotation "Some say" stays the source
        ("Some say the new bridge will never open.", "bridge will never open", ("Some", "say")),
    ],
    ids=["some-inside-quotation", "other-people-inside-quotation", "some-outside-quotation"],
)
def test_generic_speaker_inside_quotation(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of(text), fragment) == expected


@pytest.mark.parametrize(
    "text, fragment",
    [
        # R926: "continue" with a verb of its own is aspect, "add up to" a sum: neither reports
        ("Her permit had not lapsed, so Ana continued to renew it every spring.", "continued to renew"),
        ("Yet as the firm continues gaining ground, the question is whether its founders have built something that lasts.", "continues gaining ground"),
        ("By evening, the aides' attempts at repair added up to a muddle of clashing stories.", "added up to"),
    ],
    ids=["continue-to-infinitive", "continue-gerund", "add-up-to"],
)
def test_aspect_and_sum_senses_report_nothing(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # "continued" alone or with a clause goes on speaking; "added that" reports
        ("“The plan is sound,” he continued.", "plan is sound", ("he", "continued")),
        ("Ann Lee continued that the plan was sound.", "plan was sound", ("Ann Lee", "continued")),
        ("Ann Lee added that the plan was sound.", "plan was sound", ("Ann Lee", "added")),
    ],
    ids=["continued-after-quotation", "continued-that", "added-that"],
)
def test_continue_and_add_still_report(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of(text), fragment) == expected
