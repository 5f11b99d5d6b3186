"""Preposition cues that need a reporting noun as their object (GUIDELINES R360): "In a Gallup poll released Monday,
most voters ..." makes the poll the source of the clause, "In the city, ..." names no source. After its clause the
phrase reports it too (R430): "The mayor trails by six points in the latest poll."

Which nouns count is data: a preposition entry of pipeline/cues.jsonl `requires` a cue type, and its object must be a
reporting noun of that type in the same table (poll, survey, study: `evidential`). A speech event ("In a speech on
Monday, he said ...", "In a statement, the company denied ...") is a noun of another type: the speaker stays who
speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import CueTable

# Dependencies that keep a noun inside the predicate of its clause's verb: "had 41 percent backing in a poll",
# "with a widening lead in the latest poll".
PREDICATE_DEPS = frozenset({"dobj", "attr", "pobj", "prep", "npadvmod", "acomp", "oprd", "nummod", "compound", "amod", "quantmod"})
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj"})


def keep_preposition(doc: Doc, cue: str, start: int, cues: CueTable) -> bool:
    """Whether a match of a preposition cue is one: always for a cue that needs nothing, else only when its object
    is a reporting noun of the type the cue needs and the phrase opens its sentence or closes its clause."""
    needed = cues.prep_needs.get(cue)
    if needed is None:
        return True
    preposition = doc[start]
    if preposition.dep_ != "prep" or not any(_is_reporting_noun(child, needed, cues) for child in preposition.children if child.dep_ == "pobj"):
        return False
    # the phrase modifies the clause: its verb, or the root the parser made of a verb it read as a noun ("half of
    # voters disapprove")
    head = preposition.head
    return _opens_sentence(preposition) and (head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT") or _closes_clause(preposition)


def _closes_clause(preposition: Token) -> bool:
    """"Halvorsen leads by nine points in a new Quinnipiac poll", "had 41 percent backing in a Gallup poll": a named
    poll after the clause's verb, on it or on a noun of its predicate, reports the clause (R430). Unnamed, the
    phrase tells where someone stands ("has a wide lead in the polls", "tied for fifth in the poll"), and PolNeAR
    marks no source there more often than it marks one."""
    if not any(_named(child) for child in preposition.children if child.dep_ == "pobj"):
        return False
    head = preposition.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in PREDICATE_DEPS and head.head is not head:
        head = head.head
    # only a main clause: in a relative clause or a participle ("the voters questioned in the survey") the phrase
    # describes a noun, in a reported clause ("said the bridge was safe in a survey") the speaker is the source
    return head.pos_ in ("VERB", "AUX") and head.i < preposition.i and head.dep_ in MAIN_CLAUSE_DEPS


def _named(noun: Token) -> bool:
    """A name before the noun, the pollster's or the place's: "a Fox poll", "New Hampshire surveys"; not a date
    ("the mid-January poll") nor a name after it ("the polls against Clinton")."""
    return any(token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME") for token in noun.subtree if token.i < noun.i)


def _opens_sentence(token: Token) -> bool:
    """The first word of its sentence, after any opening mark or space."""
    return all(before.is_punct or before.is_space for before in token.doc[token.sent.start : token.i])


def _is_reporting_noun(noun: Token, needed: str, cues: CueTable) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in cues.nouns and cues.types.get(lemma) == needed
