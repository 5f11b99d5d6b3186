"""Entity parts of the actor stage cut at line breaks (GUIDELINES R77), on hand-built Docs."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimspan.components.actors.actor_spans import trimmed_parts


def _parts(vocab, words, spaces, start, end):
    doc = Doc(vocab, words=words, spaces=spaces)
    return [doc[a:b].text for a, b in trimmed_parts(Span(doc, start, end, label="PERSON"))]


def test_actor_spans_line_break_ends_a_name(blank_nlp):
    words = ["said", "Elmer", "Ortega", "\n\n", "Bitlabs", "grew", "."]
    spaces = [True, True, False, False, True, False, False]
    assert _parts(blank_nlp.vocab, words, spaces, 1, 5) == ["Elmer Ortega", "Bitlabs"]


def test_actor_spans_trailing_break_is_left_out(blank_nlp):
    words = ["explains", "Lubega", "\n\n", "The", "larvae", "grow", "."]
    spaces = [True, False, False, True, True, False, False]
    assert _parts(blank_nlp.vocab, words, spaces, 1, 3) == ["Lubega"]


def test_actor_spans_name_on_one_line_is_whole(blank_nlp):
    words = ["said", "Elmer", "Ortega", "of", "Bitlabs", "."]
    spaces = [True, True, True, True, False, False]
    assert _parts(blank_nlp.vocab, words, spaces, 1, 5) == ["Elmer Ortega of Bitlabs"]
