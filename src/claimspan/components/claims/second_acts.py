"""A speaker's second act in the same sentence (GUIDELINES R207): "Roe praised the plan and called it a model",
"Roe said the vote was close and warned that the count would take a week". The claim keeps its first cue; a second
finite cue verb coordinated with the first, without a subject of its own, reports a second content of the same
speaker, and becomes a nested claim with its own cue. Only the children of the claim's
own cue verb are looked at, so the cost follows the attributed claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator

from spacy.tokens import Doc, Span, Token

from .clauses import SUBJECT_DEPS, Clause
from .cues import CueTable, content_head
from .embedded import embedded_clause, with_nested
from .source_records import source_record
from .speakers import Attribution, phrase
from .token_attrs import token_attrs

if TYPE_CHECKING:
    from . import ClaimExtractor, Found
    from .context import DocContext

# A finite verb coordinated with the first cue ("praised ... and called ...").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Where a naming verb with a relative object sits: a relative clause, or a free relative under a preposition or verb.
NAMING_DEPS = frozenset({"relcl", "pcomp", "ccomp", "acl", "dobj", "pobj"})
# Where an evidential verb sits inside a claim: an adverbial, relative, reported or coordinated clause, a participle.
EVIDENCE_DEPS = frozenset({"advcl", "relcl", "ccomp", "conj", "acl", "pcomp"})
RELATIVES = frozenset({"that", "which"})
# Pronouns that name whoever they stand for ("what it calls", "which he called").
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it"})
# Words that join the second act to the first and are left out of its claim.
JOINING_DEPS = frozenset({"cc", "punct", "advmod", "preconj"})


def second_act_cues(span: Span, cue_start: int, cues: CueTable) -> Iterator[Token]:
    """Cue verbs after the claim's own cue verb that share its subject: finite verbs coordinated with it."""
    doc = span.doc
    own = next((token for token in span if token.idx == cue_start), None)
    if own is None or own.pos_ not in ("VERB", "AUX"):
        return
    # a chain of coordinated verbs ("praised A, criticized B and called C") hangs each on the one before
    chain = [own]
    while chain:
        verb = chain.pop()
        for child in verb.rights:
            if child.dep_ != "conj" or child.i >= span.end or child.pos_ != "VERB" or not _finite(child):
                continue
            # a participle ("..., adding that ...") reports for the claim's own speaker inside its claim (R135), and a
            # verb with a subject of its own is another speaker's report (R176) or the writer's (R197)
            if any(grand.dep_ in SUBJECT_DEPS for grand in child.children):
                continue
            chain.append(child)
            if cues.verb_needs(child) is not None and cues.is_cue_verb(child):
                yield child


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with its own auxiliary ("... and has called for ...", "... and is urging ...")."""
    return verb.tag_ in FINITE_TAGS or (verb.tag_ in ("VBN", "VBG") and any(child.dep_ == "aux" and child.lemma_ in ("have", "be") for child in verb.children))


def naming_in_relative(span: Span, own_cue: tuple[int, int], cues: CueTable, is_speaker: Callable[[Token], bool]) -> Iterator[Token]:
    """"under what Ms. Arden called “the old harbour plan”", "a cartel, which he called “a racket”": a naming verb
    (an entry of the table whose content is an object with its predicate) whose object is the relative or "what" and
    whose predicate follows it, with a subject that names a speaker (R208)."""
    doc = span.doc
    attrs = token_attrs(doc)
    for index in range(span.start, span.end):
        if attrs.dep[index] not in NAMING_DEPS or attrs.tag[index] not in FINITE_TAGS or cues.contents.get(attrs.lemma[index]) != "predicate":
            continue
        verb = doc[index]
        if own_cue[0] <= verb.idx < own_cue[1]:
            continue
        children = list(verb.children)
        relative = any(child.dep_ == "dobj" and child.i < verb.i and child.tag_ in ("WDT", "WP") for child in children)
        predicate = any(child.dep_ in ("oprd", "attr") and child.i > verb.i for child in children)
        subjects = [child for child in children if child.dep_ == "nsubj" and child.i < verb.i]
        if relative and predicate and subjects and (subjects[0].lower_ in SPEAKER_PRONOUNS or is_speaker(subjects[0])):
            yield verb


def evidence_inside(span: Span, own_cue: tuple[int, int], cues: CueTable) -> Iterator[tuple[Token, Token]]:
    """(evidential verb, evidence noun) inside a claim: "after a new poll showed a one-point race", "with new surveys
    showing a narrowing of the gap", "polls that show the mayor ahead": the verb's subject, the noun a participle
    describes or the noun a relative clause hangs on is evidence, a noun of the table's evidential nouns (R210)."""
    doc = span.doc
    attrs = token_attrs(doc)
    for index in range(span.start, span.end):
        if attrs.dep[index] not in EVIDENCE_DEPS or cues.types.get(attrs.lemma[index]) != "evidential" or attrs.pos[index] != "VERB":
            continue
        verb = doc[index]
        if own_cue[0] <= verb.idx < own_cue[1]:
            continue
        subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i]
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and not subjects:
            noun = verb.head
        elif verb.tag_ in FINITE_TAGS and subjects and subjects[0].lower_ in RELATIVES and verb.dep_ == "relcl":
            noun = verb.head
        elif verb.tag_ in FINITE_TAGS and subjects:
            noun = subjects[0]
        else:
            continue
        lemma = noun.lemma_.lower()
        if noun.i < span.start or lemma not in cues.nouns or cues.types.get(lemma) != "evidential" or "neg" in (child.dep_ for child in verb.children):
            continue
        # what the evidence shows: a clause, or a noun phrase that is a finding (R177), not a pronoun
        if content_head(verb) is not None or any(child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "NUM") for child in verb.children):
            yield verb, noun


