"""Attribution classes found missing on PolNeAR train in round eight (GUIDELINES R157-R164): quotations over
several sentences whose speaker follows the closing mark, colon lines that announce a quotation, quoted names after
a naming verb's object, announced speakers, a verb and a colon before a quotation, participles on counted nouns.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R157: the last sentence of the quotation is no claim, its speaker follows the mark
        ("The council met on Monday.\n\n“The bridge will reopen in May. The repairs cost less than we feared. What a day it will be!” Okafor said.", ("Okafor", "said")),
        # an inverted speaker after the comma
        ("The council met on Monday.\n\n“The bridge will reopen in May. The repairs cost less than we feared,” said Mayor Jane Okafor.", ("Mayor Jane Okafor", "said")),
        ("The council met on Monday.\n\n“The bridge will reopen in May. The repairs cost less than we feared. Who could ask for more?” Okafor told reporters on Tuesday.", ("Okafor", "told")),
    ],
)
def test_quotation_over_sentences_takes_the_speaker_after_it(claims_of, source_of, text, speaker):
    records = claims_of(text)
    assert source_of(records, "reopen in May") == speaker
    assert source_of(records, "council met") is None


@pytest.mark.parametrize(
    "text",
    [
        # no speech verb after the mark
        "The council met on Monday.\n\n“The bridge will reopen in May. The repairs cost less than we feared.” The crowd cheered loudly.",
        # the words after the mark go on to their own content
        "The council met on Monday.\n\n“The bridge will reopen in May. The repairs cost less than we feared,” Okafor said the engineers had warned.",
        # a denial is no report of the quotation
        "The council met on Monday.\n\n“The bridge will reopen in May. The repairs cost less than we feared,” Okafor did not say.",
    ],
)
def test_quotation_over_sentences_without_a_speaker_after_it(claims_of, source_of, text):
    assert source_of(claims_of(text), "reopen in May") is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # R158: the speaker and the verb alone on a line ending with a colon; the quotation is the next paragraph
        ("The council met on Monday to discuss the bridge.\n\nHe said:\n\n“The bridge will reopen in May. The repairs cost four million pounds.”", ("He", "said")),
        ("The council met on Monday to discuss the bridge.\n\nMayor Jane Okafor stated:\n\n“The bridge will reopen in May. The repairs cost four million pounds.”", ("Mayor Jane Okafor", "stated")),
        ("The council met on Monday to discuss the bridge.\n\nOkafor continued:\n\n“The bridge will reopen in May. The repairs cost four million pounds.”", ("Okafor", "continued")),
    ],
)
def test_colon_line_announces_the_next_paragraph(claims_of, source_of, text, speaker):
    records = claims_of(text)
    assert source_of(records, "reopen in May") == speaker
    assert source_of(records, "four million") == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a colon line without a speech verb announces nothing
        "The council met on Monday to discuss the bridge.\n\nThe plan in short:\n\n“The bridge will reopen in May. The repairs cost four million pounds.”",
        # nor does a line that ends without a colon
        "The council met on Monday to discuss the bridge.\n\nOkafor spoke at length\n\n“The bridge will reopen in May. The repairs cost four million pounds.”",
    ],
)
def test_line_without_an_announcing_colon(claims_of, source_of, text):
    assert source_of(claims_of(text), "reopen in May") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # R159: the quoted name the parser hung on the object's phrase
        ('Former governor Tom Hill called the use of emergency orders "quite dangerous."', ("Former governor Tom Hill", "called")),
        ('Hill called the attack that killed five officers "an attack on our city."', ("Hill", "called")),
        ("The drivers' union termed the offer of a two percent rise “an insult to every driver.”", ("The drivers' union", "termed")),
    ],
)
def test_quoted_name_after_the_object(claims_of, source_of, text, expected):
    assert source_of(claims_of("The council met on Monday. " + text), text[-12:-3]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the quotation is a place's name after the verb's own preposition, not a name given to the object
        'Hill called the meeting at the "Grand Hall" in Leeds.',
        # a comma ends the object before the quotation
        "Hill called the mayor, and the “Grand Hall” stayed closed.",
    ],
)
def test_quotation_after_another_word_names_nothing(claims_of, text):
    records = claims_of("The council met on Monday. " + text)
    assert not [record for record in records if record.source is not None and record.source.cue.text == "called"]


def test_announced_quotation_keeps_its_speaker_past_questions(claims_of, source_of):
    # R160: the quotation opens with questions (no claims); its later sentences are still the announced speaker's
    text = (
        "The council met on Monday to discuss the bridge.\n\nOkafor continued:\n\n"
        "“You look at the plans: can the city pay for them? Can the drivers wait? The bridge will reopen in May. "
        "The repairs cost four million pounds.”\n\nThe meeting ended at noon."
    )
    records = claims_of(text)
    assert source_of(records, "reopen in May") == ("Okafor", "continued")
    assert source_of(records, "four million") == ("Okafor", "continued")
    assert source_of(records, "meeting ended") is None


def test_announced_speaker_is_nearer_than_an_earlier_claim(claims_of, source_of):
    # R160: the colon line names the speaker of the quotation after it, not the source of the claim before
    text = "The engineers said on Monday that the bridge was unsafe.\n\nMayor Jane Okafor stated:\n\n“The bridge will reopen in May.”"
    assert source_of(claims_of(text), "reopen in May") == ("Mayor Jane Okafor", "stated")


def test_quotation_not_opened_after_the_announcement_keeps_no_speaker(claims_of, source_of):
    text = "The council met on Monday.\n\nOkafor continued:\n\n“Can the drivers wait?”\n\nThe meeting ended at noon. “The bridge will reopen in May,” a sign read."
    assert source_of(claims_of(text), "meeting ended") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # R163: any verb of a speaker, a colon and a quotation
        ("Mayor Jane Okafor gloated: “I told you the bridge would reopen in May.”", ("Mayor Jane Okafor", "gloated")),
        ("Okafor fired back: “If they sue us in court, they will lose the case.”", ("Okafor", "fired")),
        ("She then addressed the drivers again: “The bridge will reopen in May.”", ("She", "then addressed")),
    ],
)
def test_verb_colon_quotation(claims_of, source_of, text, expected):
    assert source_of(claims_of("The council met on Monday. " + text), "May" if "May" in text else "lose the case") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a subject that names no one who speaks
        "The rally had one message: “The bridge must reopen in May.”",
        # no quotation after the colon
        "Okafor closed the bridge for a simple reason: the repairs had failed in May.",
        # the verb describes the speaker, it reports nothing
        "She seemed content: “The bridge will reopen in May.”",
        "She looked tired: “The bridge will reopen in May.”",
    ],
)
def test_verb_colon_without_speaker_or_quotation(claims_of, source_of, text):
    assert source_of(claims_of("The council met on Monday. " + text), "May") is None


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # R164: a participle on a noun that counts people speaks for that noun
        ("The poll found 62 percent of drivers saying the bridge repairs were too slow.", "too slow", ("62 percent of drivers", "saying")),
        ("Police received 40 calls saying shots had been fired near the bridge.", "shots had been fired", ("40 calls", "saying")),
        ("The survey showed a third of the drivers saying the repairs were too slow.", "too slow", ("a third of the drivers", "saying")),
        # a document stays its issuer's (R29)
        ("The union put out a leaflet saying the bridge would reopen in May.", "reopen in May", ("The union", "saying")),
    ],
)
def test_participle_on_a_counted_noun(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of("The council met on Monday. " + text), fragment) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # R161: the parenthetical speaker wins over the clause's own cue
        ("Recently, he said, he has learned that the rest of the valley is not as welcoming.", "not as welcoming", ("he", "said")),
        ("Instead, she said, her manager told her the bridge would stay closed.", "stay closed", ("she", "said")),
        ("He hoped, he said, that the council would fund the repairs.", "fund the repairs", ("he", "said")),
        # a speaker that is no subject of the verb in the parse
        ("That approach, many argue, could bring heavy losses for the town.", "heavy losses", ("many", "argue")),
        # the writer's own aside is no source (R31), nor an impersonal one
        ("The bridge, I admit, was closed for a year.", "closed for a year", None),
        ("The old bridge, it is said, was built in 1890 by the council.", "built in 1890", None),
    ],
)
def test_parenthetical_speaker(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of("The council met on Monday. " + text), fragment) == expected
