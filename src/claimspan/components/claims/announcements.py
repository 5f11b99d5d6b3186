"""Colon lines that announce a quotation without a speech verb at their head (GUIDELINES R258): "Okafor issued the
following statement:", "She went on to say:", "The Gazette confirmed it, reporting:". The quotation of the next
paragraph is the speaker's, as after "Okafor said:" (R158, R160)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CLOSING_QUOTES, OPENING_QUOTES, CueTable, content_head
from .speakers import first_person, source_of

# Verbs that put out a statement ("issued the following statement:", "released a statement:").
ISSUING_VERBS = frozenset({"issue", "release", "post", "publish", "send", "put"})
# What is put out: the statement's own word, not a report on something ("issued a report on the bridge:").
STATEMENT_NOUNS = frozenset({"statement", "tweet", "post", "message", "letter", "email", "note"})
# How a participle's or a verb's object may name the words that follow ("tweeting the following:").
FOLLOWING = frozenset({"following", "this"})


def colon_announcement(sent: Span, cues: CueTable) -> Optional[tuple[Token, Span, bool]]:
    """(cue, speaker, True) for a line that ends with a colon, holds no quotation, and announces a speaker's words by
    a statement put out, a speech verb in the verb's complement ("went on to say:") or a speech participle after a
    comma ("..., reporting:", "..., tweeting the following:"); None otherwise."""
    doc = sent.doc
    # the last word is read first: most sentences end otherwise, and reading every token of each is the cost
    last = sent.end - 1
    while last >= sent.start and doc[last].is_space:
        last -= 1
    if last < sent.start or doc[last].text != ":" or any(token.text in OPENING_QUOTES or token.text in CLOSING_QUOTES for token in sent):
        return None
    root = sent.root
    if root.pos_ != "VERB":
        return None
    source = source_of(root)
    if source is None or first_person(source):
        return None
    if root.lemma_.lower() in ISSUING_VERBS and any(child.dep_ == "dobj" and child.lemma_.lower() in STATEMENT_NOUNS for child in root.children):
        return root, source, True
    for child in root.children:
        if cues.type_of(child) != "speech" or content_head(child) is not None or child.i < root.i:
            continue
        objects = [grand for grand in child.children if grand.dep_ == "dobj"]
        if objects and objects[0].lower_ not in FOLLOWING:
            continue
        said = child.dep_ == "xcomp" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        participle = child.tag_ == "VBG" and child.dep_ in ("advcl", "conj", "xcomp") and child.doc[child.i - 1].text == ","
        if said or participle:
            return child, source, True
    return None
