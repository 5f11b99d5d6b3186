"""A speaker whose modifier the parser reads as the sentence's verb (GUIDELINES R720): in "Farmers clamoring to
block the levy say they are winning" or "Sources privy to the talks say the mayor resigned" the parser makes
"clamoring" or "privy" the clause's verb, with "Farmers" its subject, and hangs "say" on it with no subject of its
own. The speaker is the subject with its modifier, the cue the speech verb, the content its reported clause.
The mirror shape (R830): in "Several outlets reported on Monday the mayor had resigned" the parser reads the cue
verb as a participle modifying its own subject, and makes that subject a second subject of the reported verb."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CueTable, content_head
from .speakers import Attribution, first_person

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# how the parser hangs the speech verb on the misread modifier
MISREAD_DEPS = frozenset({"parataxis", "dep"})
# how the parser tags a finite cue verb it reads as a participle modifying its own subject (R830)
MODIFIER_TAGS = frozenset({"VBD", "VBN"})
# dependents that make a participle a true modifier: "figures reported by the council", "a report to be released"
MODIFIER_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "aux", "auxpass"})
# what a misread cue verb carries of its own under a noun head: an object, a predicate or a clause
VERB_OWN_CONTENT = frozenset({"dobj", "oprd", "ccomp", "xcomp"})


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


def modifier_verb_speaker(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """(cue, speaker, content) when the parser reads a cue verb as a participle modifying the clause's subject right
    after the subject's phrase, and the clause's head shows the misreading: it has a second subject after that verb
    ("Several outlets reported on Monday the mayor had resigned": "outlets" and "mayor" both subjects of "resigned")
    or it is no verb at all ("The campaign called the paper's report a rush to conclusions", with "rush" as the head).
    "A firm called Bridgeworks paid the council" keeps its one subject and its true modifier (R830)."""
    # the claims stage may head the clause with a verb below a noun the parser made the root ("..., because the
    # delegates can change ...", under "rush"): the misread subject hangs on that root
    root = clause.root
    for candidate in (head,) if root is head else (head, root):
        found = _misread_modifier(clause, candidate, cues)
        if found is not None:
            return found
    return None


def _misread_modifier(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    doc = head.doc
    subjects = [child for child in head.lefts if child.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        # on the subject's own noun or on the last noun of its phrase ("Dozens of outlets reported ...")
        verb = next((found for noun in subject.subtree if noun.pos_ in ("NOUN", "PROPN") for found in [_verb_read_as_modifier(noun, cues)] if found is not None), None)
        if verb is None or not clause.start <= verb.i < clause.end:
            continue
        # a verb head needs its second subject; a noun head needs the verb to carry words of its own ("called AP's
        # report ..."), since the tagger also reads true verbs as nouns ("The questions asked in X illustrate why ...")
        if head.pos_ in ("VERB", "AUX") and not any(other.i > verb.i for other in subjects):
            continue
        if head.pos_ not in ("VERB", "AUX") and not any(child.dep_ in VERB_OWN_CONTENT for child in verb.children):
            continue
        source = doc[subject.left_edge.i : verb.i]
        while len(source) > 1 and (source[-1].is_punct or source[-1].is_space):
            source = source[:-1]
        if first_person(source):
            return None
        return Attribution(cue=doc[verb.i : verb.i + 1], source=source, content=head)
    return None


def _verb_read_as_modifier(noun: Token, cues: CueTable) -> Optional[Token]:
    """The cue verb the parser hangs on a noun as a participle right after it ("outlets reported"), with no subject,
    agent or auxiliary of its own."""
    for verb in noun.rights:
        if verb.dep_ != "acl" or verb.tag_ not in MODIFIER_TAGS or None not in (cues.verb_needs(verb) or ()):
            continue
        if any(child.dep_ in MODIFIER_OWN_DEPS for child in verb.children):
            continue
        # right after the noun: after a comma or a dash the verb may start a clause of its own
        if verb.i == noun.i + 1:
            return verb
    return None
