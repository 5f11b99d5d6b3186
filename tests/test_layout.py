"""Layout independence: the same sentences give the same results after a space, a line break or a paragraph break."""

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimspan.evaluation.layout import LAYOUTS, check_layout, comparable_runs, is_comparable, layout_documents, relative_results
from claimspan.io import read_documents
from claimspan.records import InputDocument, SourceMeta
from claimspan.runner import extract

META = SourceMeta(published="2022-08-01")


def figures(nlp, text):
    (extraction,) = extract(nlp, [InputDocument(id="layout", text=text, meta=META)])
    return [(figure.text, figure.value) for figure in extraction.document.figures]


@pytest.mark.parametrize("separator", [" ", "\n", "\n\n", "\r\n\r\n", " \n \n "], ids=["space", "line", "paragraph", "crlf", "spaced-breaks"])
def test_layout_issue_example_keeps_its_figures(nlp, separator):
    sentences = ["The army confirmed the attack.", "At least 16 soldiers were killed.", "More than 200 villagers fled."]
    assert figures(nlp, separator.join(sentences)) == [("At least 16", 16.0), ("More than 200", 200.0)]


def test_layout_model_reads_words_not_whitespace(nlp):
    one_line = nlp("The army confirmed the attack. At least 16 soldiers were killed.")
    paragraphs = nlp("\n\nThe army confirmed the attack.\n\nAt least 16 soldiers were killed.\n")
    words = [token for token in paragraphs if not token.is_space]
    assert [(token.text, token.tag_, token.dep_, token.head.text, token.ent_type_) for token in words] == [
        (token.text, token.tag_, token.dep_, token.head.text, token.ent_type_) for token in one_line
    ]
    spaces = [token for token in paragraphs if token.is_space]
    assert [(token.tag_, token.pos_, token.dep_) for token in spaces] == [("_SP", "SPACE", "dep")] * 3
    # whitespace stays with the sentence before it; leading whitespace with the first sentence
    assert [sent.text for sent in paragraphs.sents] == ["\n\nThe army confirmed the attack.\n\n", "At least 16 soldiers were killed.\n"]


def test_layout_keeps_the_tokenizer_norms(nlp):
    # the tokenizer gives "Sept." the norm "september", which the NER reads: the copy must keep it
    assert [ent.text for ent in nlp("\n\nKABUL, Afghanistan (Sept. 8) -").ents if ent.label_ == "DATE"] == [ent.text for ent in nlp("KABUL, Afghanistan (Sept. 8) -").ents if ent.label_ == "DATE"]


@pytest.mark.parametrize(
    "unit, comparable",
    [
        ("The army said so.", True),
        ("“We will stay,” he said.", True),
        ("He said: “We will stay. We will fight.”", True),
        ("Pakistan strikes TTP hideouts", False),
        ("“We will stay. We", False),
        ("The army\nsaid so.", False),
        ("7 p.m.", False),
        ("He spoke in Henderson, Nev.", False),
        ("He works at Apple Inc.", False),
        ("― Steve Quinlan.", False),
        ("'Coal Isn't the Villain.'", False),
        ("iPhone sales rose.", True),
        ("They trade in wildlife economies…", False),
    ],
    ids=["plain", "balanced-quote", "two-sentence-quote", "headline", "open-quote", "line-break-inside", "ends-in-p.m.", "ends-in-state-abbreviation", "ends-in-known-abbreviation", "starts-with-a-dash", "title-case", "camel-case-start", "ellipsis"],
)
def test_layout_comparable_units(unit, comparable):
    assert is_comparable(unit) is comparable


def test_layout_runs_keep_quotations_whole_and_break_at_left_out_sentences():
    text = "Headline\nOne. He said: “Two. Three.” Four.\n“Open.\nFive."
    bounds = [(0, 8), (9, 13), (14, 28), (29, 36), (37, 42), (43, 49), (50, 55)]
    assert [text[start:end] for start, end in bounds] == ["Headline", "One.", "He said: “Two.", "Three.”", "Four.", "“Open.", "Five."]
    runs, left_out = comparable_runs(text, bounds)
    # "Five." follows a quotation left open at a paragraph's end: by news convention it is still quoted
    assert (runs, left_out) == ([["One.", "He said: “Two. Three.”", "Four."]], 3)


SUBJECTS = ["The army", "Pakistan", "Officials in Kabul", "The health ministry", "Prime Minister Shehbaz Sharif", "The United Nations", "Police", "The rebels"]
DATES = ["on Monday", "on 26/07/2022", "last week", "in late December", "on Dec 24", "two days later"]
FIGURES = ["At least 16 soldiers were killed", "More than 200 villagers fled", "About 3,000 people protested", "Between 60 and 90 fighters surrendered", "Twelve schools closed", "Nearly 40 percent of the budget was spent"]
TEMPLATES = [
    "{subject} confirmed the attack {date}.",
    "{figure}.",
    "{figure} {date}, {subject_lower} said.",
    "“{figure},” {subject_lower} said.",
    "According to {subject_lower}, {figure_lower} {date}.",
    "{subject} may resume talks {date}.",
    "{subject} did not comment.",
]


def _lower(text: str) -> str:
    """The phrase inside a sentence: lower case, except names."""
    return text if text.startswith(("Pakistan", "Prime")) else text[0].lower() + text[1:]


