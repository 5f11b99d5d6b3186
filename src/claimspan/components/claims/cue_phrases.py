"""The cue as the phrase a reader marks (GUIDELINES R450): a cue verb with its verb group, the auxiliaries,
negation and adverbs right before it ("has said", "did not mention", "also told", "has repeatedly warned"), and
the word its cue table entry requires right after it ("pointed out", "called for", "talked about").

Applied once, when the claims are set on the Doc: the stage's rules compare cue offsets with the cue verb's own
offsets while they run, so the cue grows only in the records written out."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from .cues import CueTable
from .parts import text_span

# Dependents before the verb that belong to its verb group: auxiliaries ("has", "did", "is"), negation and single
# adverbs ("also", "later", "never").
GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Adverbs that open a clause or ask a question, not modify the act: "when he said", "so said the mayor".
CLAUSE_ADVERBS = frozenset({"when", "where", "why", "how", "so", "as", "thus", "therefore", "however"})
# Required words that follow the verb but are no part of its phrase: a colon ("speak" + ":") and the "as" of a
# naming ("referred to X as Y").
NOT_CONTIGUOUS = frozenset({":", "as"})


def cue_phrase(doc: Doc, cue: dict, cues: CueTable) -> dict:
    """The cue span grown over its verb group and the word its table entry requires; the cue as it is when its
    root is no verb (a preposition, a noun, a colon) or nothing is next to it."""
    span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return cue
    verb = span.root
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "MD" or span.text.lower() in cues.preps:
        return cue
    start, end = span.start, span.end
    while start > verb.sent.start and _in_group(doc[start - 1], verb):
        start -= 1
    required = _required_word(doc, end, verb, cues)
    if required is not None:
        end = required.i + 1
    if (start, end) == (span.start, span.end):
        return cue
    return text_span(doc[start:end])


def _in_group(token: Token, verb: Token) -> bool:
    if token.head != verb or token.dep_ not in GROUP_DEPS or token.is_punct or token.is_space:
        return False
    if token.dep_ == "advmod":
        # a single adverb: "two weeks ago" is a time phrase of its own, not a word of the verb group
        return token.tag_ in ("RB", "RBR", "RBS") and token.lower_ not in CLAUSE_ADVERBS and not any(True for _ in token.children)
    # the infinitive's "to" belongs to the verb it hangs on ("went on to say"): the cue stays the reporting verb
    return token.tag_ != "TO"


def _required_word(doc: Doc, end: int, verb: Token, cues: CueTable) -> Optional[Token]:
    """The word right after the cue that its table entry requires ("out", "for", "to"), when it hangs on the verb."""
    if end >= len(doc) or end > verb.sent.end - 1:
        return None
    token = doc[end]
    needs = cues.verbs.get(verb.lemma_.lower(), frozenset())
    # the word hangs on the verb, or marks the verb's own clause ("called for the mayor to resign")
    hangs = token.head == verb or (token.dep_ == "mark" and token.head.head == verb)
    if not hangs or token.lower_ in NOT_CONTIGUOUS or token.lower_ not in needs:
        return None
    return token
