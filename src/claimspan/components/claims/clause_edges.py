"""Speakers at a clause's edges, whatever verb heads the clause: a speech verb and its speaker set off by commas
inside it ("Recently, he said, he has realized ...", R161), a speaker after a closing quotation mark at its end
("...,” Clinton said.", R118), a speaker after its final comma ("A thinks B, former mayor Tom Hill said", R178).
attribution.py tries them in turn."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CLOSING_QUOTES, CueTable
from .speakers import EXPLETIVES, WH_WORDS, Attribution, first_person, phrase
from .token_attrs import token_attrs

def final_verb(clause: Span) -> tuple[Token, int]:
    """The verb that ends a clause and the clause's last word: "Clinton said" or "Clinton said on Monday", the
    verb or its last adjunct ends the clause (climbed by index: each Token.head builds a new Token)."""
    doc = clause.doc
    last = clause.end - 1
    while last > clause.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    attrs = token_attrs(doc)
    heads, pos = attrs.heads, attrs.pos
    index = last
    while clause.start <= heads[index] < index and pos[index] not in ("VERB", "AUX"):
        index = heads[index]
    return doc[index], last


# A parenthetical speaker is short: "he said", "her advisers said Friday", "Sweet noted".
MAX_PARENTHETICAL_TOKENS = 8
SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET", "PART", "PUNCT"})


def parenthetical_speaker(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """"Recently, he said, he has realized ...", "the loan, her lawyer said, had been easy to obtain": a speech
    verb and its speaker set off by commas inside a clause, with words of the clause on both sides, report the
    whole clause, whatever other cue the clause holds (R161); so does evidence ("..., court records show, ...", R310)."""
    doc = clause.doc
    attrs = token_attrs(doc)
    for index in range(clause.start + 2, clause.end - 2):
        if attrs.pos[index] != "VERB" or index == head.i or attrs.lemma[index] not in cues.types:
            continue
        verb = doc[index]
        # the parser hangs the commas on the verb: the parenthetical is its subtree without them
        words = [token.i for token in verb.subtree if not token.is_punct]
        start, end = words[0], words[-1]
        if start >= index or end - start + 1 > MAX_PARENTHETICAL_TOKENS or start - 1 <= clause.start or end + 2 >= clause.end:
            continue
        if doc[start - 1].text != "," or doc[end + 1].text != "," or cues.type_of(verb) not in ("speech", "evidential"):
            continue
        if any(child.dep_ in ("ccomp", "dobj", "xcomp", "neg") for child in verb.children):
            continue
        source = doc[start:index]
        # only a speaker's phrase before the verb: "as Clinton speaks", "if you read", "it is said" are asides of another kind
        if not all(token.pos_ in SPEAKER_POS for token in source) or source[0].lower_ in WH_WORDS | EXPLETIVES or first_person(source):
            continue
        return Attribution(cue=doc[index : index + 1], source=source, content=head)
    return None


def closing_speaker(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """"..., or Peru in the ‘80s,” Okafor said.": a speech verb with its subject right after a closing
    quotation mark, ending the sentence, reports the quotation wherever the parser hung it (under a verb
    of the quotation, as its complement; R118)."""
    doc = clause.doc
    verb, last = final_verb(clause)
    if verb.i == head.i or verb.pos_ != "VERB" or cues.type_of(verb) != "speech" or verb.right_edge.i < last:
        return None
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i and child.tag_ not in ("WP", "WDT")]
    # the mark closes a quotation inside the clause: at the clause's start it opens one ("''They didn't tell us")
    if not subjects or subjects[0].left_edge.i - 1 <= clause.start or not _quotation_precedes_subject(subjects[0]):
        return None
    source = phrase(subjects[0])
    if first_person(source):
        return None
    return Attribution(cue=doc[verb.i : verb.i + 1], source=source, content=head)


def trailing_speaker(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """"The mayor thinks A, former mayor Tom Hill said this week", "Roe noted that A, reported the Gazette": a
    speech or evidential verb after a comma with its speaker, ending the clause with no content of its own, reports
    everything before the comma, the first cue included (R178)."""
    doc = clause.doc
    verb, last = final_verb(clause)
    # a finite verb: a participle after the comma (", citing X", ", noting X") is the first speaker's own act
    if verb.i <= head.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or cues.type_of(verb) not in ("speech", "evidential") or verb.right_edge.i < last:
        return None
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i and child.tag_ not in ("WP", "WDT")]
    if not subjects:
        subjects = _stranded_subject(verb, clause.start)
    first = subjects[0].left_edge.i if subjects else verb.i
    if first - 1 <= clause.start or doc[first - 1].text != ",":
        return None
    # an inverted speaker ("..., reported the Leeds Gazette") may be read as the verb's object; whom someone
    # "told" is never the speaker ("Ramos, 58, told AFP": the parser lost the subject)
    inverted = [child for child in verb.children if child.dep_ in ("dobj", "nsubj") and child.i > verb.i] if not subjects and verb.lemma_ != "tell" else []
    # ("told" has whom it was told as its object: "..., Okafor told the Gazette")
    if any(child.dep_ in ("ccomp", "xcomp", "neg", "mark") or (child.dep_ == "dobj" and child not in inverted and verb.lemma_ != "tell") for child in verb.children):
        return None
    source = phrase(subjects[0]) if subjects else (phrase(inverted[0]) if inverted else None)
    if source is None or first_person(source) or source.start < verb.i - MAX_TRAILING_SPEAKER_TOKENS:
        return None
    return Attribution(cue=doc[verb.i : verb.i + 1], source=source, content=head)


# A trailing speaker is a name with its title and apposition, not a clause ("a study by the Leeds Institute").
MAX_TRAILING_SPEAKER_TOKENS = 12


def stranded_speaker(clause: Span, verb: Token) -> Optional[Span]:
    """The speaker of a clause-final speech verb left without a subject (R180), with the comma before it."""
    subjects = _stranded_subject(verb, clause.start)
    _, last = final_verb(clause)
    if not subjects or verb.right_edge.i < last or subjects[0].left_edge.i - 1 <= clause.start:
        return None
    source = phrase(subjects[0])
    return None if first_person(source) else source


def _stranded_subject(verb: Token, clause_start: int) -> list[Token]:
    """", a diplomat in Abuja said": a trailing speaker with a prepositional phrase is often hung on the noun
    before the comma as its apposition, and its verb is left without a subject. The apposition that ends right
    before the verb and follows a comma is the speaker (R180)."""
    doc = verb.doc
    attrs = token_attrs(doc)
    index = verb.i - 1
    if index <= clause_start or attrs.tag[verb.i] not in ("VBD", "VBZ", "VBP"):
        return []
    # climb by index from the last word before the verb to the top of its phrase
    while attrs.dep[index] != "appos" and clause_start < attrs.heads[index] < verb.i and attrs.heads[index] != index:
        index = attrs.heads[index]
    token = doc[index]
    if token.dep_ != "appos" or token.pos_ not in ("NOUN", "PROPN") or token.right_edge.i != verb.i - 1 or doc[token.left_edge.i - 1].text != ",":
        return []
    return [token]


def _quotation_precedes_subject(subject: Token) -> bool:
    doc = subject.doc
    start = subject.left_edge.i
    return start >= 2 and (doc[start - 1].text in CLOSING_QUOTES or (doc[start - 1].text == "," and doc[start - 2].text in CLOSING_QUOTES))
