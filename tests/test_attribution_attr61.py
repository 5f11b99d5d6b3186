"""A quotation paragraph signed by a dash line of its own (GUIDELINES R930): the signature comes after the sentence
splitter's cut or on the line below, where R125 (the signature ending the quotation's own sentence) does not see it.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, content, expected",
    [
        # a fact check's layout: the claim checked, then its speaker on the line below
        (
            "Here are the claims we checked.\n\n\"Our county has lost four clinics in two years, and the state has not replaced a single one of them.\"\n\n- Pat Wren.\n\nThe county lost three clinics, not four.",
            "the state has not replaced a single one of them",
            ("Pat Wren", "-"),
        ),
        # a quotation of two sentences, signed with a place
        (
            "Voters spoke to us outside the hall.\n\n“The levy was never explained to anyone in this town. Our rents have doubled since the vote.”\n\n- Dana Moss, Tulsa.",
            "Our rents have doubled since the vote",
            ("Dana Moss, Tulsa", "-"),
        ),
        # the same line, cut by the sentence splitter after the closing mark
        (
            "\"Our county has lost four clinics in two years, and the state has not replaced a single one of them.\" - Pat Wren.\n\nThe county lost three clinics, not four.",
            "the state has not replaced a single one of them",
            ("Pat Wren", "-"),
        ),
    ],
    ids=["line-below", "two-sentences-with-place", "same-line"],
)
def test_signature_line_reports_the_quotation_before_it(claims_of, source_of, text, content, expected):
    assert source_of(claims_of(text), content) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's byline after the writer's own paragraph signs no claim
        "The bridge will open in May. The council approved the budget on Monday.\n\n- Jane Roe.",
        # a byline two paragraphs below a quotation signs nothing either
        "“The budget is sound,” the mayor said.\n\nThe council approved the budget on Monday.\n\n- Jane Roe.",
    ],
    ids=["after-own-paragraph", "after-writer-paragraph"],
)
def test_byline_signs_no_claim(claims_of, text):
    assert all(record.source is None or record.source.text != "Jane Roe" for record in claims_of(text))


@pytest.mark.xfail(reason="the tokenizer keeps a dash glued to the name as one word (\"-Dana\"), so no token is the cue (R930)", strict=True)
def test_signature_with_a_glued_dash(claims_of, source_of):
    text = "We met voters outside the hall.\n\n“Our rents have doubled since the vote on the levy.”\n\n-Dana Moss, Tulsa."
    assert source_of(claims_of(text), "Our rents have doubled") == ("Dana Moss, Tulsa", "-")
