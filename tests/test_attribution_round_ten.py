"""Speech attributions found on PolNeAR train in round ten (GUIDELINES R199-R203): an as-clause report the splitter
cut off, a quotation closed by an inverted speaker the parser read as something else, a speaker after the closing
mark who replaces a source carried over from before the quotation, and a participle cue whose quotation follows
whom it addresses. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimspan.components.claims.cues import _after_comma


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R199: "As X reported," opens the sentence, the main clause is the report
        ('As The Leeds Gazette reported, the comedian "gave between $500 and $2,500" to the senator.', "the comedian", ("The Leeds Gazette", "reported")),
        # ... or closes it, with a time
        ('The comedian "gave between $500 and $2,500" to the senator, as the Leeds Gazette reported on Monday.', "The comedian", ("the Leeds Gazette", "reported")),
        # ... with a quotation that runs on into the next sentence
        ('As Jane Roe said last week in Leeds, "The city is the centre of the digital future. Technology here improves tenfold every five years."', "Technology here", ("Jane Roe", "said")),
    ],
)
def test_as_clause_report_cut_off_by_the_splitter(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment",
    [
        # an as-clause verb with an object or a purpose of its own is an event, no report of the clause
        ('The comedian "gave between $500 and $2,500" to the senator, as voters responded to the new advertisements.', "The comedian"),
        ('The comedian "gave between $500 and $2,500" to the senator, as the council continued to debate the budget.', "The comedian"),
    ],
)
def test_as_clause_event_reports_nothing(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


def test_inverted_speaker_after_a_quotation_read_as_its_subject(claims_of, source_of):
    # R200: the parser makes "amendment" the subject of "said"; Okafor, after the verb, is the speaker
    text = 'Okafor blasted Hill for his role in the bill.\n"She rejected every single one of those. Every single proposal," said Okafor, who had drafted several of those clauses.'
    records = claims_of(text)
    assert source_of(records, "Every single proposal") == ("Okafor, who had drafted several of those clauses", "said")
    # R201: the quotation's first sentence is Okafor's by the closing speaker, not by the cue "blasted" before it
    assert source_of(records, "She rejected") == ("Okafor, who had drafted several of those clauses", "said")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R201: the speaker after the quotation, in a sentence of its own after a question
        ("Hill rejected that idea.\n\"We know that the mayor shouldn't be given the keys. We know she can't be relied on. Are you comparing that with what might be in his accounts?\" Hill said.", "We know she", ("Hill", "said")),
        # ... in the sentence that closes the quotation
        ("Critics said the tweet was offensive.\n\"Just saw the mayor's tweet. I'm amazed at how he manages to offend literally everyone,\" screenwriter Tom Hill wrote on Twitter.", "Just saw", ("screenwriter Tom Hill", "wrote")),
    ],
)
def test_closing_speaker_replaces_a_carried_source(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_announced_speaker_keeps_the_quotation(claims_of, source_of):
    # no speaker closes the quotation: the one who announced it keeps it (R45)
    records = claims_of('The mayor said: "We will win. The voters know it."')
    assert source_of(records, "The voters know it") == ("The mayor", "said")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R202: the inverted speaker read as the object of "posted"
        ('"Sorry Maria, you should have refused, because I know you can deal with it really well!!" posted Dana Holt.', "Sorry Maria", ("Dana Holt", "posted")),
        # whom the quotation was told is no other content
        ('"We will win. The voters know it," the mayor told Reuters.', "We will win", ("the mayor", "told")),
    ],
)
def test_quotation_closed_by_its_speaker_in_one_sentence(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R203: a participle cue, whom it addresses, a comma or a colon, the quotation
        ('The mayor seemed ready to joke about the storm, telling the crowd, "Some of you got a little wet."', "Some of you", ("The mayor", "telling")),
        ('The mayor celebrated in Leeds, telling supporters on Monday: "This is another great day for our city."', "another great day", ("The mayor", "telling")),
        # the parser makes the quotation's verb the sentence's head: the speaker is still the subject before it
        ('In line with most voters, Senator Tom Roe was also critical of the mayor\'s stance, telling the Leeds Gazette: "The mayor\'s words today are typical of his council."', "typical of his council", ("Senator Tom Roe", "telling")),
    ],
)
def test_quotation_after_the_addressee(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_quoted_name_after_the_addressee_is_no_quotation(claims_of, source_of):
    # no comma or colon before the mark: a quoted name, not what was said
    text = 'The mayor visited the school, telling the pupils about the "bridge of dreams" project.'
    assert source_of(claims_of(text), "bridge of dreams") is None


def _parsed(blank_nlp, words, heads, deps, tags, pos):
    return Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


@pytest.mark.parametrize(
    "words, heads, deps, tags, pos, expected",
    [
        # R204: "Those" read as the object of "said": an object before the verb is the fronted content
        (
            "Those who take on debt struggle , he said .".split(),
            [8, 2, 0, 2, 5, 2, 8, 8, 8, 8],
            ["dobj", "nsubj", "relcl", "prt", "compound", "dobj", "punct", "nsubj", "ROOT", "punct"],
            ["DT", "WP", "VBP", "RP", "NN", "NN", ",", "PRP", "VBD", "."],
            ["DET", "PRON", "VERB", "ADP", "NOUN", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"],
            True,
        ),
        # an object after the verb is content of its own ("he said it")
        (
            "Those who borrow struggle , he said it .".split(),
            [6, 2, 0, 2, 6, 6, 6, 6, 6],
            ["dep", "nsubj", "relcl", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
            ["DT", "WP", "VBP", "NN", ",", "PRP", "VBD", "PRP", "."],
            ["DET", "PRON", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT"],
            False,
        ),
    ],
    ids=["fronted-object", "object-after"],
)
def test_fronted_content_read_as_the_object_of_say(blank_nlp, words, heads, deps, tags, pos, expected):
    doc = _parsed(blank_nlp, words, heads, deps, tags, pos)
    said = next(token for token in doc if token.text == "said")
    assert _after_comma(said) is expected


def test_fronted_content_read_as_a_second_subject(claims_of, source_of):
    # R205 for "..., the dean said": the content before the comma read as a second subject of "said"
    text = "Many who take on heavy debt struggle for years, the dean said."
    assert source_of(claims_of(text), "heavy debt") == ("the dean", "said")


def test_two_subjects_the_one_next_to_the_verb_follows_the_quotation(claims_of, source_of):
    # R205: the quotation's noun read as a second subject of "said"
    text = '"Well, look, he is plainly capable, right? Plainly a careful person, capable person," campaign director Tom Okafor said Friday in an interview with the Gazette.'
    assert source_of(claims_of(text), "Plainly a careful person") == ("campaign director Tom Okafor", "said")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R206: a title the parser reads as a verb strands the name before the cue
        ("Critics said the tweet was offensive.\n\n\"Just read the mayor's harbour speech. I'm amazed by his talent for finding a way to offend nearly every group of voters in town,\" screenwriter Ada Brook wrote on Twitter.", "amazed by his talent", ("screenwriter Ada Brook", "wrote")),
        # ... or an apposition read as the object of the quotation's verb, with a long time clause after the cue
        ('"Is the mayor going to finally mention the bridge? If she doesn\'t she should immediately resign in disgrace!" her rival, Tom Roe, tweeted Sunday after a storm in Leeds left 49 people without power.', "resign in disgrace", ("her rival, Tom Roe", "tweeted")),
    ],
)
def test_speaker_stranded_after_the_closing_mark(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_clause_after_the_closing_speaker_is_the_writers(claims_of, source_of):
    records = claims_of('"We will win," Roe said, and the crowd cheered.')
    assert source_of(records, "We will win") == ("Roe", "said")
    assert source_of(records, "the crowd cheered") is None


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R205: the trailing speaker's verb read as coordinated with the clause's verb
        ("Despite a run of painful losses on Sunday night, Senator Tom Hill remains determined to carry the race on to the final vote, his chief adviser, Tad Roe, told the Gazette.", "remains determined", ("his chief adviser, Tad Roe", "told")),
        # a joining word makes it no trailing speaker
        ("The mayor resigned, and officials said.", "The mayor resigned", None),
    ],
)
def test_trailing_speaker_read_as_a_coordinated_verb(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


@pytest.mark.parametrize(
    "text, fragments, speaker",
    [
        # R199: "according to X" after the last part of a sentence the splitter cut, in none of the parts
        (
            "Judge Hill stayed the strictest voice on the panel this year, while Judge Roe passed Judge Okafor as the most lenient one, according to a study by a law lecturer at the University of Leeds.",
            ["Judge Hill stayed"],
            ("a study by a law lecturer at the University of Leeds", "according to"),
        ),
        (
            "The council staff chose to take another route and the address the mayor gave Tuesday evening had little in common with the first draft, according to a senior council aide who was there.",
            ["chose to take", "had little in common"],
            ("a senior council aide", "according to"),
        ),
    ],
)
def test_closing_according_to_reports_every_part(claims_of, source_of, text, fragments, speaker):
    records = claims_of(text)
    for fragment in fragments:
        assert source_of(records, fragment) == speaker


def test_closing_citing_names_no_source(claims_of, source_of):
    # "citing" gives a reason, not a source (R137)
    assert source_of(claims_of("The mayor resigned on Monday, citing the delays on the bridge."), "The mayor resigned") is None
