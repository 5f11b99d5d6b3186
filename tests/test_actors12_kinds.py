"""Names of living kinds read as actors (GUIDELINES R240), on sentences written for this test."""

from __future__ import annotations

import pytest

from claimspan.components.actors.mention_filters import names_of_things
from claimspan.components.actors.not_actors import NotActorTable
from claimspan.loader import pipeline_dir
from claimspan.tables import NotActorEntry, read_table

KINDS_ARTICLES = {
    "cultivar": "Growers in Chiang Mai planted the Somchai Thong cultivar this season. Somchai Thong fetches twice the price, said Anan Srisuk.",
    "breed": "Breeders now sell the Kofi Mensah breed across Ghana. Kofi Mensah goats weigh more, said Ama Owusu.",
    "larvae": "Farmers in Kisumu now rear Grey Mantis Fly larvae on market waste. Grey Mantis Fly feeds on rotting fruit, said Achieng Odhiambo.",
}


@pytest.fixture(scope="module")
def kinds(article_actors):
    return article_actors(KINDS_ARTICLES)


@pytest.mark.parametrize(
    "doc_id, name, occurrence",
    [("cultivar", "Somchai Thong", 0), ("cultivar", "Somchai Thong", 1), ("breed", "Kofi Mensah", 0), ("breed", "Kofi Mensah", 1), ("larvae", "Grey Mantis Fly", 0), ("larvae", "Grey Mantis Fly", 1)],
)
def test_a_name_before_a_noun_of_a_living_kind_is_no_actor_in_any_mention(kinds, doc_id, name, occurrence):
    assert kinds.mention(doc_id, name, occurrence) is None


def test_the_persons_who_speak_about_the_kind_stay(kinds):
    assert kinds.mention("cultivar", "Anan Srisuk")[3] == "PERSON"
    assert kinds.mention("larvae", "Achieng Odhiambo")[3] == "PERSON"


def test_the_shipped_table_lists_the_nouns_of_kinds(blank_nlp):
    table = NotActorTable.from_entries(read_table(pipeline_dir() / "not_actors.jsonl", NotActorEntry))
    doc = blank_nlp("Vervet monkeys and a Pink Boa snake , the Doi Saket variety , Vervet said")
    spans = [(0, 1), (4, 6), (9, 11), (13, 14)]
    assert [doc[start:end].text for start, end in spans] == ["Vervet", "Pink Boa", "Doi Saket", "Vervet"]
    # the name is a kind wherever the document writes it; a name before 'said' alone would not be
    assert names_of_things(doc, spans, table.modified_nouns) == {"Vervet", "Pink Boa", "Doi Saket"}
    assert names_of_things(doc, [(13, 14)], table.modified_nouns) == frozenset()
