"""The content of a reporting noun (GUIDELINES R29 pattern 4, R361): "the finding that ...", "expressed confidence
the bill would pass", and the first-person owner that gives such a noun no source ("our belief that ...")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .cues import NOUN_COMPLEMENT_DEPS, CueTable

# Types of reporting noun whose clause may follow without "that" ("confidence the bill would pass", "fears the
# crush will be ..."); a finding or a decision is followed by its that-clause or by a relative clause.
BARE_CLAUSE_TYPES = frozenset({"belief", "speech"})
# Verbs that take a reporting noun as their object: after the noun, a clause of one of them with no object of its
# own is a relative clause whose object is the noun ("the claim he made", "the view the party holds"), no content.
SUPPORT_VERBS = frozenset({"make", "hold", "have", "express", "voice", "give", "offer", "share", "raise", "repeat", "issue", "level", "deliver", "put", "air", "reject", "dismiss", "hear", "receive", "read", "write", "cite", "deny"})
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
# Subjects of a bare clause that mark it as a relative clause, not the content: "the view which ...", "the
# claim that ..." are found by the that-test.
RELATIVE_SUBJECT_TAGS = frozenset({"WP", "WDT"})


def noun_content(noun: Token, cues: CueTable) -> Optional[Token]:
    """The head of a reporting noun's content clause: one with "that" (R29), or for a belief or speech noun one
    right after it with its own subject (R361)."""
    clauses = [child for child in noun.children if child.dep_ in NOUN_COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX")]
    with_that = next((clause for clause in clauses if has_that(clause)), None)
    if with_that is not None:
        return with_that
    if cues.types.get(noun.lemma_.lower()) not in BARE_CLAUSE_TYPES:
        return None
    return next((clause for clause in clauses if clause.i > noun.i and _bare_content(noun, clause)), None)


def first_person_owner(noun: Token) -> bool:
    """"my view that ...", "our belief that ...": the writer's or the quoted speaker's own belief, no source of its
    own (first-person sources are outside the scheme, R31)."""
    return any(child.dep_ == "poss" and child.lower_ in FIRST_PERSON_OWNERS for child in noun.children)


def has_that(verb: Token) -> bool:
    return any(child.lower_ == "that" and child.dep_ in ("mark", "nsubj", "det") for child in verb.children)


def _bare_content(noun: Token, clause: Token) -> bool:
    """A clause that opens right after the noun with a subject of its own and no gap for the noun to fill."""
    if clause.left_edge.i != noun.i + 1:
        return False
    subjects = [child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass") and child.i < clause.i]
    if not subjects or subjects[0].tag_ in RELATIVE_SUBJECT_TAGS or subjects[0].lower_ == "that" or subjects[0].left_edge.i != noun.i + 1:
        return False
    has_object = any(child.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass") for child in clause.children)
    return has_object or clause.lemma_.lower() not in SUPPORT_VERBS
