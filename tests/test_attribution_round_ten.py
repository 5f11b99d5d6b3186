"""Speech attributions found on PolNeAR train in round ten (GUIDELINES R199-R203): an as-clause report the splitter
cut off, a quotation closed by an inverted speaker the parser read as something else, a speaker after the closing
mark who replaces a source carried over from before the quotation, and a participle cue whose quotation follows
whom it addresses. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R199: "As X reported," opens the sentence, the main clause is the report
        ('As The Daily Caller reported, the comedian "gave between $1,001 and $5,000" to the mayor.', "the comedian", ("The Daily Caller", "reported")),
        # ... or closes it, with a time
        ('The comedian "gave between $1,001 and $5,000" to the mayor, as the Daily Caller reported on Monday.', "The comedian", ("the Daily Caller", "reported")),
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
        ('The comedian "gave between $1,001 and $5,000" to the mayor, as voters responded to the new advertisements.', "The comedian"),
        ('The comedian "gave between $1,001 and $5,000" to the mayor, as the council continued to debate the budget.', "The comedian"),
    ],
)
def test_as_clause_event_reports_nothing(claims_of, source_of, text, fragment):
    assert source_of(claims_of(text), fragment) is None


def test_inverted_speaker_after_a_quotation_read_as_its_subject(claims_of, source_of):
    # R200: the parser makes "amendment" the subject of "said"; Okafor, after the verb, is the speaker
    text = 'Okafor blasted Hill for his role in the bill.\n"He opposed every single one of them. Every single amendment," said Okafor, who had introduced some of those amendments.'
    records = claims_of(text)
    assert source_of(records, "Every single amendment") == ("Okafor, who had introduced some of those amendments", "said")
    # R201: the quotation's first sentence is Okafor's by the closing speaker, not by the cue "blasted" before it
    assert source_of(records, "He opposed") == ("Okafor, who had introduced some of those amendments", "said")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # R201: the speaker after the quotation, in a sentence of its own after a question
        ("Hill rejected that idea.\n\"We know that the mayor shouldn't be trusted with secrets. We know she can't be trusted. Are you equating that with what could be in his taxes?\" Hill said.", "We know she", ("Hill", "said")),
        # ... in the sentence that closes the quotation
        ("Critics said the tweet was offensive.\n\"Just saw the mayor's tweet. I'm impressed by his ability to insult literally everyone,\" screenwriter Tom Hill wrote on Twitter.", "Just saw", ("screenwriter Tom Hill", "wrote")),
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
        ('"Sorry Sarah, you should have said no, because I know you can handle it very well!!" posted Sharon Geyer.', "Sorry Sarah", ("Sharon Geyer", "posted")),
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
        ('In line with most voters, Senator Tom Roe was also critical of the mayor\'s stance, telling the Leeds Gazette: "The mayor\'s comments today are typical of his administration."', "typical of his administration", ("Senator Tom Roe", "telling")),
    ],
)
def test_quotation_after_the_addressee(claims_of, source_of, text, fragment, speaker):
    assert source_of(claims_of(text), fragment) == speaker


def test_quoted_name_after_the_addressee_is_no_quotation(claims_of, source_of):
    # no comma or colon before the mark: a quoted name, not what was said
    text = 'The mayor visited the school, telling the pupils about the "bridge of dreams" project.'
    assert source_of(claims_of(text), "bridge of dreams") is None