def second_act_clause(verb: Token, span: Span) -> Clause:
    """The second act's words within the claim, without "and" or the comma that join it to the acts around it."""
    doc = verb.doc
    start = max(verb.left_edge.i, span.start)
    end = min(verb.right_edge.i + 1, span.end)
    while start < verb.i and (doc[start].is_space or doc[start].dep_ in JOINING_DEPS):
        start += 1
    # the next act of the chain is a claim of its own
    for child in verb.rights:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            end = min(end, child.left_edge.i)
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    return Clause(head=verb, start_token=start, end_token=end)


def with_second_acts(extractor: "ClaimExtractor", doc: Doc, sent: Span, found: list["Found"], context: "DocContext") -> list["Found"]:
    """The sentence's claims, with a nested claim for each second act of a claim's speaker, in text order."""
    nested = []
    for item in found:
        source = item.record["source"]
        own_cue = (source["cue"]["start"], source["cue"]["end"]) if source is not None else (-1, -1)
        for verb in naming_in_relative(item.span, own_cue, extractor.cues, context.names_speaker):
            part = extractor._claim(doc, embedded_clause(verb, item.span), sent, context)
            if part is not None and part.record["source"] is not None and part.record["source"]["cue"]["start"] == verb.idx:
                nested.append(part)
        for verb, noun in evidence_inside(item.span, own_cue, extractor.cues):
            evidence = source_record(Attribution(cue=doc[verb.i : verb.i + 1], source=phrase(noun, drop=frozenset({"acl", "relcl", "punct"})), content=None), context)
            part = extractor._claim(doc, embedded_clause(verb, item.span), sent, context, inherited=evidence)
            if part is not None and part.record["source"] is not None and part.record["source"]["cue"]["start"] == verb.idx:
                part.record["source"] = evidence
                nested.append(part)
        if source is None:
            continue
        for verb in second_act_cues(item.span, source["cue"]["start"], extractor.cues):
            part = extractor._claim(doc, second_act_clause(verb, item.span), sent, context)
            inner = part.record["source"] if part is not None else None
            # kept when the second verb is the cue found and its speaker is the claim's own
            if inner is None or inner["cue"]["start"] != verb.idx or not (inner["start"] < source["end"] and source["start"] < inner["end"]):
                continue
            nested.append(part)
    return with_nested(found, nested)
