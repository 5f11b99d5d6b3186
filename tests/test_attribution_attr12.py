"""Speech attributions found on PolNeAR train in round eleven (GUIDELINES R221-R229): a dateline's horizontal bar the
model misreads and a contracted perfect the parser reads as a passive. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R221: a horizontal bar (U+2015) after the dateline, as an em dash is read
        ("KARACHI \u2015 The mayor's campaign said it is looking for a new chair.", "looking for", ("The mayor's campaign", "said")),
        ("WASHINGTON \u2015 President Jane Okafor said on Monday that the bridge will reopen in May.", "the bridge", ("President Jane Okafor", "said")),
        ("The council met on Monday.\n\nLAHORE \u2015 The provincial minister told reporters the dam is safe.", "the dam", ("The provincial minister", "told")),
    ],
)
def test_horizontal_bar_dateline(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_horizontal_bar_dateline_stays_out_of_the_claim(claims_of):
    claims = claims_of("KARACHI \u2015 The mayor's campaign said it is looking for a new chair.")
    assert [claim.text for claim in claims] == ["The mayor's campaign said it is looking for a new chair"]


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R222: "'s" is "has" before a cue with a clause or an addressee
        ("Look at the Speaker. He's said he draws his views on policy from a novel.", "his views", ("He", "'s said")),
        ("While she's said she'll fight all the way to the convention, Okafor must decide what to do.", "fight all the way", ("she", "'s said")),
        ("She's told reporters the bridge will reopen in May.", "the bridge", ("She", "'s told")),
        ("He's argued that the tax is unfair.", "the tax", ("He", "'s argued")),
    ],
)
def test_contracted_perfect_names_its_speaker(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a true passive: an expletive, a to-infinitive, an agent
        ("It's said that the bridge will reopen.", "the bridge"),
        ("He's said to be ill.", "ill"),
        ("She's told to leave the building by Monday.", "leave the building"),
    ],
)
def test_contracted_passive_names_no_speaker(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R223: the cue closes the sentence in a clause of its own after a "but" clause
        ("In nearby Hull, the old Brook paper plant is holding on, but it is under heavy strain from cheap imports, said the firm's managing director, Ruth Clay.", "holding on", ("the firm's managing director, Ruth Clay", "said")),
        # ... the parser hangs the closing speaker on the quotation as a clause
        ('"Sorry Jane, you should have said \'not on my watch\', because I am sure you can manage the council just fine!!" posted Sam Hill.', "Sorry Jane", ("Sam Hill", "posted")),
        ('"If the council receives more files, it plans to comb them for memos" that would answer requests from the Gazette, city counsel Jane Roe wrote in a court filing.', "receives more files", ("city counsel Jane Roe", "wrote")),
    ],
)
def test_speaker_clause_reports_the_sentence(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_speaker_clause_with_a_content_of_its_own_stays_nested(claims_of, source_of):
    # a cue with its own reported clause inside the claim is a nested claim (R135), not the claim's source
    records = claims_of("The council voted on Monday, after the mayor said the bridge would reopen in May.")
    assert source_of(records, "The council voted") is None
    assert source_of(records, "the bridge would reopen") == ("the mayor", "said")


@pytest.mark.parametrize(
    "text, fragment",
    [
        # "add to" a lead is no speech, and a participle is no closing speaker
        ("Donald Okafor has won the mayoral primary in Leeds, adding to his victories in York and Hull.", "has won the mayoral primary"),
    ],
)
def test_closing_clause_that_is_no_speaker(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R224: the speaker hung on a clause before the cue, which is left without a subject
        ('Hill, meanwhile, who has no such backing yet, said that record tells a great deal about which of the two rivals is "fit to lead the council."', "tells a great deal", ("Hill", "said")),
        ('A representative for the Roe label - a small business pitched as "the place for parents who travel" - noted that the firm gives new fathers six weeks of paid leave.', "six weeks", ("A representative for the Roe label", "noted")),
        ("Okafor playfully offered the boy a post as a council intern, then says he'll welcome advice from anyone who wants to talk to him.", "welcome advice", ("Okafor", "then says")),
        ('Pollster Jane Roe is glad to be the city\'s "safe pair of hands," says she cautioned about upsets.', "cautioned about", ("Pollster Jane Roe", "says")),
        ('Okafor further described Hill as "hopeless," attacked her record as mayor and said she should not even be permitted to stand for election.', "permitted to stand", ("Okafor", "said")),
    ],
)
def test_speaker_of_a_predicate_series(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_predicate_series_needs_someone_who_speaks(claims_of, source_of):
    # a thing that opens the sentence is no speaker of the cue after it
    assert source_of(claims_of("The ferry stopped on Monday, then says the bridge will reopen."), "bridge will reopen") is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R139 stays first: the noun phrase right after a cue that follows a comma is its inverted speaker
        ('Any "clear-eyed" reading of the mayor\'s actions, said Sam Lee, an expert on cities at the Leeds Institute, shows a plan.', "shows a plan", ("Sam Lee, an expert on cities at the Leeds Institute", "said")),
        ("And Okafor, said Roe, who is still close to her old mentor, doesn't forgive or forget.", "forgive", ("Roe, who is still close to her old mentor", "said")),
    ],
)
def test_inverted_speaker_before_a_predicate_series(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker
