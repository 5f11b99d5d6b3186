"""R470: a name the article cites as a word ('the word Tamarind', '“Tortuga” is a Spanish word') or names as a
language ('the old language Kawi') is no actor, in every mention. Sentences written for these tests."""

from __future__ import annotations

import pytest


def actors(process, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.kb_id_) for span in process(text).spans["actors"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The word Tamarind was painted on the door.", "Tamarind"),
        ("The inscription is in the old language Kawi. Kawi was used at court for centuries.", "Kawi"),
        ("The letters were written in the ancient language Kawi, and several scholars of Kawi translated them.", "Kawi"),
    ],
    ids=["word", "language-every-mention", "language-repeated"],
)
def test_a_name_cited_as_a_word_or_a_language_is_no_actor(process, text, name):
    assert not any(name in found for found, _ in actors(process, text))


def test_only_the_cited_name_goes(process):
    """Without a determiner 'words' may end a clause: 'In other words Obama said ...' names the person; the body
    beside the cited word stays."""
    found = actors(process, "In other words Obama said the word Tamarind was painted on the door of the Kawi Council.")
    assert ("Obama", "person:obama") in found
    assert not any("Tamarind" in name for name, _ in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Researchers tested the traditional Chinese medicine Huang Qi Tang on mice. Sales of Huang Qi Tang doubled.", "Huang Qi Tang"),
        ("He lost his savings in the Terra, a cryptocurrency that collapsed in May, and the Terra never recovered.", "Terra"),
        ("Officials said the drug Zentrivax was approved on Monday.", "Zentrivax"),
    ],
    ids=["medicine-before", "cryptocurrency-appositive", "drug-before"],
)
def test_a_name_classed_as_a_drug_or_a_cryptocurrency_is_no_actor(process, text, name):
    """R471: the nouns of drugs and cryptocurrencies class the name they stand before or define."""
    assert not any(name in found for found, _ in actors(process, text))


def test_a_drug_maker_stays_beside_its_drug(process):
    """'a drug maker': 'drug' modifies the maker, which heads the appositive; the drug after 'the drug' goes."""
    found = actors(process, "Moderna, a drug maker based in Boston, said the drug Zentrivax was approved on Monday.")
    assert [name for name, _ in found] == ["Moderna"]


def test_a_name_opening_a_relative_clause_on_the_noun_stays(process):
    """'the drugs Kim smuggled': the name is the subject of a clause on the noun, not the drug; the drug after 'the
    drug' in the same text goes."""
    found = actors(process, "Police said the drugs Kim smuggled were worth millions, and the drug Zentrivax was among them. Kim was arrested.")
    assert [name for name, _ in found] == ["Kim", "Kim"]
