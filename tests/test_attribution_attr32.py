"""Speech attributions checked in round seventeen (GUIDELINES R410): the speaker who asked the question a quotation
closes. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R410: the splitter cuts the question from "Okafor asked ..."; the next quotation is still Okafor's
        ('The mayor spoke on Monday. "Do you think I\'m going to change?" Okafor asked reporters during a news conference last month. "I\'m not changing."', "I'm not changing", ("Okafor", "asked")),
        ("The mayor spoke on Monday. “Is that not a kickback? Isn’t that a kind of kickback?” Okafor asked. “I think it’s a kickback.”", "I think it", ("Okafor", "asked")),
        # ... and when the question and its speaker stay one sentence
        ("The mayor spoke on Monday. “Will the bridge reopen?” the treasurer asked. “The council has not paid for it.”", "The council has not paid", ("the treasurer", "asked")),
    ],
)
def test_quotation_after_an_asked_question_is_the_askers(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "after, fragment",
    [
        # R410: what was asked is named in the sentence itself, not in the quotation before
        ('"Is the bridge closed?" Okafor asked for a recount. "The count in the three wards was wrong."', "The count in the three wards"),
        # the quotation before is no question
        ('"The bridge is closed." Okafor asked. "The count in the three wards was wrong."', "The count in the three wards"),
        # "I" is no source (R31)
        ("“Will the bridge reopen?” I asked. “The council has not paid for it.”", "The council has not paid"),
    ],
)
def test_asking_without_a_quoted_question_announces_no_one(claims_of, source_of, after, fragment):
    # the same text opens with an asked question whose speaker carries over, so only the second one is in question
    text = "“Will the toll rise?” Roe asked. “The farmers will pay twice.”\n\n" + after
    claims = claims_of(text)
    assert source_of(claims, "The farmers will pay twice") == ("Roe", "asked")
    assert source_of(claims, fragment) is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R411: the parser takes "Meh" for the subject of "wrote" and the speaker for its object
        ('The response was fast. "Meh," wrote a Roe backer who manages the Twitter account @NursesForRoe.', "Meh", ("a Roe backer who manages the Twitter account @NursesForRoe", "wrote")),
        ('Tweets poured in. "We have no freedom anymore. #Leeds," tweeted a local user from Hull going by the handle Grainman.', "#Leeds", ("a local user from Hull going by the handle Grainman", "tweeted")),
    ],
)
def test_speaker_read_as_the_object_after_a_quotation(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_addressee_after_a_quotation_is_no_speaker(claims_of, source_of):
    # R411: whom "told" addresses is no speaker; the speaker of the first quotation shows the rule applies in the text
    text = '"Meh," wrote a Roe supporter who runs the account. “The bridge will reopen,” told reporters on Monday.'
    claims = claims_of(text)
    assert source_of(claims, "Meh") == ("a Roe supporter who runs the account", "wrote")
    assert source_of(claims, "The bridge will reopen") is None
