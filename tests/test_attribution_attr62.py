"""Speakers before a quoted title or word (GUIDELINES R940-R941). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R940: the quotation closed before the verb is a show's title inside the subject, not what was said; the
        # object after the verb is whom the act is about
        ("Ada Roe, star of the radio show “Night Lines,” thanked the mayor for “keeping the bridge open.”", "thanked the mayor", ("Ada Roe, star of the radio show “Night Lines,”", "thanked")),
        ("Ada Roe, host of the podcast “Field Notes,” praised the governor for the new levy on trucks.", "praised the governor", ("Ada Roe, host of the podcast “Field Notes,”", "praised")),
    ],
)
def test_object_after_a_quoted_title_is_no_speaker(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_object_after_a_quoted_word_of_an_earlier_clause_is_no_speaker(claims_of, source_of):
    # R940: "“reckless,”" is the word Roe used in the clause before; the record he denounced did not speak (the parser
    # gives "denounced" no subject here, so the claim may stay without a source, but never the object's)
    text = "Roe further summed up the budget as “reckless,” denounced the mayor's record on roads and said the levy should go."
    source = source_of(claims_of(text), "denounced the mayor's record")
    assert source is None or source[0] == "Roe"


def test_object_after_a_quotation_that_opens_its_sentence_still_speaks(claims_of, source_of):
    # R411 holds for a quotation that opens its sentence or runs on from an earlier one; R940 only for the title
    text = (
        "“Not again,” wrote a Roe backer who runs the account. “The bridge is shut again. The toll went up too,” wrote a farmer "
        "from Leeds. Ada Roe, host of the podcast “Field Notes,” praised the governor for the new levy on trucks."
    )
    claims = claims_of(text)
    assert source_of(claims, "Not again") == ("a Roe backer who runs the account", "wrote")
    assert source_of(claims, "The toll went up too") == ("a farmer from Leeds", "wrote")
    assert source_of(claims, "praised the governor") == ("Ada Roe, host of the podcast “Field Notes,”", "praised")


def test_source_ends_with_the_quotation_marks_it_opens(claims_of, source_of):
    # R941: the parser hangs the comma and the closing mark of the title on the verb
    text = "Ada Roe, host of the show “Field Notes,” said the levy would pass."
    assert source_of(claims_of(text), "the levy would pass") == ("Ada Roe, host of the show “Field Notes,”", "said")
