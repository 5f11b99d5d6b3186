"""A speaker whose modifier the parser reads as the sentence's verb (GUIDELINES R720): in "Farmers clamoring to
block the levy say they are winning" or "Sources privy to the talks say the mayor resigned" the parser makes
"clamoring" or "privy" the clause's verb, with "Farmers" its subject, and hangs "say" on it with no subject of its
own. The speaker is the subject with its modifier, the cue the speech verb, the content its reported clause."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CueTable, content_head
from .speakers import Attribution, first_person

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# how the parser hangs the speech verb on the misread modifier
MISREAD_DEPS = frozenset({"parataxis", "dep"})


def modified_subject_speaker(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """(cue, speaker, content) when the clause's head follows its subject's phrase right away and a finite speech
    verb with a reported clause and no subject of its own hangs on it, with no punctuation between the modifier's
    words and the verb ("Farmers clamoring to block the levy say ..."). "The levy failed, say farmers" has a
    subject after its verb and is R178's; "The levy failed, farmers say" R29's."""
    doc = head.doc
    subjects = [child for child in head.lefts if child.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].right_edge.i + 1 != head.i or head.pos_ == "AUX":
        return None
    subject = subjects[0]
    for verb in head.rights:
        if verb.dep_ not in MISREAD_DEPS or verb.tag_ not in FINITE_TAGS or not clause.start <= verb.i < clause.end:
            continue
        if cues.type_of(verb) != "speech" or any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children):
            continue
        # the modifier's words run on to the verb: a comma or a dash before it closes a clause of its own
        if doc[verb.left_edge.i - 1].is_punct or verb.left_edge.i != verb.i:
            continue
        content = content_head(verb)
        if content is None or content.i < verb.i:
            continue
        source = doc[subject.left_edge.i : verb.i]
        if first_person(source):
            return None
        return Attribution(cue=doc[verb.i : verb.i + 1], source=source, content=content)
    return None
