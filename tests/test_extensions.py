"""The `._` attributes: registered once, and never in a name another spaCy library takes with force."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimspan.extensions import DOC_EXTENSIONS, register_extensions


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
