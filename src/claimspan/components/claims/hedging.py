"""Hedges (likely, reportedly, expected to, may ...) and negation of a clause's main assertion."""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ...tables import HedgeEntry
from .token_attrs import token_attrs

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "none", "nobody", "nothing", "nowhere", "cannot"})
# Determiners and pronouns that negate the clause when they are (or determine) its subject or object.
NEGATIVE_QUANTIFIERS = frozenset({"no", "neither", "none", "nobody", "nothing", "no-one"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "expl"})
# "could not afford", "could not be reached": the past of "cannot" states an inability, no uncertainty (R333)
NEGATED_ABILITY = frozenset({"could"})
ABILITY_NEGATORS = frozenset({"not", "n't", "never"})
# ... unless what could not be done would have settled a doubt: "could not rule out arson", "could not (immediately)
# confirm the toll", "could not say how many", "could not be sure" leave the claim open, and keep "could" a hedge (R341)
DOUBT_LEFT_OPEN = frozenset({"rule", "exclude", "confirm", "corroborate", "verify", "determine", "establish", "say", "sure", "certain"})


def build_hedge_matcher(nlp: Language, entries: Iterable[HedgeEntry]) -> tuple[PhraseMatcher, dict[str, str]]:
    """A case-insensitive PhraseMatcher over the hedge phrases, and the tag each phrase requires.
    Patterns go through the tokenizer so "don't" splits as in the text."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    required_tags: dict[str, str] = {}
    for entry in entries:
        phrase = entry.hedge.lower()
        matcher.add(phrase, [nlp.make_doc(phrase)])
        if entry.tag:
            required_tags[phrase] = entry.tag
    return matcher, required_tags


def find_hedges(doc: Doc, matcher: PhraseMatcher, required_tags: dict[str, str]) -> list[tuple[int, int]]:
    """Token ranges of the hedges in the doc, longest match first where they overlap."""
    found = []
    for match_id, start, end in matcher(doc):
        phrase = doc.vocab.strings[match_id]
        tag = required_tags.get(phrase)
        if phrase in NEGATED_ABILITY and end < len(doc) and doc[end].lower_ in ABILITY_NEGATORS and not _leaves_doubt_open(doc, end + 1):
            continue
        if tag is None or doc[start].tag_ == tag:
            found.append((start, end))
    found.sort(key=lambda match: (match[0], -(match[1] - match[0])))
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _leaves_doubt_open(doc: Doc, index: int) -> bool:
    """The verb after "could not" (past adverbs and "be") is one whose failure leaves a doubt open (R341)."""
    while index < len(doc) and (doc[index].pos_ == "ADV" or doc[index].lower_ == "be"):
        index += 1
    return index < len(doc) and doc[index].lemma_.lower() in DOUBT_LEFT_OPEN


def is_negated(verb: Token) -> bool:
    """True when the verb's own clause is negated: "did not", "will not be tolerated", "never",
    "Neither side wants", "no one saw", "there is no ...". Negation inside a dependent clause does
    not count, because only the verb's own dependents are looked at."""
    # the children are read off the Doc's columns: a Token is built only for an argument to look into
    attrs = token_attrs(verb.doc)
    dep, lower, children = attrs.dep, attrs.lower, attrs.children[verb.i]
    if verb.lemma_ == "take" and any(lower[child] == "long" for child in children):
        # "It did not take long for ...": the negation is idiomatic and the content is positive
        return False
    for child in children:
        if dep[child] == "neg" or (dep[child] in ("advmod", "aux") and lower[child] in NEGATORS):
            return True
        if dep[child] in ARGUMENT_DEPS and _negative_phrase(verb.doc[child]):
            return True
    return False


def _negative_phrase(head: Token) -> bool:
    if head.lower_ in NEGATIVE_QUANTIFIERS:
        return True
    return any(child.dep_ in ("det", "preconj", "advmod") and child.lower_ in NEGATIVE_QUANTIFIERS for child in head.children)


def hedges_in(doc: Doc, hedges: list[tuple[int, int]], span: Span) -> Iterator[Span]:
    """The hedge spans inside a claim span."""
    for start, end in hedges:
        if start >= span.start and end <= span.end:
            yield doc[start:end]
