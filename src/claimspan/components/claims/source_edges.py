"""Where a source phrase starts and ends (GUIDELINES R920-R923): the kicker a headline sets before a dash is no part
of it (R920), a bare demonstrative before an evidential cue is none (R921), a name before its unclosed apposition is (R922), and a
contracted "has" the parser reads as a possessive belongs to the cue, not to the speaker (R923); inside a quotation
"you", "some" or "people" are the speaker's own generalisation, not a source (R924); and the participle clause
that opens the sentence ("Speaking on Geo News programme X, ...") says where the speaker spoke, not who (R925)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

# dashes that set a headline's kicker ("Energy Crisis - President Announces ...") off from its subject
DASHES = frozenset({"-", "–", "—", "―", "--"})
# pronouns that point at a thing or a stretch of text ("This only confirms ..."), not at who speaks
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# words for anyone or people in general: inside a quotation ("Some say ...", "You would think ...") they are the quoted
# speaker's own way of putting it (R924)
GENERIC_SPEAKERS = frozenset({"you", "some", "others", "people", "everyone", "everybody", "nobody", "someone", "anyone", "one"})
CONTRACTED_HAS = frozenset({"'s", "’s"})
# the determiners that open a description set beside a name ("Jane Roe, a city resident")
DESCRIPTION_DETERMINERS = frozenset({"a", "an", "the"})


def demonstrative(source: Span, cue_type: Optional[str]) -> bool:
    """A source that is only "this", "that", "these" or "those" before an evidential cue ("This only confirms ...",
    "That shows ..."): the writer's inference from what came before, not a source (R921). Before a cue of saying it
    may stand for a document just named ("The mayor sent a letter. That said ...", R501) and stays; a relative
    "that" ("a poll that shows") stands for the noun before it and is read as that noun (R44)."""
    if cue_type != "evidential" or len(source) != 1 or source[0].lower_ not in DEMONSTRATIVES:
        return False
    word = source[0]
    return word.tag_ != "WDT" and word.head.dep_ != "relcl"


def without_kicker(source: Span) -> Span:
    """The source after the dash that ends a headline's kicker: "Energy Crisis - President" -> "President" (R920).
    A kicker opens its line, every word of it is capitalised, and one dash with spaces around it closes it; a
    lower-case word ("The two unions — the nurses and the porters —") makes the dashes an apposition's, which stays."""
    doc = source.doc
    dashes = [token for token in source if token.text in DASHES and token.i > 0 and doc[token.i - 1].whitespace_ and token.whitespace_]
    if len(dashes) != 1 or dashes[0].i + 1 >= source.end or not source[0].is_sent_start:
        return source
    kicker = doc[source.start : dashes[0].i]
    if not all(token.is_punct or token.is_title or token.is_upper or not token.is_alpha for token in kicker):
        return source
    return doc[dashes[0].i + 1 : source.end]


def without_opening_participle(source: Span) -> Span:
    """The speaker after the participle clause that opens the sentence, when the parser makes the clause the subject:
    "Speaking on Geo News programme Capital Talk, PTI leader Jane Roe was of the view ..." -> "PTI leader Jane Roe"
    (R925). The clause names the programme or the venue, which would otherwise be read as the source."""
    first = source[0]
    if first.tag_ != "VBG" or source.root.i != first.i:
        return source
    commas = [token for token in source if token.text == ","]
    if not commas:
        return source
    speaker = source.doc[commas[-1].i + 1 : source.end]
    return speaker if any(token.pos_ in ("PROPN", "NOUN", "PRON") for token in speaker) else source


def contracted_has(source: Span, cue: Span) -> Optional[Token]:
    """The "'s" that ends the source right before its cue verb, read by the parser as a possessive: in "The
    minister’s said that ..." it is a contracted "has" (R923). The cue's head is the verb whose subject the
    source is, so a possessive before a noun ("the group's stated aim") is never one."""
    if len(source) < 2 or source.end != cue.start:
        return None
    last, verb = source[-1], cue.root
    if last.lower_ not in CONTRACTED_HAS or last.tag_ != "POS" or verb.tag_ not in ("VBN", "VBD") or source.root.head.i != verb.i:
        return None
    return last


def with_apposition_before(source: Span, subject: Token, verb: Token) -> Span:
    """"Jane Roe, a city resident tweeted: ...": without the comma that closes the apposition the parser makes the
    name and the description two subjects of the verb; the source is both (R922). Only a proper name right before
    ", a/an/the <description>" joins, so a fronted phrase ("As well as new routes, Mannion stated") stays out."""
    doc = subject.doc
    names = [child for child in verb.children if child.i < source.start and child.dep_ == "nsubj" and child.pos_ == "PROPN"]
    if not names or subject.pos_ != "NOUN":
        return source
    name = names[-1]
    comma = name.i + 1
    if comma + 1 != source.start or doc[comma].text != "," or doc[source.start].lower_ not in DESCRIPTION_DETERMINERS:
        return source
    # the parser may hang the comma on the name; nothing else may follow it
    if name.right_edge.i not in (name.i, comma):
        return source
    return doc[name.left_edge.i : source.end]


def generic_speaker(source: Span) -> bool:
    """A source for anyone or people in general ("Some", "You", "Other people", "No one else"): its head is one of
    GENERIC_SPEAKERS and it names no one (R924)."""
    return len(source) <= 3 and source.root.lower_ in GENERIC_SPEAKERS and not any(token.pos_ == "PROPN" or token.ent_type_ for token in source)
