"""Attributions embedded inside a claim (GUIDELINES R135).

One sentence may hold two reported contents with two sources: "Roe said the vote was close, hours after
the agency reported that the count had stopped", "a result that Ortiz said defied expectations". The
claim keeps its own source (R27, R44); a finite speech verb deeper inside it whose subject names a
speaker gives a second, nested claim: the verb's clause, attributed to that subject. Only the tokens of
a claim are looked at, and only those whose lemma is a cue of the table, so the cost follows the cues.
"""

from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Span, Token

from .attribution import FIRST_PERSON
from .clauses import Clause
from .cues import CueTable
from .speakers import _source_of
from .token_attrs import token_attrs

# Where a cue verb sits when it is not its claim's own cue: an adverbial or relative clause, a reported or
# coordinated clause, a clause hung on a noun or a preposition.
EMBEDDED_DEPS = frozenset({"advcl", "relcl", "ccomp", "conj", "acl", "pcomp"})
# A finite verb with its own subject; participles and infinitives ("saying", "to defend") mostly report for
# the claim's own source, and on PolNeAR train they were wrong more often than right.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Speakers a reader knows without the parse: a personal pronoun, or a phrase that names an actor.
PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
# Words that join the embedded clause to its claim and are left out of the nested claim ("after", "as", ",").
JOINING_DEPS = frozenset({"mark", "cc", "punct", "advmod"})


def embedded_cues(span: Span, own_cue: tuple[int, int], cues: CueTable, is_speaker: Callable[[Token], bool]) -> Iterator[Token]:
    """Finite speech verbs inside a claim, other than its own cue, whose subject names a speaker."""
    doc = span.doc
    attrs = token_attrs(doc)
    for index in range(span.start, span.end):
        if attrs.tag[index] not in FINITE_TAGS or attrs.dep[index] not in EMBEDDED_DEPS or attrs.lemma[index] not in cues.verbs:
            continue
        token = doc[index]
        if own_cue[0] <= token.idx < own_cue[1] or cues.type_of(token) != "speech" or not cues.is_cue_verb(token):
            continue
        source = _source_of(token)
        # "that", "which" and "who" name no one by themselves; misread subjects ("their smiles said") are no actor
        if source is None or source.root.lower_ in FIRST_PERSON or not (source.root.lower_ in PERSONAL_PRONOUNS or is_speaker(source.root)):
            continue
        yield token


def embedded_clause(cue: Token, span: Span) -> Clause:
    """The nested claim: the cue's clause within the claim, without the words that join it ("after", "as")."""
    doc = cue.doc
    start = max(cue.left_edge.i, span.start)
    end = min(cue.right_edge.i + 1, span.end)
    first_argument = min((child.left_edge.i for child in cue.children if child.dep_ in ("nsubj", "nsubjpass")), default=cue.i)
    while start < first_argument and (doc[start].is_space or doc[start].dep_ in JOINING_DEPS and doc[start].head == cue):
        start += 1
    while end > cue.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Clause(head=cue, start_token=start, end_token=end)
