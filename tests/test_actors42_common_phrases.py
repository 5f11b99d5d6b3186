"""R520: a capitalised phrase the article also writes in lower case ('Cloud Desktop' ... 'a cloud desktop') is that
common phrase, not a person or a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimspan.components.actors.common_phrases import lower_case_phrase


def actor_names(process, text: str) -> list[str]:
    return [span.text for span in process(text).spans["actors"]]


def test_a_heading_the_article_writes_in_lower_case_is_no_actor(process):
    text = "Cloud Desktop\n\nCloud Desktop lets schools run cheap terminals. A cloud desktop keeps the files on a server, Mr Banda said."
    assert actor_names(process, text) == ["Banda"]


def test_the_same_heading_without_the_lower_case_phrase_stays(process):
    """The rule needs the article's own lower-case phrase: without it the model's reading stands."""
    text = "Cloud Desktop\n\nCloud Desktop lets schools run cheap terminals. The files stay on a server, Mr Banda said."
    assert "Cloud Desktop" in actor_names(process, text)


def test_a_body_head_keeps_the_name(process):
    """'the national assembly' in lower case still means the body: a body's head word keeps the name."""
    assert actor_names(process, "The National Assembly voted on Tuesday. Critics said the national assembly had ignored the farmers.") == ["National Assembly"]


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("Tree Planting starts in May. Volunteers like tree planting.", 0, 2, True),
        ("Tree Planting starts in May. Volunteers like tree\nplanting.", 0, 2, True),
        ("Tree Planting starts in May. Volunteers like planting trees.", 0, 2, False),
        ("Tree Planting starts in May. Volunteers like tree plantings.", 0, 2, False),
        ("Rose Hill starts in May. Volunteers like rose hill.", 0, 1, False),
        ("Tree Society starts in May. Volunteers like the tree society.", 0, 2, False),
        ("TREE PLANTING starts in May. Volunteers like tree planting.", 0, 2, False),
        # R542: only the sentence's capital, a later word in lower case: a term or a people's name, not a heading
        ("Tangata whenua met in May. The elders of the tangata whenua spoke.", 0, 2, False),
    ],
    ids=["phrase", "phrase-over-a-line-break", "other-order", "longer-word", "one-word", "body-head", "capitals", "later-word-lower-case"],
)
def test_lower_case_phrase(blank_nlp, text, start, end, expected):
    assert lower_case_phrase(blank_nlp(text), start, end, frozenset({"society"})) is expected
