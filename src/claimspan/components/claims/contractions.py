"""A contracted perfect the parser reads as a passive (GUIDELINES R222): in "He's said he will fight" the parser
takes "'s" for "is", makes "He" a passive subject and so no speaker. A passive cue takes no object and no
clause of its own ("It's said that ..." has an expletive, "He's said to be ill" a to-infinitive), so with a
clause or an object after the cue and a subject that can speak, "'s" is "has" and the subject is the speaker."""

from __future__ import annotations

from spacy.tokens import Token

CONTRACTED_AUXILIARIES = frozenset({"'s", "’s"})
# subjects a passive cue does take: "It's said that ...", "That's said often", "What's claimed is ..."
IMPERSONAL = frozenset({"it", "that", "this", "there", "what", "which"})
# what an active cue has after it and a passive one does not: a reported clause or an addressee
COMPLEMENTS = frozenset({"ccomp", "dobj"})


def contracted_perfect(subject: Token, verb: Token) -> bool:
    """Whether the passive subject `subject` of the cue `verb` is the speaker of a contracted "has" perfect."""
    if subject.dep_ != "nsubjpass" or subject.head.i != verb.i or subject.lower_ in IMPERSONAL:
        return False
    children = list(verb.children)
    contracted = any(child.dep_ == "auxpass" and child.lower_ in CONTRACTED_AUXILIARIES and child.i == subject.i + 1 for child in children)
    # "by" names an agent: a true passive ("He's told by aides that ...")
    return contracted and any(child.dep_ in COMPLEMENTS for child in children) and not any(child.dep_ == "agent" for child in children)
