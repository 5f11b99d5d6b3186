"""Speech attribution classes found missing on PolNeAR train in round five (GUIDELINES R115-R120), on
sentences written for these tests."""

import pytest
from spacy.tokens import Doc

from claimspan.components.claims.cues import content_head


@pytest.mark.parametrize(
    "text, fragment",
    [
        # R115: a verbless colon headline, and one the parser heads with the speaker's name
        ("Okafor: No outside pressure on the bridge inquiry.\n\nThe mayor spoke on Tuesday in Leeds.", "bridge inquiry"),
        ("Mayor Okafor: Bridge Repairs Will Cost The City Millions.\n\nThe mayor spoke on Tuesday in Leeds.", "Millions"),
    ],
)
def test_colon_headline_whatever_its_head(claims_of, text, fragment, source_of):
    source = source_of(claims_of(text), fragment)
    assert source is not None and source[1] == ":" and "Okafor" in source[0]


def test_colon_headline_label_is_no_speaker(claims_of, source_of):
    text = "Update: No outside pressure on the bridge inquiry.\n\nThe mayor spoke on Tuesday in Leeds."
    assert source_of(claims_of(text), "bridge inquiry") is None


def test_transcript_labels_name_their_speaker(claims_of, source_of):
    text = (
        "The mayor gave an interview on Monday.\n\n"
        "HOLLIS: Do you think the bridge will reopen?\n\n"
        "OKAFOR: Well, the repairs will take another year.\n\n"
        "HOLLIS: And the cost?\n\n"
        "OKAFOR: The city has set aside four million pounds."
    )
    records = claims_of(text)
    assert source_of(records, "repairs will take") == ("OKAFOR", ":")
    assert source_of(records, "four million") == ("OKAFOR", ":")


def test_transcript_label_needs_a_repeated_name(claims_of, source_of):
    # a label that opens one line only is no transcript
    text = "The mayor gave an interview on Monday.\n\nOKAFOR: Well, the repairs will take another year."
    assert source_of(claims_of(text), "repairs will take") is None


def test_active_verb_after_a_passive_one_keeps_the_subject(claims_of, source_of):
    text = "By noon, the mayor was forced to apologise and said that his words had been misread."
    assert source_of(claims_of(text), "misread") == ("the mayor", "said")


@pytest.mark.parametrize(
    "text, expected",
    [
        # R118: the splitter cut "“...!” Okafor said." in two; the quotation is what Okafor said
        ("The council met on Monday. “The bridge will reopen in May after the repairs are finished!” Okafor said. The meeting ended at noon.", ("Okafor", "said")),
        # not over a paragraph break, nor from a speaker who says nothing
        ("The council met on Monday. “The bridge will reopen in May after the repairs are finished!”\n\nOkafor said. The meeting ended.", None),
        ("The council met on Monday. “The bridge will reopen in May after the repairs are finished!” Okafor did not say.", None),
    ],
)
def test_speaker_in_the_sentence_after_a_quotation(claims_of, text, expected, source_of):
    assert source_of(claims_of(text), "bridge will reopen") == expected


def test_speaker_hung_on_an_opening_phrase_without_a_comma(claims_of, source_of):
    # R119: the parser makes "Tom Okafor" an apposition inside the opening phrase
    text = "Friday in Hull, while on the campaign bus for his sister, former mayor Tom Okafor said the bridge would reopen in May."
    assert source_of(claims_of(text), "bridge would reopen") == ("former mayor Tom Okafor", "said")


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # R120: a gerund with its own object after a speech verb is the reported clause
        ("The senator reported raising about 9 million dollars during the month.", "9 million", ("The senator", "reported")),
        ("The governor mentioned raising the minimum wage in her speech.", "minimum wage", ("The governor", "mentioned")),
        # going on doing something reports nothing
        ("The agency will continue screening people at the border.", "screening", None),
    ],
)
def test_gerund_after_a_speech_verb(claims_of, text, fragment, expected, source_of):
    assert source_of(claims_of(text), fragment) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # R117: a passive report names its source in the by-phrase
        ("The closure of the factory was first reported by the local newspaper.", ("the local newspaper", "was first reported")),
        # a judging act in the passive reports nothing of its subject; nor does a report denied
        ("The closure of the factory was criticized by the council.", None),
        ("The closure of the factory was not reported by the local newspaper.", None),
    ],
)
def test_passive_report_names_its_agent(claims_of, text, expected, source_of):
    assert source_of(claims_of(text), "closure of the factory") == expected


def test_speaker_after_a_dash_before_a_quotation(claims_of, source_of):
    # R115: a digest line "HEADING - Name: “quotation”"; the quotation's next sentence keeps the speaker (R45)
    text = "Turnout was high in the north.\n\nTURNOUT WAS HIGH IN THE NORTH - Michael Roe: “Turnout in the northern districts reached a record this year. The south could not keep pace.”"
    records = claims_of(text)
    assert source_of(records, "northern districts") == ("Michael Roe", ":")
    assert source_of(records, "south could not") == ("Michael Roe", ":")
    assert source_of(claims_of("POLLS WERE RIGHT - More from Roe: “The polls ended too early in the south.”"), "polls ended") == ("Roe", ":")


@pytest.mark.parametrize(
    "words, heads, deps, pos, expected",
    [
        # the parser heads "she was appalled" with an adjective: its own subject and auxiliary make it a clause
        (["He", "said", "she", "was", "appalled", "."], [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "punct"], ["PRON", "VERB", "PRON", "AUX", "ADJ", "PUNCT"], "appalled"),
        # an adjective alone is no clause
        (["He", "said", "appalled", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "ccomp", "punct"], ["PRON", "VERB", "ADJ", "PUNCT"], None),
    ],
)
def test_content_head_with_an_adjective_head(blank_nlp, words, heads, deps, pos, expected):
    doc = Doc(blank_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = content_head(doc[1])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    "text, fragment, expected",
    [
        # R118: the parser hung "Okafor said" under a verb of the quotation; the speaker still reports it
        ("Well, we know what happens to cities that tried that in earlier decades, like Leeds in the sixties, or York in the nineties,” Okafor said.", "cities that tried", ("Okafor", "said")),
        # a relative pronoun after a quoted title is no speaker; the proposal is hers (R209)
        ('She has proposed naming a "chief water inspector" who reports directly to the governor.', "water inspector", ("She", "has proposed")),
    ],
)
def test_speaker_hung_inside_the_quotation_before_it(claims_of, text, fragment, expected, source_of):
    assert source_of(claims_of(text), fragment) == expected


def test_speaker_the_parser_gave_to_a_relative_clause(claims_of, source_of):
    # R119: "rabbi helping ..." is read as the cue's complement, with the speaker as its subject
    text = "Ruth Klein, a Leeds rabbi helping to lead the protest, said he and other rabbis were worried about the mayor."
    source = source_of(claims_of(text), "were worried")
    assert source is not None and source[0].startswith("Ruth Klein") and source[1] == "said"


def test_name_after_the_cue_keeps_its_apposition(claims_of, source_of):
    # R119: the parser makes "Sam Pike" the subject of "told"; the name after "said" is still the speaker
    text = "We should block that scheme,” said Sam Pike, a senior member of the board, told reporters last week."
    assert source_of(claims_of(text), "block that scheme") == ("Sam Pike, a senior member of the board", "said")
