"""Speech acts found on PolNeAR train in round eleven (GUIDELINES R230-R231): a naming verb whose name the parser
hangs somewhere unusual, and "refer to X as Y". Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.claims.cues import CueTable
from claimspan.loader import pipeline_dir
from claimspan.tables import CueEntry, read_table


@pytest.fixture(scope="module")
def cue_table():
    return CueTable.from_entries(read_table(pipeline_dir() / "cues.jsonl", CueEntry))


def _parsed(blank_nlp, words, heads, deps, tags, pos):
    return Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


@pytest.mark.parametrize(
    "words, heads, deps, tags, pos, verb, expected",
    [
        # R230: the quoted name read as the object, the thing named as its modifier before the opening mark
        (
            "Okafor called Hill “ The Builder of Leeds . ”".split(),
            [1, 1, 5, 5, 5, 1, 5, 6, 1, 1],
            ["nsubj", "ROOT", "nmod", "punct", "det", "dobj", "prep", "pobj", "punct", "punct"],
            ["NNP", "VBD", "NNP", "``", "DT", "NNP", "IN", "NNP", ".", "''"],
            ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PUNCT"],
            1,
            True,
        ),
        # ... the thing named read as an open complement that holds the name
        (
            "They met , with Hill calling Okafor his mentor .".split(),
            [1, 1, 1, 1, 5, 3, 5, 8, 6, 1],
            ["nsubj", "ROOT", "punct", "prep", "nsubj", "pcomp", "xcomp", "poss", "dobj", "punct"],
            ["PRP", "VBD", ",", "IN", "NNP", "VBG", "NNP", "PRP$", "NN", "."],
            ["PRON", "VERB", "PUNCT", "ADP", "PROPN", "VERB", "PROPN", "PRON", "NOUN", "PUNCT"],
            5,
            True,
        ),
        # ... the thing named read as the subject of the name
        (
            "Hill calls Okafor unqualified .".split(),
            [1, 1, 3, 1, 1],
            ["nsubj", "ROOT", "nsubj", "oprd", "punct"],
            ["NNP", "VBZ", "NNP", "JJ", "."],
            ["PROPN", "VERB", "PROPN", "ADJ", "PUNCT"],
            1,
            True,
        ),
        # a naming participle without a subject of its own names nothing anyone said
        (
            "The group called Friends of Leeds met .".split(),
            [1, 6, 1, 2, 3, 4, 6, 6],
            ["det", "nsubj", "acl", "oprd", "prep", "pobj", "ROOT", "punct"],
            ["DT", "NN", "VBN", "NNPS", "IN", "NNP", "VBD", "."],
            ["DET", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"],
            2,
            False,
        ),
        # R231: "refer to X as Y", and the participle right after its noun and a comma, which names nothing
        (
            "Okafor referred to Hill as the builder .".split(),
            [1, 1, 1, 2, 1, 6, 4, 1],
            ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
            ["NNP", "VBD", "IN", "NNP", "IN", "DT", "NN", "."],
            ["PROPN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
            1,
            True,
        ),
        (
            "Kyle , referred to as the builder , left early .".split(),
            [2, 0, 2, 2, 2, 6, 4, 2, 2, 8, 2],
            ["nsubj", "punct", "ROOT", "prep", "prep", "det", "pobj", "punct", "conj", "advmod", "punct"],
            ["NNP", ",", "VBD", "IN", "IN", "DT", "NN", ",", "VBD", "RB", "."],
            ["PROPN", "PUNCT", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"],
            2,
            False,
        ),
    ],
)
def test_naming_verb_parses(blank_nlp, cue_table, words, heads, deps, tags, pos, verb, expected):
    doc = _parsed(blank_nlp, words, heads, deps, tags, pos)
    # a blank pipeline has no lemmatizer
    doc[verb].lemma_ = {"called": "call", "calling": "call", "calls": "call", "referred": "refer"}[words[verb]]
    assert cue_table.is_cue_verb(doc[verb]) is expected


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R231: "refer to X as Y" names as "describe X as Y" does
        ("Okafor referred to the mayor as “the builder” in a speech on Monday.", "Okafor referred", ("Okafor", "referred")),
        ("The minister refers to the new bridge as a gift to the city.", "The minister", ("The minister", "refers")),
    ],
)
def test_naming_verb_with_its_name(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # R231: a passive names its subject in the writer's sentence (R117); "refer to" without "as" names nothing
        "Such raids are often referred to by the council as routine checks.",
        "The mayor Okafor was referring to is a native of Leeds.",
    ],
)
def test_refer_without_a_report(claims_of, text):
    assert all(record.source is None for record in claims_of(text))


@pytest.mark.parametrize(
    "text, fragment",
    [
        # a naming participle without a subject names nothing anyone said (R230, R231)
        ("The group called Friends of the Bridge met on Monday.", "The group"),
        ("His jet, often referred to as the flying palace, landed in Leeds on Monday.", "His jet"),
        # "refer to" without "as" names nothing
        ("The mayor Okafor was referring to is a native of Leeds.", "The mayor"),
        # "call" without a name
        ("Okafor called a meeting with the council.", "Okafor"),
        ("The mayor called the meeting to order.", "The mayor"),
    ],
)
def test_naming_verb_without_a_name(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


def test_perfect_in_a_who_clause_is_a_nested_claim(claims_of):
    # R232: "who has criticized" reports as "who criticized" does (R135)
    records = claims_of("The speech opened the mayor up to attacks by Okafor, who has criticized the toll.")
    nested = [(record.text, record.source.text, record.source.cue.text) for record in records if record.source is not None]
    assert nested == [("who has criticized the toll", "who", "has criticized")]


@pytest.mark.parametrize(
    "text",
    [
        # a passive reports nothing of its subject
        "The speech opened the mayor up to attacks by Okafor, who has been criticized by the council.",
        # a perfect outside a "who" clause stays inside its claim
        "The toll, which Okafor has criticized, opened on Monday.",
    ],
)
def test_other_perfects_stay_inside_their_claim(claims_of, text):
    assert [record.source for record in claims_of(text)] == [None]


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R233: "push back" without an object answers a charge
        ("The mayor pushed back on those charges on Monday.", "The mayor", ("The mayor", "pushed back")),
        ("The council pushed back against the claims on Monday.", "The council", ("The council", "pushed back")),
        # "call upon" directs as "call on" does
        ("Okafor called upon the council to reopen the bridge.", "Okafor", ("Okafor", "called upon")),
        # "pushed back" a thing moves it; "hit someone back" still answers
        ("The crowd pushed back the barriers.", "The crowd", None),
        ("The mayor hit Okafor back on Monday.", "The mayor", ("The mayor", "hit")),
    ],
)
def test_push_back_and_call_upon(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker

