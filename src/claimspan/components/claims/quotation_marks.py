"""Quotation marks and where a quotation stands to its speech verb: right after whom the verb addresses ("telling the
crowd, “...”", R203), or closed right before an inverted verb ("“...,” said Roe", R200). cues.py decides with these
whether a speech verb has a quotation for its content."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from ...extensions import sentence_starts

OPENING_QUOTES = frozenset({"“", '"', "``", "‘", "''"})
CLOSING_QUOTES = frozenset({"”", '"', "''", "’"})


# Speech verbs whose object is whom they address ("telling the crowd, “...”").
ADDRESSING_VERBS = frozenset({"tell", "assure", "remind", "inform"})


def quotation_after_addressee(token: Token) -> bool:
    """"..., telling the crowd, “Some of you got wet.”", "told the council on Monday: “...”": a quotation opens
    after whom the verb addresses (and a time or place), behind a comma or colon, wherever the parser hung it (R203)."""
    if token.lemma_ not in ADDRESSING_VERBS:
        return False
    objects = [child for child in token.children if child.dep_ in ("dobj", "dative") and child.i > token.i and child.pos_ in ("NOUN", "PROPN", "PRON")]
    if not objects:
        return False
    doc = token.doc
    index = objects[0].right_edge.i + 1
    # a time or a place on the verb may stand between ("told the council on Monday, “...”")
    while index < len(doc) and doc[index].dep_ == "prep" and doc[index].head == token:
        index = doc[index].right_edge.i + 1
    if index + 1 >= len(doc) or doc[index].text not in (",", ":"):
        return False
    index += 1
    while index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += 1
    return index + 1 < len(doc) and doc[index].text in OPENING_QUOTES and doc[index + 1].is_alpha


def inverted_after_quotation(token: Token) -> bool:
    """"“..., every single amendment,” said Roe": the mark closes right before the verb and its speaker
    follows it, though the parser made a noun of the quotation the verb's subject (R200)."""
    doc = token.doc
    if token.i - 2 <= sentence_starts(doc)[token.i] or doc[token.i - 1].text not in CLOSING_QUOTES or doc[token.i - 2].text not in (",", "!", "?"):
        return False
    return any(child.dep_ == "nsubj" and child.i > token.i and child.pos_ == "PROPN" or child.dep_ == "nsubj" and child.i == token.i + 1 for child in token.children)


def quotation_end(sent: Span, head: Token, is_cue_verb: Callable[[Token], bool]) -> int:
    """Where a clause ends: after its head's last word, or, for a participle cue whose quotation the parser hung
    on the sentence's verb ("..., telling the crowd, “Some of you got wet.”"), after that quotation (R203)."""
    end = head.right_edge.i + 1
    doc = sent.doc
    if head.tag_ != "VBG" or end + 1 >= sent.end or doc[end].text not in (",", ":") or doc[end + 1].text not in OPENING_QUOTES or not is_cue_verb(head):
        return end
    closing = next((token.i for token in doc[end + 2 : sent.end] if token.text in CLOSING_QUOTES), None)
    return closing + 1 if closing is not None else end