SENTENCES = st.builds(
    lambda template, subject, date, figure: template.format(subject=subject, subject_lower=_lower(subject), date=date, figure=figure, figure_lower=_lower(figure)),
    st.sampled_from(TEMPLATES),
    st.sampled_from(SUBJECTS),
    st.sampled_from(DATES),
    st.sampled_from(FIGURES),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentences=st.lists(SENTENCES, min_size=1, max_size=4))
def test_layout_property_generated_texts(nlp, sentences):
    variants = list(layout_documents("generated", sentences, META))
    results = {name: relative_results(extraction) for (name, _), extraction in zip(variants, extract(nlp, [document for _, document in variants]))}
    assert set(results) == set(LAYOUTS)
    for name, result in results.items():
        assert result == results["space"], name
    assert len(results["space"]["sentences"]) == len(sentences)


def test_layout_check_counts_a_difference(nlp, monkeypatch):
    """The check can fail: a stage that reads the whitespace before a sentence shows up as a difference."""
    from claimspan.components.figures import FigureFinder

    original = FigureFinder.find

    def find(self, doc):
        for span, quantity in original(self, doc):
            if span.start == 0 or not doc[span.start - 1].is_space:
                yield span, quantity

    monkeypatch.setattr(FigureFinder, "find", find)
    result = check_layout(nlp, [InputDocument(id="two", text="The army confirmed the attack. At least 16 soldiers were killed.", meta=META)])
    assert result["sentences_checked"] == 2
    # the claims may differ too: the check-worthiness score reads the sentence's figures
    assert {layout: differences["figures"] for layout, differences in result["differences"].items()} == {"crlf": 1, "line": 1, "mixed": 1, "paragraph": 1}


@pytest.mark.slow
def test_layout_property_on_every_corpus_sentence(nlp, corpus_dir):
    result = check_layout(nlp, read_documents([str(corpus_dir)]))
    assert result["sentences_checked"] > 100
    assert result["differences"] == {}, result["examples"]


# What the model's reading without whitespace tokens needed elsewhere (found on the gold corpus).


def test_layout_sentence_opening_surname_read_as_noun_is_the_person(process):
    doc = process("Airline chief Dermot Mannion spoke in Dublin.\nMannion said of the deal that it was good value.", published="2007-10-01")
    assert [(span.text, span.kb_id_) for span in doc.spans["actors"] if span.label_ == "PERSON"] == [("Dermot Mannion", "person:dermot-mannion"), ("Mannion", "person:dermot-mannion")]


@pytest.mark.parametrize("text", ["The A330s will be replaced by the new aircraft.", "The F-16s landed at the base.", "The B-52s flew over the sea."], ids=["airliners-as-org", "fighters-as-person", "bombers-as-person"])
def test_layout_model_numbers_in_the_plural_are_not_actors(process, text):
    assert [span.text for span in process(text, published="2007-10-01").spans["actors"]] == []


def test_layout_comitative_phrase_joins_the_source(process):
    doc = process("The debate went on for hours.\nKaufman, along with senator Mark Warner from Virginia, called on Congress to investigate the sell-offs.", published="2010-05-07")
    (claim,) = [span for span in doc.spans["claims"] if span.text.startswith("Kaufman")]
    assert claim._.claim_record["source"]["text"] == "Kaufman, along with senator Mark Warner from Virginia"


@pytest.mark.parametrize("separator", [" ", "\n"], ids=["space", "line"])
def test_layout_camel_case_word_can_start_a_sentence(process, separator):
    doc = process(separator.join(["Apple cut the price to $99.", "iPhone sales rose by 40 percent in June."]), published="2010-06-08")
    assert [sent.text.strip() for sent in doc.sents] == ["Apple cut the price to $99.", "iPhone sales rose by 40 percent in June."]


@pytest.mark.parametrize("separator", [" ", "\n"], ids=["space", "line"])
def test_layout_no_name_after_a_title_that_ends_the_sentence(process, separator):
    text = separator.join(["Shops were closed in honor of Martin Luther King.", "Monday's email announcement marked the third time he said so."])
    assert [span.text for span in process(text, published="2011-01-18").spans["actors"]] == ["Martin Luther King"]


def test_layout_surname_after_leading_line_break(process):
    text = "\nSanders: Clinton needs to change course.\nBernie Sanders offered some advice on Friday."
    assert ("Sanders", "person:bernie-sanders") in [(span.text, span.kb_id_) for span in process(text, published="2016-09-16").spans["actors"]]


def test_layout_tok2vec_vectors_come_back_with_zeros_for_whitespace(process):
    flat = process("Exports rose in May. Imports fell.", published="2024-06-01")
    broken = process("Exports rose in May.\n\nImports fell.", published="2024-06-01")
    # the copy the model reads has the same words either way, so each word keeps its vector
    assert broken.tensor.shape == (len(broken), flat.tensor.shape[1])
    space = [token.i for token in broken if token.is_space]
    assert space and not broken.tensor[space].any()
    words = [token.i for token in broken if not token.is_space]
    assert numpy.allclose(broken.tensor[words], flat.tensor[[token.i for token in flat if not token.is_space]], atol=1e-5)
