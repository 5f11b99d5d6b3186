"""A part that is only its speaker and cue (GUIDELINES R223): "..., a girl outside the hall was pepper-sprayed by a
bystander, police said." The parser may make the cue the head of a clause of its own ("police said", "posted Jane
Roe", "Okafor wrote in a court filing") and hang the reported words beside it, so the splitter gives the words a
part with no source and the cue a part with nothing reported. Such a part's speaker reports the sentence's other
parts, as a speaker after the last clause does (R45)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

# What a cue may have in a part that reports nothing: its speaker, auxiliaries, a manner or a time.
BARE_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "npadvmod", "punct", "cc"})
# Prepositions of a time, place or medium ("in a court filing", "at a rally", "by telephone"); "to", "about", "for"
# and "of" take what the words are about or what they add to ("adding to his lead", "said of their time").
SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "by", "via", "over", "from"})
# "on" only with a day or a named medium ("on Tuesday", "on Twitter"), not a topic ("spoke on the economy")
SETTING_LABELS = frozenset({"DATE", "TIME", "ORG", "WORK_OF_ART", "PRODUCT"})
# cues whose object is the addressee, not what was said ("he told Radio Leeds")
ADDRESSEE_CUES = frozenset({"tell"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def cue_only(span: Span, head: Token, source: Optional[dict]) -> bool:
    """Whether the part `span`, headed by `head`, holds nothing but the speaker and cue of its source record."""
    if source is None or head.idx != source["cue"]["start"] or head.pos_ != "VERB":
        return False
    # a finite verb or a perfect ("has said"); participles ("adding to her lead") and passives ("has been seen as")
    # are no closing speaker
    if head.tag_ not in FINITE_TAGS and not (head.tag_ == "VBN" and any(child.dep_ == "aux" for child in head.children)):
        return False
    for child in head.children:
        if not span.start <= child.i < span.end or child.is_space:
            continue
        # an inverted speaker the parser made the object ("“...” posted Jane Roe") is the speaker all the same
        if source["start"] <= child.idx < source["end"] or child.dep_ in BARE_DEPS or _setting(child):
            continue
        if child.dep_ == "dobj" and head.lemma_ in ADDRESSEE_CUES and child.pos_ in ("PROPN", "PRON"):
            continue
        return False
    return True


def _setting(child: Token) -> bool:
    if child.dep_ != "prep":
        return False
    if child.lower_ in SETTING_PREPOSITIONS:
        return True
    objects = [grand for grand in child.children if grand.dep_ == "pobj"]
    return child.lower_ == "on" and bool(objects) and (objects[0].ent_type_ in SETTING_LABELS or objects[0].pos_ == "PROPN")


# Words that make a cue's clause a time or reason clause of the sentence ("three days after Okafor told ...").
SUBORDINATING = frozenset({"after", "before", "when", "since", "until", "because", "while", "once"})


def subordinate_report(span: Span, source: Optional[dict]) -> bool:
    """Whether a part is a time or reason clause whose cue reports a clause of its own ("The endorsement comes three
    days after Okafor told the Gazette he was not ready"): its speaker reports that clause only, not the sentence's
    other parts (R44, R257)."""
    if source is None:
        return False
    doc = span.doc
    cue = doc.char_span(source["cue"]["start"], source["cue"]["end"], alignment_mode="expand")
    if cue is None or len(cue) != 1 or not span.start <= cue.start < span.end:
        return False
    verb = cue[0]
    marked = any(child.dep_ == "mark" and child.lower_ in SUBORDINATING for child in verb.children)
    return marked and any(child.dep_ in ("ccomp", "xcomp") for child in verb.children)
