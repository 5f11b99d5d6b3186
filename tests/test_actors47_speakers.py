"""A name the model reads as a place that speaks or is told things is a person or an outlet (GUIDELINES R540); a social
platform is its company (R541). On sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.speakers import SpeakerVerbs
from claimspan.tables import SpeakerVerbEntry

ARTICLES = {
    "surname": "“We will not close the fair,” Chong said on Monday.",
    "reported": "Prices rose by a third in July, Bloomberg reported on Monday.",
    "second": "Vendors complained to the council, Kaiwai said.",
    "place": "Floods cut the only road to Kaiwai last week, and the council sent two trucks.",
}


@pytest.fixture(scope="module")
def found(article_actors):
    return article_actors(ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name, label",
    [("surname", "Chong", "PERSON"), ("reported", "Bloomberg", "ORGANIZATION"), ("second", "Kaiwai", "PERSON")],
    ids=["says-person", "reports-outlet", "said-after-clause"],
)
def test_a_place_name_that_speaks_is_an_actor(found, doc_id, name, label):
    mention = found.mention(doc_id, name, 0)
    assert mention is not None and mention[3] == label


def test_a_place_name_that_does_not_speak_stays_out(found):
    assert found.mention("place", "Kaiwai", 0) is None


PLATFORMS = {
    "posted": "The ministry posted the new fares on Facebook on Tuesday, and a Twitter user asked why.",
    "account": "The court said in a post on its WeChat account that the trial would resume.",
}


@pytest.fixture(scope="module")
def platforms(article_actors):
    return article_actors(PLATFORMS)


@pytest.mark.parametrize(
    "doc_id, name, actor_id",
    [("posted", "Facebook", "org:facebook"), ("posted", "Twitter", "org:twitter"), ("account", "WeChat", "org:wechat")],
    ids=["on-facebook", "twitter-user", "wechat-account"],
)
def test_a_social_platform_is_its_company(platforms, doc_id, name, actor_id):
    """R541: the companies that run social platforms are organisations of the actor table."""
    mention = platforms.mention(doc_id, name, 0)
    assert mention is not None and mention[3:5] == ("ORGANIZATION", actor_id)


def test_speaker_verbs_are_read_by_role_from_their_table():
    """R540's verbs come from pipeline/speaker_verbs.jsonl: a subject verb speaks, an outlet's also reports."""
    verbs = SpeakerVerbs.from_entries(
        [SpeakerVerbEntry(verb="say", subject="speaker", to=True), SpeakerVerbEntry(verb="report", subject="outlet"), SpeakerVerbEntry(verb="tell", object=True)]
    )
    assert verbs == SpeakerVerbs(speech=frozenset({"say", "report"}), reporting=frozenset({"report"}), telling=frozenset({"tell"}), addressing=frozenset({"say"}))
