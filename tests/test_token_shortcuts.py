"""The shortcuts the stages take instead of spaCy's costlier calls give what those calls give (no output changes)."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimspan.components.claims import asked_quotations
from claimspan.components.claims.token_attrs import token_attrs
from claimspan.extensions import char_span, sentence_starts, token_span

# "Port Vela ,\n\nsaid Mara Quint ." with the spaces written out: 0 Port, 1 Vela, 2 ",", 3 "\n\n", 4 said, 5 Mara, 6 Quint, 7 "."
WORDS = ["Port", "Vela", ",", "\n\n", "said", "Mara", "Quint", "."]
SPACES = [True, False, False, False, True, True, False, False]


@pytest.mark.parametrize(
    "start, end",
    [(0, 2), (1, 5), (0, 8), (4, 4), (8, 8), (6, 20), (-3, -1), (5, 2), (9, 12), (-20, 3)],
    ids=["two-words", "across-a-break", "whole-doc", "empty", "empty-at-the-end", "end-past-the-doc", "negative", "reversed", "start-past-the-doc", "start-before-the-doc"],
)
def test_token_span_is_the_slice(start, end):
    """token_span(doc, start, end) is the Span doc[start:end] gives, for any indices a slice takes."""
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES)
    span, sliced = token_span(doc, start, end), doc[start:end]
    assert (span.start, span.end, span.start_char, span.end_char, span.text, span.label) == (sliced.start, sliced.end, sliced.start_char, sliced.end_char, sliced.text, sliced.label)


SENTENCE_TEXTS = [
    "The council met on Monday. It voted to close the bridge.\n\nThe mayor said the vote was wrong. Residents agreed.",
    "\n\nA line that opens with a break.  Two spaces before this one. “Is it closed?” Okafor asked. “It is.”",
    "One sentence only",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS, ids=["paragraphs", "leading-break-and-quotes", "one-sentence"])
def test_sentence_starts_are_token_sent_starts(process, text):
    """sentence_starts(doc)[i] is doc[i].sent.start for every token, whitespace tokens included."""
    doc = process(text, published="2025-01-06")
    assert sentence_starts(doc) == [token.sent.start for token in doc]


ASKER_TEXTS = [
    "“Will the bridge reopen?” the treasurer asked. “The council has not paid for it.”",
    "The mayor spoke on Monday. “Is that not a bribe?” Okafor asked. “I think it is.”",
    "``Will the bridge reopen?'' the treasurer asked. ``The council has not paid for it.''",
    '"Will the bridge reopen?" Okafor asked reporters. "The council has not paid for it."',
    "The treasurer asked about the bridge. It stays closed. Nobody asked.",
    "“The bridge is closed.” Okafor asked. “The count was wrong.”",
]


@pytest.mark.parametrize("text", ASKER_TEXTS, ids=["curly", "after-a-sentence", "latex-quotes", "straight-with-object", "no-quotation", "statement-not-question"])
def test_asker_text_test_rules_out_only_what_the_token_test_rejects(process, monkeypatch, text):
    """R410's asker test gives the same answer on every sentence with its text-only first test as without it."""
    doc = process(text, published="2025-01-06")
    sentences = list(doc.sents)
    pairs = list(zip(sentences, [None, *sentences[:-1]]))
    quick = [asked_quotations.asker_after_question(sent, before) for sent, before in pairs]
    monkeypatch.setattr(asked_quotations, "_may_close_a_question", lambda sent, before: True)
    full = [asked_quotations.asker_after_question(sent, before) for sent, before in pairs]
    assert [_plain(found) for found in quick] == [_plain(found) for found in full]


def _plain(found):
    return None if found is None else (found[0].i, found[1].start, found[1].end, found[2])


@pytest.mark.parametrize("mode", ["strict", "expand"])
@pytest.mark.parametrize(
    "start, end",
    [(0, 9), (5, 9), (0, 4), (2, 9), (0, 3), (5, 16), (4, 5), (9, 11), (10, 17), (17, 23), (17, 24), (24, 28), (3, 3), (9, 5), (0, 40)],
    ids=["two-words", "one-word", "first-word", "inside-a-word", "ending-inside", "across-a-break", "a-space", "comma-and-break", "said", "a-name", "name-and-stop", "past-the-end", "empty", "reversed", "whole-and-more"],
)
def test_char_span_is_doc_char_span(start, end, mode):
    """char_span(doc, start, end) gives what doc.char_span gives, aligned or not, in both alignment modes the stages use."""
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES)
    assert _outcome(lambda: char_span(doc, start, end, alignment_mode=mode)) == _outcome(lambda: doc.char_span(start, end, alignment_mode=mode))


def _outcome(find):
    """(start, end, label) of the span found, None, or the error raised (reversed offsets in expand mode raise E035)."""
    try:
        span = find()
    except IndexError as error:
        return type(error).__name__
    return None if span is None else (span.start, span.end, span.label)


CUE_TEXTS = [
    "The treasurer said the bridge was closed, and the mayor claimed that nobody had paid for it.",
    "Officials, who insisted the count was wrong, called for a recount as the council argued it had not voted.",
    "“It stays shut,” Okafor told reporters on Monday, adding that repairs would take a year.",
]


@pytest.mark.parametrize("text", CUE_TEXTS, ids=["coordinated-reports", "relative-and-adverbial", "quotation-and-participle"])
def test_kept_cue_verb_answers_are_the_computed_ones(nlp, process, text):
    """is_cue_verb, asked twice about every word (its answers kept per Doc), says what the uncached test says."""
    cues = nlp.get_pipe("claimspan_claims").cues
    doc = process(text, published="2025-01-06")
    computed = [cues._is_cue_verb(token) for token in doc]
    assert [cues.is_cue_verb(token) for token in doc] == computed
    assert [cues.is_cue_verb(token) for token in doc] == computed
    assert any(computed)


def test_space_column_is_token_is_space(process):
    """token_attrs(doc).is_space[i] is doc[i].is_space, the whitespace tokens between paragraphs included."""
    doc = process("The mayor  said:\n\n“Is it closed?” Okafor asked.\n\n\nResidents agreed. ", published="2025-01-06")
    assert token_attrs(doc).is_space == [token.is_space for token in doc]
    assert any(token_attrs(doc).is_space)
