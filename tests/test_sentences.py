"""Sentence starts on news text: abbreviations, initials, quotes, line breaks, wire-copy spacing."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He met J. Smith in the U.S. on Dec. 4 and left. Then he went home.", ["He met J. Smith in the U.S. on Dec. 4 and left.", "Then he went home."]),
        ("Then he said: “We are done.” Nothing else happened.", ["Then he said: “We are done.”", "Nothing else happened."]),
        ("Troops Leave Town\nThe army withdrew on Monday.", ["Troops Leave Town", "The army withdrew on Monday."]),
        ("- Talks resumed\n- Trade fell sharply\nThe envoy left.", ["- Talks resumed", "- Trade fell sharply", "The envoy left."]),
        ("The attack was condemned.   \"We will respond,\" said Col. Ahmed Khan, a spokesman.", ["The attack was condemned.", "\"We will respond,\" said Col. Ahmed Khan, a spokesman."]),
        ("KABUL, Afghanistan (Sept. 1) - A security force detained three insurgents.", ["KABUL, Afghanistan (Sept. 1) -", "A security force detained three insurgents."]),
        ("Attack Kills Four\nNAIROBI, Kenya (AP) _ Suspected bombs exploded on Friday.", ["Attack Kills Four", "NAIROBI, Kenya (AP) _", "Suspected bombs exploded on Friday."]),
        ("He said the trade was wrong ...] and we are looking into it.", ["He said the trade was wrong ...] and we are looking into it."]),
        ("Talks in Doha (the third round) - and more - went on.", ["Talks in Doha (the third round) - and more - went on."]),
        ("For Immediate Release\u2028Download PDF \u2028\u2028\xa0KABUL, Afghanistan (Sept. 8) - Forces came under fire.", ["For Immediate Release", "Download PDF", "KABUL, Afghanistan (Sept. 8) -", "Forces came under fire."]),
    ],
    ids=["initials-abbreviations", "closing-quote", "headline-line", "bullets", "wire-spacing-quote", "dateline", "dateline-agency", "lower-case-continues", "bracket-dash-mid-sentence", "unicode-line-separator"],
)
def test_sentences_news_text(process, text, expected):
    doc = process(text)
    assert [sent.text.strip() for sent in doc.sents if sent.text.strip()] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor announced the ban on X. He gave no reason.", ["The mayor announced the ban on X.", "He gave no reason."]),
        ("Most people lack vitamin C. It is found in fruit.", ["Most people lack vitamin C.", "It is found in fruit."]),
        ("The fighters retreated to hill X. The army said it had won.", ["The fighters retreated to hill X.", "The army said it had won."]),
        ("The talks with J. Christopher Stevens went well.", ["The talks with J. Christopher Stevens went well."]),
        ("The deal was praised by R. Gil Kerr, the chairman.", ["The deal was praised by R. Gil Kerr, the chairman."]),
        ("The fund was set up by George W. Bush in 2003.", ["The fund was set up by George W. Bush in 2003."]),
    ],
    ids=["on-letter-pronoun", "vitamin-letter-pronoun", "hill-letter-determiner", "with-initial-name", "by-initial-name", "middle-initial"],
)
def test_sentences_letter_after_lower_case_word(process, text, expected):
    # R330: a capital letter and full stop after a lower-case word may end a sentence; the parser decides
    doc = process(text)
    assert [sent.text.strip() for sent in doc.sents if sent.text.strip()] == expected
