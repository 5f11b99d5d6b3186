"""Fields of study, work or business named like bodies: adjectives before a field's noun (GUIDELINES R168)."""

from __future__ import annotations

from typing import Collection

from spacy.language import Language
from spacy.tokens import Doc

from .hyphens import SortedWords

# Words that join the adjectives of a field's name ('Information and Communication', 'Retail, Corporate').
FIELD_LINKS = frozenset({"and", "&", ","})


def english_adjectives(nlp: Language) -> Collection[str]:
    """The adjectives the model's lemmatizer knows (its WordNet index), lower case; empty without one."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index") or "adj" not in lookups.get_table("lemma_index"):
        return frozenset()
    return SortedWords(lookups.get_table("lemma_index")["adj"])


def names_a_field(doc: Doc, start: int, end: int, fields: frozenset[str], adjectives: Collection[str], demonyms: frozenset[str]) -> bool:
    """A name made of English adjectives before a field's noun is a field of study, work or business, not a body
    ('Physical Education', 'Digital Marketing', 'Corporate Banking', 'Hydraulic Engineering', R168). A body's own
    word keeps it a body: a demonym ('African Studies'), an acronym, a name no dictionary holds ('Pew Research').
    A name cut after 'and' from a longer one stays what the longer one is ('School of Oriental and African Studies').
    fields: lower-case field nouns (not_actors.jsonl, match 'field'); demonyms: lower-case words of the states' demonyms."""
    if end - start < 2 or doc[end - 1].lower_ not in fields or doc[start].lower_ in FIELD_LINKS:
        return False
    for token in doc[start : end - 1]:
        if token.lower_ in FIELD_LINKS:
            continue
        if token.is_upper or token.lower_ not in adjectives or token.lower_ in demonyms:
            return False
    return not (start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].text[:1].isupper())
