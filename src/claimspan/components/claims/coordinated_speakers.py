"""A speaker the parser coordinated with the clause it reports (GUIDELINES R205): "The senator remains committed to
the race, his top aide, Tad Roe, told the Gazette" reads "told" as a second verb joined to "remains", though the
aide reports the whole clause before the comma, as R178's trailing speaker does."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CueTable
from .quotation_marks import ADDRESSING_VERBS
from .speakers import Attribution, first_person, phrase

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# A trailing speaker is a name with its title and apposition, not a clause (as R178's).
MAX_SPEAKER_TOKENS = 12


def coordinated_speaker(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """The speech verb coordinated with the clause's head that ends the sentence after a comma, with its subject
    right after the comma and no content of its own (whom "told" addresses aside), as (cue, speaker, content)."""
    doc = head.doc
    # the sentence's last word is read only for a finite verb joined to the head: Token.sent builds two Spans
    last = None
    for verb in head.rights:
        if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
            continue
        if last is None:
            last = _last_word(head.sent)
        if verb.right_edge.i < last or cues.type_of(verb) != "speech":
            continue
        subjects = [child for child in verb.lefts if child.dep_ == "nsubj"]
        if len(subjects) != 1 or doc[subjects[0].left_edge.i - 1].text != ",":
            continue
        # "..., and the council said that ..." is a report of its own; "told the Gazette" names whom it told
        if any(child.dep_ in ("cc", "ccomp", "xcomp", "neg", "mark", "advcl") or (child.dep_ == "dobj" and verb.lemma_ not in ADDRESSING_VERBS) for child in verb.children):
            continue
        source = phrase(subjects[0])
        if first_person(source) or len(source) > MAX_SPEAKER_TOKENS:
            continue
        return Attribution(cue=doc[verb.i : verb.i + 1], source=source, content=head)
    return None


def _last_word(sent: Span) -> int:
    """The index of the sentence's last token that is neither punctuation nor space (its first token at least)."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last
