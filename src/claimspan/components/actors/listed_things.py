"""'cult films such as El Hariq', 'six varieties of coffee: Pacamara, Cuscatleco and ...', 'songs like “Luna
Liberiana”': the names an article lists after the plural noun of a kind of thing are things of that kind, not actors
(GUIDELINES R490). The noun is the document's own evidence; the kinds are those of pipeline/not_actors.jsonl whose
members are never actors (works, events, awards, diseases, laws, kinds of plants and animals, words, languages and
drugs)."""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from .actor_spans import POSSESSIVES, Candidate, tokens_written

# Words that open a list of examples after its noun; 'such' only with 'as'.
INTRODUCERS = ("such", "like", "including", ":")
# 'varieties of coffee trees:': lower-case words after 'of' between the noun and the list.
MAX_OF_WORDS = 3
# Lower-case words a list of names holds between them ('El Torito and Pampa', 'the Ferris Wheel', 'Casa de la Cultura').
LIST_WORDS = frozenset({"and", "or", "the", "of", "&", "de", "del", "la", "el"})
SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
# Nouns of works that also name the outlets publishing them: 'papers such as The Guardian', 'magazines like Time' list
# bodies, which the annotators read as organisations.
OUTLET_NOUNS = frozenset({"paper", "papers", "magazine", "magazines"})


def _kind_noun(doc: Doc, i: int, nouns: Collection[str]) -> bool:
    token = doc[i]
    return token.is_lower and token.tag_ == "NNS" and token.lower_ not in OUTLET_NOUNS and (token.lower_ in nouns or token.lemma_.lower() in nouns)


def _after_kind_noun(doc: Doc, introducer: int, nouns: Collection[str]) -> bool:
    """The plural noun of a kind stands right before the introducer, or before 'of' and at most MAX_OF_WORDS lower-case
    words ('varieties of coffee trees:')."""
    if introducer < 1:
        return False
    if _kind_noun(doc, introducer - 1, nouns):
        return True
    for words in range(1, MAX_OF_WORDS + 1):
        of = introducer - 1 - words
        if of < 1 or not all(doc[j].is_lower and doc[j].is_alpha for j in range(of + 1, introducer)):
            return False
        if doc[of].lower_ == "of":
            return _kind_noun(doc, of - 1, nouns)
    return False


def listed_positions(doc: Doc, nouns: Collection[str]) -> frozenset[int]:
    """The tokens of the lists of names introduced after the plural noun of a kind of thing: from the introducer to the
    sentence's end, a line break or the first lower-case word that is not a list's."""
    found: set[int] = set()
    for token in tokens_written(doc, INTRODUCERS):
        start = token.i + 1
        if token.lower_ == "such":
            if start >= len(doc) or doc[start].lower_ != "as":
                continue
            start += 1
        if not _after_kind_noun(doc, token.i, nouns):
            continue
        position = start
        while position < len(doc) and not (position > start and doc[position].is_sent_start):
            word = doc[position]
            if word.text in SENTENCE_ENDS or (word.is_alpha and word.is_lower and word.lower_ not in LIST_WORDS):
                break
            found.add(position)
            if "\n" in word.whitespace_:
                break
            position += 1
    return frozenset(found)


def drop_listed_things(doc: Doc, accepted: list[Candidate], nouns: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop the mentions that open inside a list of things of a kind (R490). Names of the actor tables keep their own
    rules, and a name before a possessive is the maker or owner of a listed thing ('films such as Kim's Escape').
    nouns: lower-case nouns of kinds (NotActorTable.listed_nouns)."""
    if not nouns:
        return accepted
    listed = listed_positions(doc, nouns)
    if not listed:
        return accepted
    return [
        c for c in accepted
        if c.actor_id in table_ids or c.start not in listed or (c.end < len(doc) and doc[c.end].lower_ in POSSESSIVES)
    ]
