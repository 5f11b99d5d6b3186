"""The `._` attributes: registered once, and never in a name another spaCy library takes with force."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimspan.extensions import DOC_EXTENSIONS, register_extensions, tokens_text


def test_extensions_coexist_with_textacy():
    """textacy sets Doc._.meta with force=True on import; a claimspan attribute of that name would be
    replaced (losing the document metadata) or would refuse textacy with E203."""
    pytest.importorskip("textacy")
    import textacy  # noqa: F401

    register_extensions()
    assert "meta" not in DOC_EXTENSIONS
    doc = Doc(Vocab(), words=["Hello"])
    doc._.document_meta = {"author": "A. Writer"}
    assert doc._.document_meta == {"author": "A. Writer"}


# "Port Vela ,\n\nsaid Mara Quint ." with the spaces written out: 0 Port, 1 Vela, 2 ",", 3 "\n\n", 4 said, 5 Mara, 6 Quint, 7 "."
TOKENS_TEXT_WORDS = ["Port", "Vela", ",", "\n\n", "said", "Mara", "Quint", "."]
TOKENS_TEXT_SPACES = [True, False, False, False, True, True, False, False]


@pytest.mark.parametrize(
    "start, end, expected",
    [(0, 2, "Port Vela"), (1, 5, "Vela,\n\nsaid"), (5, 7, "Mara Quint"), (6, 20, "Quint."), (-3, -1, "Mara Quint"), (4, 4, ""), (5, 2, ""), (9, 12, "")],
    ids=["two-words", "across-a-break", "no-trailing-space", "end-past-the-doc", "negative", "empty", "reversed", "start-past-the-doc"],
)
def test_extensions_tokens_text_is_the_slice_text(start, end, expected):
    """tokens_text reads a token range's text as doc[start:end].text does, clipping indices as a slice does."""
    doc = Doc(Vocab(), words=TOKENS_TEXT_WORDS, spaces=TOKENS_TEXT_SPACES)
    assert tokens_text(doc, start, end) == expected == doc[start:end].text
