"""Latin species names in brackets read as persons or bodies (GUIDELINES R185)."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

# Abbreviations standing for the epithet of several species ('Agaricus spp.').
SPECIES_ABBREVIATIONS = frozenset({"sp", "sp.", "spp", "spp."})


def names_a_species(doc: Doc, start: int, end: int, english_words: Collection[str]) -> bool:
    """A name that fills a bracket after a lower-case noun with a capitalised genus and one lower-case epithet no
    English word ('Whale sharks (Rhincodon typus)', 'megalodon (Carcharodon megalodon)', 'mushroom (Agaricus spp.)')
    is the species' Latin name, which the model reads as a person or a body (R185). A person's name in brackets has
    no lower-case word that is not a particle of names ('(Rosario Murillo)'); without an English word list nothing
    is read as Latin. english_words: lower-case English words (the model's WordNet index)."""
    if not english_words or start < 2 or doc[start - 1].text != "(" or not doc[start - 2].is_lower:
        return False
    close = start + 2  # the bracket holds exactly the genus and the epithet
    if close >= len(doc) or end > close or doc[close].text != ")":
        return False
    genus, epithet = doc[start], doc[start + 1]
    if not (genus.is_alpha and genus.is_title):
        return False
    if epithet.lower_ in SPECIES_ABBREVIATIONS:
        return True
    return epithet.is_alpha and epithet.is_lower and epithet.lower_ not in english_words
