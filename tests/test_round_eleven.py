"""Round eleven fixes found by reading unseen text, on sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # the parser hangs the closing bracket on "according": the source still ends with it
        ("At least 300 people died, according to data compiled by the Armed Conflict Location and Event Data Project (ACLED), twice the toll of last year.",
         "300 people", "data compiled by the Armed Conflict Location and Event Data Project (ACLED)"),
        # brackets the parser keeps inside the phrase are taken once
        ("According to the International Crisis Group (ICG), the talks collapsed in May.", "talks collapsed", "the International Crisis Group (ICG)"),
    ],
    ids=["closing-bracket-on-the-verb", "closing-bracket-in-the-phrase"],
)
def test_a_source_ends_with_the_brackets_it_opens(claims_of, source_of, text, fragment, expected):
    assert source_of(claims_of(text), fragment)[0] == expected


@pytest.mark.parametrize("spelling", ["Jaish-e-Mohammed", "Jaish-e-Mohammad", "Jaish-e-Muhammad"])
def test_press_spellings_of_an_armed_group_share_its_id(nlp, spelling):
    # Pakistani and Indian papers spell the group's name three ways; all are the same actor
    doc = nlp(f"The {spelling} claimed the attack in Poonch on Thursday.")
    assert [span.kb_id_ for span in doc.spans["actors"]] == ["group:jem"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PTI MPA Aslam Iqbal said the road was unsafe.", [("PTI", "ORGANIZATION"), ("Aslam Iqbal", "PERSON")]),
        ("PML-N MNA Ahsan Iqbal said the road was unsafe.", [("PML-N", "ORGANIZATION"), ("Ahsan Iqbal", "PERSON")]),
        ("Protesters gathered after the arrest of PTI MPA Mian Aslam Iqbal.", [("PTI", "ORGANIZATION"), ("Mian Aslam Iqbal", "PERSON")]),
        # a title word in ordinary case inside a body's name does not split it
        ("The Kenya Premier League said the season would resume.", [("Kenya Premier League", "ORGANIZATION")]),
    ],
    ids=["title-inside", "hyphenated-party", "title-ends-the-entity", "no-acronym-title"],
)
def test_party_title_acronym_and_name_are_a_party_and_a_person(nlp, text, expected):
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans["actors"]] == expected


def test_a_person_inside_a_party_acronym_does_not_cut_the_party(nlp):
    # the model reads "JD(U" as a person; the party's acronym, with Bihar as evidence of India, holds it
    doc = nlp("JD(U) leaders declined to comment on the alliance in Bihar.")
    assert [(span.text, span.kb_id_) for span in doc.spans["actors"]] == [("JD(U)", "org:janata-dal-united-ind")]


def _party_chief_doc(vocab, role: str):
    from spacy.tokens import Doc, Span

    words = ["Tehreek", "Pakistan", "(", "TLP", ")", role, "Saad", "Rizvi", "announced", "a", "march"]
    heads = [1, 8, 1, 5, 5, 7, 7, 1, 8, 10, 8]
    deps = ["compound", "nsubj", "punct", "nmod", "punct", "compound", "compound", "appos", "ROOT", "det", "dobj"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN" if role.islower() else "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    return doc, [Span(doc, 6, 8, label="PERSON", kb_id="person:saad-rizvi")]


@pytest.mark.parametrize("role, expected", [("chief", "person:saad-rizvi"), (",", None)], ids=["role-noun", "comma-apposition"])
def test_a_person_after_a_role_noun_ends_the_source_the_parser_heads_with_a_body(blank_nlp, role, expected):
    from claimspan.components.claims.context import _titled_person_at_end

    doc, actors = _party_chief_doc(blank_nlp.vocab, role)
    source = doc[0:8]
    found = _titled_person_at_end(actors, source, source.root)
    assert (found.kb_id_ if found is not None else None) == expected


@pytest.mark.parametrize(
    "text, opening, source",
    [
        ("CAIRO - 26 July 2022: Minister Amr Talat said on Tuesday that exports grew by 12 percent.", "Minister Amr Talat said", "Minister Amr Talat"),
        ("\nCAIRO - 26 July 2022: Minister of Trade Samir Fathy asserted Tuesday that cotton sales were rising.", "Minister of Trade", "Minister of Trade Samir Fathy"),
        ("CAIRO - 26 July 2022: Egypt's exports rose by 12 percent in June.", "Egypt's exports rose", None),
        ("NAIROBI, Kenya - Kenya's central bank said on Tuesday that inflation had slowed.", "Kenya's central bank said", "Kenya's central bank"),
    ],
    ids=["said", "parser-hangs-the-dateline-on-the-speaker", "no-source", "dateline-with-a-state"],
)
def test_a_dated_dateline_stays_out_of_the_claim_and_its_source(claims_of, text, opening, source):
    records = claims_of(text, published="2022-07-26")
    assert records[0].text.startswith(opening)
    assert (records[0].source.text if records[0].source else None) == source


@pytest.mark.parametrize(
    "text, opening, source",
    [
        ("ISLAMABAD: At least 12 people were killed in a blast last Tuesday, officials said.", "At least 12 people", "officials"),
        ("ISLAMABAD, Feb 10: The State Bank kept its policy rate unchanged, the central bank said.", "The State Bank kept", "the central bank"),
        # a day of one digit: "Oct 1" is a date of five characters
        ("KATHMANDU, Oct 1: The death toll from the floods has reached 217, the Home Ministry said.", "The death toll", "the Home Ministry"),
        ("DHAKA, Feb 3: Prices rose by 10 percent in January, the bureau said.", "Prices rose", "the bureau"),
        # a speaker's colon line is no dateline: the name is no word in capitals
        ("Khan: No deal with the IMF before the budget.\n\nThe minister spoke on Monday.", "Khan: No deal", "Khan"),
    ],
    ids=["city-colon", "city-date-colon", "city-one-digit-day-colon", "city-one-digit-day-colon-2", "speaker-colon"],
)
def test_a_colon_dateline_is_no_speaker(claims_of, text, opening, source):
    records = claims_of(text, published="2025-02-12")
    assert records[0].text.startswith(opening)
    assert (records[0].source.text if records[0].source else None) == source


def test_a_state_in_capitals_before_a_colon_is_a_dateline(claims_of):
    records = claims_of("KUWAIT: A new panel will be named next week to review the budget, officials said.", published="2022-07-26")
    assert records[0].source.text == "officials"


def test_the_datelines_state_reads_a_shared_currency_name(nlp):
    # Pakistan and India are named twice each; the dateline says where the story is from
    text = ("ISLAMABAD: The government will release Rs 2 billion for the victims' families, Pakistan said. "
            "India rejected Islamabad's claim that New Delhi backed the militants.")
    doc = nlp(text)
    assert [(span.text, span._.figure_unit) for span in doc.spans["figures"]] == [("Rs 2 billion", "PKR")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The White House said on Monday that the talks would resume.", [("White House", "country:USA")]),
        # a name before the state's name still makes it part of that name (R65)
        ("Afro Nation Ghana will take place in December.", [("Afro Nation Ghana", "org:afro-nation-ghana")]),
    ],
    ids=["article-opening-the-sentence", "name-before-the-state"],
)
def test_a_capitalised_article_is_no_name_before_a_state(nlp, text, expected):
    assert [(span.text, span.kb_id_) for span in nlp(text).spans["actors"]] == expected
