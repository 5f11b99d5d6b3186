"""A speaker the parser reads as the object of the verb after a quotation (GUIDELINES R411).

"“Meh,” wrote a Roe supporter who runs the account.", "''... at last!'' wrote a user signing as Tom Tom.": after a
closing quotation mark the speaker of an inverted speech verb follows it, but the parser may take the last words of
a short quotation for the verb's subject ("Meh") and the speaker for its object. The noun phrase right after the
verb is still who spoke: an object of "say" or "write" that follows a closing mark names no thing said (the
quotation is what was said). "Tell" and "ask" take whom they address as object ("“...,” told reporters"), so their
object is no speaker. Only a quotation that opens its sentence is what the verb says: a quoted title or word after the
writer's own words ("Roe, star of “Dallas,” thanked the mayor for ...", "summed up the plan as “bad,” denounced her
record") belongs to the subject or to an earlier clause, and the object after the verb is what the act is about (R940).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .quotation_marks import CLOSING_QUOTES

# Verbs whose object after a quotation is whom they address, not who speaks.
ADDRESSING_VERBS = frozenset({"tell", "ask", "inform", "remind", "assure", "urge", "warn"})
# a closing single mark is also an apostrophe ("the voters’ say"), so it does not close a quotation here
QUOTATION_CLOSERS = CLOSING_QUOTES - {"’"}
# the opening marks that pair with each closing mark
QUOTATION_OPENERS = {"”": frozenset({"“", '"', "``"}), '"': frozenset({'"', "“", "``"}), "''": frozenset({"''", "``", "“"})}


def object_speaker(verb: Token) -> Optional[Token]:
    """The head of the noun phrase right after a verb that follows a closing quotation mark, when the parser made
    it the verb's object; None otherwise."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in QUOTATION_CLOSERS or verb.lemma_.lower() in ADDRESSING_VERBS:
        return None
    if not _quotation_opens_sentence(verb):
        return None
    return next((child for child in verb.children if child.dep_ == "dobj" and child.left_edge.i == verb.i + 1 and child.pos_ in ("PROPN", "NOUN")), None)


def _quotation_opens_sentence(verb: Token) -> bool:
    """Whether the quotation closed right before the verb opens its sentence (only marks before its opening mark, on
    the sentence's own line) or was opened in an earlier sentence (a quotation over several sentences)."""
    doc = verb.doc
    openers = QUOTATION_OPENERS[doc[verb.i - 1].text]
    start = verb.sent.start
    for index in range(verb.i - 2, start - 1, -1):
        if doc[index].text in openers:
            # the sentence may run on from an earlier line ("... at 1:48 a.m.\n\n“In writing ...,” read the statement")
            line_start = next((token.i + 1 for token in reversed(doc[start:index]) if "\n" in token.text), start)
            return not any(token.is_alpha for token in doc[line_start:index])
    return True
