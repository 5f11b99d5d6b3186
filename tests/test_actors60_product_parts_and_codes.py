"""R950: the parts of a product's name the model cut apart before the noun of a made thing are the product; R952: a
'person' whose name holds a word of letters and digits is a code, size or model. Sentences written for these tests, names invented."""

from __future__ import annotations

import pytest


def actors(process, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in process(text).spans["actors"]]


def test_the_parts_of_a_product_name_before_a_made_noun_are_the_product(process):
    # the model reads 'Renata' alone as a body: the rest of the product's name stands between it and 'models'
    text = "A carmaker in Hubei had sold nearly 100 Renata Solis models to buyers in Chile and Peru.\n\nThe Renata Solis model is a small electric car."
    assert actors(process, text) == [("Chile", "COUNTRY"), ("Peru", "COUNTRY")]


def test_a_maker_named_alone_keeps_its_mentions_before_a_product_name(process):
    found = actors(process, "Xiaomi said its profits rose. Sales of Xiaomi Redmi smartphones grew in India.")
    assert [name for name, _ in found if name.startswith("Xiaomi")] == ["Xiaomi", "Xiaomi Redmi"]


def test_a_person_whose_name_holds_a_code_is_no_actor(process):
    found = actors(process, "The printed A-4 note was left at the gate, Okafor said.")
    assert found == [("Okafor", "PERSON")]


def test_a_number_beside_a_person_keeps_the_person(process):
    assert actors(process, "Thabo Mokoena, 45, said the clinic had closed.") == [("Thabo Mokoena", "PERSON")]


@pytest.mark.parametrize(
    "words, expected",
    [(["A-4"], True), (["Dune", "X3"], True), (["Leo", "XIV"], False), (["Thabo", "Mokoena"], False), (["Ana", "Ruiz", "25"], False)],
    ids=["size", "model", "regnal-number", "name", "age-taken-in"],
)
def test_holds_a_code(blank_nlp, words, expected):
    from claimspan.components.actors.mention_filters import holds_a_code

    doc = blank_nlp.make_doc(" ".join(words))
    assert holds_a_code(doc, 0, len(doc)) is expected
