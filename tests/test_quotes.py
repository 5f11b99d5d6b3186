"""Direct-quotation finding: curly, straight and PTB marks, nesting, apostrophes, paragraphs."""

import pytest

from claimspan.quotes import find_quotes, quotes_in


def _texts(text):
    return [text[start:end] for start, end in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said “we will win” today.", ["“we will win”"]),
        ('He said "we will win" today.', ['"we will win"']),
        ("He said `` we will win '' today.", ["`` we will win ''"]),
        ("Pakistan’s policymakers assumed it.", []),
        ("The officials’ view was clear.", []),
        ("asking for time to ‘manage’ TTP", ["‘manage’"]),
        ("He said “we reject ‘conditional’ talks” and left.", ["“we reject ‘conditional’ talks”"]),
        ('"One," he said, "two."', ['"One,"', '"two."']),
        ("A “first\n“second” B", ["“first", "“second”"]),
        ("said `` a lot.\nAny time.\nThe end.'' Then", ["`` a lot.\nAny time.\nThe end.''"]),
        ("An open “quote with no end", ["“quote with no end"]),
    ],
    ids=["curly", "straight", "ptb", "apostrophe", "plural-apostrophe", "scare-quote", "nested", "two-straight",
         "paragraph-reopened", "paragraph-continued", "unclosed"],
)
def test_quotes_find(text, expected):
    assert _texts(text) == expected


def test_quotes_clipped_to_claim():
    quotes = [(10, 40)]
    assert list(quotes_in(quotes, 0, 20)) == [(10, 20)]
    assert list(quotes_in(quotes, 20, 50)) == [(20, 40)]
    assert list(quotes_in(quotes, 40, 50)) == []
