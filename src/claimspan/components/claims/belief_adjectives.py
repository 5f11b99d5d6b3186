"""A belief adjective with a clause (GUIDELINES R432): "Her backers stay confident that she will prevail" reports
the clause as the backers' belief, as "Her backers believe that she will prevail" does. The adjectives are
pipeline/cues.jsonl's entries of kind `adjective`."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CueTable
from .speakers import EXPLETIVES, Attribution, first_person, source_of, phrase, subject_of

# Verbs whose predicate adjective describes their subject's state of mind: "is", "remains", "seemed", "grew".
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "grow", "become", "sound", "stay"})


def belief_adjective(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """The adjective, its subject and its clause when the clause verb links its subject to a belief adjective that
    takes a clause: "were optimistic that ...", "remain confident he will win". "It is certain that ..." names no
    one; "I am sure that ..." is a hedge (R31)."""
    if head.tag_ == "VBN" and _listed(head, cues) and any(child.dep_ == "auxpass" for child in head.children):
        # "are convinced the race is open": the parser reads the adjective as a passive participle
        return _attribution(clause, head, head, cues)
    if head.lemma_ not in LINKING_VERBS:
        return None
    for adjective in head.children:
        if adjective.dep_ != "acomp" or not _listed(adjective, cues):
            continue
        return _attribution(clause, adjective, head, cues)
    return None


def _attribution(clause: Span, adjective: Token, verb: Token, cues: CueTable) -> Optional[Attribution]:
    # the parser hangs the clause on the adjective or on the verb
    content = next((child for child in (*adjective.children, *verb.children) if child.dep_ == "ccomp" and child.i > adjective.i and child.pos_ in ("VERB", "AUX")), None)
    # the subject of "are convinced" holds the belief, as the subject of "are confident" does; the parser may hang
    # it on the auxiliary
    subject = _passive_subject(verb) if verb is adjective else None
    source = phrase(subject) if subject is not None else source_of(verb)
    if content is None or source is None or first_person(source) or (len(source) == 1 and source[0].lower_ in EXPLETIVES):
        return None
    return Attribution(cue=clause.doc[adjective.i : adjective.i + 1], source=source, content=content)


def _passive_subject(verb: Token) -> Optional[Token]:
    subject = subject_of(verb)
    auxiliaries = [child for child in verb.children if child.dep_ == "auxpass"]
    return subject if subject is not None else next((grand for auxiliary in auxiliaries for grand in auxiliary.children if grand.dep_ in ("nsubj", "nsubjpass")), None)


def _listed(token: Token, cues: CueTable) -> bool:
    # by its form too: the lemmatizer makes "convinced" and "worried" verbs ("convince", "worry")
    return token.lower_ in cues.adjectives or token.lemma_.lower() in cues.adjectives
