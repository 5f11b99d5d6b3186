"""Preposition cues that need a reporting noun as their object (GUIDELINES R360): "In a Gallup poll released Monday,
most voters ..." makes the poll the source of the clause, "In the city, ..." names no source.

Which nouns count is data: a preposition entry of pipeline/cues.jsonl `requires` a cue type, and its object must be a
reporting noun of that type in the same table (poll, survey, study: `evidential`). A speech event ("In a speech on
Monday, he said ...", "In a statement, the company denied ...") is a noun of another type: the speaker stays who
speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import CueTable


def keep_preposition(doc: Doc, cue: str, start: int, cues: CueTable) -> bool:
    """Whether a match of a preposition cue is one: always for a cue that needs nothing, else only when it opens
    its sentence and its object is a reporting noun of the type the cue needs."""
    needed = cues.prep_needs.get(cue)
    if needed is None:
        return True
    preposition = doc[start]
    # the phrase modifies the clause: its verb, or the root the parser made of a verb it read as a noun ("half of
    # voters disapprove")
    head = preposition.head
    return _opens_sentence(preposition) and preposition.dep_ == "prep" and (head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT") and any(_is_reporting_noun(child, needed, cues) for child in preposition.children if child.dep_ == "pobj")


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence, after any opening mark or space."""
    return all(before.is_punct or before.is_space for before in token.doc[token.sent.start : token.i])


def _is_reporting_noun(noun: Token, needed: str, cues: CueTable) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in cues.nouns and cues.types.get(lemma) == needed
