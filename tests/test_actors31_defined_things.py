"""R420: a name the article defines as a work, event, law, award or programme by an appositive or a predicate noun
('“Kelani,” a biographical drama film') is that thing in every mention; the nouns of things a maker names after
itself (apps, platforms, products) define nothing. R421: an English word in capitals opening a paragraph is the
lead's first word, not an acronym. Sentences written for these tests."""

from __future__ import annotations

import pytest


def actors(process, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in process(text).spans["actors"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The picture that won the top prize was “Kelani,” a biographical drama film about the singer. “Kelani” also earned more than any other film.", "Kelani"),
        ("The painter's second piece was never found: The Haunted Harvest, the canvas that hung beside his portrait. The Haunted Harvest was sold in May.", "Haunted Harvest"),
        ("Ferrovia Blues is a film about railway workers. Ferrovia Blues won two prizes.", "Ferrovia Blues"),
    ],
    ids=["appositive-film", "appositive-canvas", "predicate-film"],
)
def test_a_name_defined_as_a_work_is_no_actor(process, text, name):
    assert not any(name in found for found, _ in actors(process, text))


def test_a_maker_defined_by_its_app_stays_the_maker(process):
    """An app or platform in apposition describes the company as often ('Douyin, TikTok's sister app')."""
    found = actors(process, "Veloxa, a popular ride-hailing app, said on Monday that drivers would be paid more. Veloxa has 3,000 drivers.")
    assert [name for name, _ in found if name == "Veloxa"] == ["Veloxa", "Veloxa"]


def test_a_noun_after_a_bracket_is_no_appositive(process):
    """'the Town Councils (Colony and Northern Province) ordinance' names the law after the councils' name."""
    found = actors(process, "The Committee was appointed under section 8 of the Town Councils (Colony and Northern Province) ordinance, 1952.")
    assert ("Town Councils", "org:town-councils") in found


def test_a_person_whose_title_holds_a_work_noun_stays(process):
    """'a Nigerian film and theatre director': the director is the person's noun, the film a word of it."""
    found = actors(process, "Ms Okafor was a noted Nigerian film and theatre director. Okafor said she would return.")
    assert [name for name, _ in found if name == "Okafor"] == ["Okafor", "Okafor"]


def test_a_lead_word_in_capitals_is_no_acronym(process):
    """R421: 'SOCIAL activist ...' opens a paragraph in capitals, as some papers print the lead's first word."""
    text = "\nSOCIAL activist Penda Kaunatjike has asked the ministry to act.\n\nHe said the plan was late."
    assert actors(process, text) == [("Penda Kaunatjike", "person:penda-kaunatjike")]


def test_an_acronym_written_again_opening_a_paragraph_stays(process):
    """An English word the article writes in capitals twice is the body's acronym ('CARE')."""
    found = actors(process, "\nCARE workers said on Monday that the camp was full. CARE said more aid was needed.")
    assert [name for name, _ in found if name == "CARE"] == ["CARE", "CARE"]
