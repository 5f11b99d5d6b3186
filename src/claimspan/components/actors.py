"""claimspan_actors: PLACEHOLDER until the stage is written (writes an empty span group)."""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions


@Language.factory("claimspan_actors", assigns=["doc.spans"], default_config={})
def make_actors(nlp: Language, name: str):
    register_extensions()
    return _Placeholder(name)


class _Placeholder:
    def __init__(self, name: str) -> None:
        self.name = name

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, actors_path: Optional[str] = None, roles_path: Optional[str] = None) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["actors"] = []
        return doc
