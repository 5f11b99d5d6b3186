"""Speech acts, promises and directives (GUIDELINES R207-R209): a speaker's second act in the same sentence is a
nested claim with its own cue; a promise of a thing or "promised to be" is a cue; a participle the parser misreads
before a noun is none. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sourced(records):
    return [(record.text, record.source.text, record.source.cue.text) for record in records if record.source is not None]


@pytest.mark.parametrize(
    "text, whole, second",
    [
        # R207: a second verb coordinated with the first, of any cue type
        ("Senator Laura Finch denied the report and warned that the count would take a week.", ("Senator Laura Finch", "denied"), ("warned that the count would take a week", "Senator Laura Finch", "warned")),
        ("The mayor praised the new bridge and called it a model for the region.", ("The mayor", "praised"), ("called it a model for the region", "The mayor", "called")),
        ("Okafor criticized the budget and accused the council of hiding the deficit.", ("Okafor", "criticized"), ("accused the council of hiding the deficit", "Okafor", "accused")),
        ("The board rejected both objections and ordered that her name be printed on the ballot.", ("The board", "rejected"), ("ordered that her name be printed on the ballot", "The board", "ordered")),
        # ... also with its own auxiliary
        ("Okafor often questions the mayor's ties to developers and has called for an inquiry into the toll.", ("Okafor", "often questions"), ("has called for an inquiry into the toll", "Okafor", "has called for")),
    ],
)
def test_second_act_is_a_nested_claim(claims_of, text, whole, second):
    sourced = _sourced(claims_of(text))
    assert sourced[0][1:] == whole and sourced[0][0].startswith(text[:12])
    assert sourced[1:] == [second]


def test_chain_of_acts_gives_one_claim_per_act(claims_of):
    text = "Okafor praised the mayor, criticized the council and called the budget a disgrace."
    assert _sourced(claims_of(text))[1:] == [("criticized the council", "Okafor", "criticized"), ("called the budget a disgrace", "Okafor", "called")]


@pytest.mark.parametrize(
    "text",
    [
        # a coordinated clause with a subject of its own is the writer's (R197)
        "The mayor said the bridge was unsafe, and the council closed it on Monday.",
        # a second verb that reports nothing is no second act
        "The mayor praised the new bridge and left the ceremony early.",
        # an infinitive of purpose is no second act
        "The mayor said the bridge was unsafe to close the debate.",
    ],
)
def test_no_second_act(claims_of, text):
    assert len(_sourced(claims_of(text))) == 1


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R208: "promised to be", "vowed to be": the infinitive of "be" is the promise's content
        ("She promised to be a loud voice for the valley's farmers if elected.", ("She", "promised")),
        ("Both candidates vowed to be tougher on smugglers than the governor.", ("Both candidates", "vowed")),
        # ... and so is the thing promised, pledged or vowed
        ("The governor promised a full inquiry into the flooding.", ("The governor", "promised")),
        ("The senator pledged her support to the mayor on Monday.", ("The senator", "pledged")),
    ],
)
def test_promise_is_a_cue(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[-12:-1]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # R208: a participle the parser reads as a verb before a noun describes the noun
        "Okafor has won 412 pledged delegates so far, compared to Hill's 300.",
        "She could still overturn his margin in both pledged delegates and county seats.",
    ],
)
def test_participle_before_a_noun_is_no_cue(claims_of, text):
    assert _sourced(claims_of(text)) == []


@pytest.mark.parametrize(
    "text, nested, speaker",
    [
        # R208: a name given in a relative clause or after "what" is the namer's
        ("The league wants the enactment of what it calls “fair parking rules.”", "what it calls", ("it", "calls")),
        ("Okafor pointed to Ruritania, a country that the former mayor, Tom Hill, called “our top rival.”", "that the former mayor, Tom Hill, called", ("the former mayor, Tom Hill", "called")),
    ],
)
def test_name_given_in_a_relative_clause(claims_of, text, nested, speaker):
    inner = [(record.source.text, record.source.cue.text) for record in claims_of(text) if record.text.startswith(nested) and record.source is not None]
    assert inner == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R209: a gerund with its object is what is proposed
        ("The governor proposed closing the old bridge to lorries.", ("The governor", "proposed")),
        # "lament" judges its object; "attack" is a speech act with "for" or "as"
        ("Okafor lamented the council's vote against the new toll.", ("Okafor", "lamented")),
        ("The mayor attacked the council for delaying the repairs.", ("The mayor", "attacked")),
        ("The advertisement attacks the mayor as a friend of the developers.", ("The advertisement", "attacks")),
        # R209: "push" someone to do something directs them, as "urge" does
        ("Senator Okafor is pushing fellow council members to reject the toll.", ("Senator Okafor", "is pushing")),
    ],
)
def test_proposals_laments_and_attacks(claims_of, source_of, text, speaker):
    assert source_of(claims_of(text), text[-12:-1]) == speaker


@pytest.mark.parametrize("text", ["Rebels attacked the army base at dawn.", "The mayor attacked the budget in a long speech.", "The storm pushed the boat to the shore."])
def test_attack_and_proposal_without_content(claims_of, text):
    assert _sourced(claims_of(text)) == []


@pytest.mark.parametrize(
    "text, nested, speaker",
    [
        # R210: evidence inside a claim, as a participle, a time or reason clause, or a relative clause
        ("The governor will need their votes with new surveys showing a narrowing of the gap.", "showing a narrowing", ("new surveys", "showing")),
        ("The results arrive one day after a Gazette poll showed a one-point difference between the two candidates.", "a Gazette poll showed", ("a Gazette poll", "showed")),
        ("Because exit polls in Leeds indicated that the mayor was firmly backed by young voters, her rival conceded.", "exit polls in Leeds indicated", ("exit polls in Leeds", "indicated")),
    ],
)
def test_evidence_inside_a_claim(claims_of, text, nested, speaker):
    inner = [(record.source.text, record.source.cue.text) for record in claims_of(text) if record.text.startswith(nested) and record.source is not None]
    assert inner == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a noun that is no evidence, and evidence that shows nothing but a pronoun, give no nested claim
        "The governor will need their votes with new photos showing a crowded bridge.",
        "The council met after the survey showed it.",
    ],
)
def test_no_evidence_inside(claims_of, text):
    assert [record.text for record in claims_of(text) if record.source is not None] == []


def _headline_source(claims_of, headline):
    records = claims_of(headline + "\n\nThe council met on Monday to discuss the new toll on the bridge.")
    first = records[0]
    assert first.text.startswith(headline[:10])
    return None if first.source is None else (first.source.text, first.source.cue.text)


@pytest.mark.parametrize(
    "headline, speaker",
    [
        # R211: a headline's cue the parser reads as a noun, after a short name
        ("Residents group blasts mayor for skipping toll debate.", ("Residents group", "blasts")),
        ("New Poll Shows Wide Gap Opening Between Council Rivals.", ("New Poll", "Shows")),
        ("Okafor Calls On Mayor To Resign Over Toll.", ("Okafor", "Calls")),
    ],
)
def test_headline_cue(claims_of, headline, speaker):
    assert _headline_source(claims_of, headline) == speaker


@pytest.mark.parametrize(
    "headline",
    [
        # a noun the parser reads as the subject, a noun before a past verb, a word that needs another after it
        "Bridge toll report gives the council a lift.",
        "More council emails released on eve of toll vote.",
        "Toll debate hits home for drivers in Leeds.",
        # a verb read right whose infinitive the rules found no content in
        "The senator continues to draw support among unions in Leeds.",
        # evidence needs evidence to show it
        "Refugees find a home in Leeds after long journey.",
    ],
)
def test_no_headline_cue(claims_of, headline):
    assert _headline_source(claims_of, headline) is None
