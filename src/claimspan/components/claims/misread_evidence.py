"""Evidence whose verb the parser reads as a noun (GUIDELINES R311): in "..., campaign finance records show." and
"During the same year, court records show, the firm ..." the tagger often takes "records show" for a noun phrase, with
"show" as its head noun, and the clause has no cue verb at all. Only the clause's own words are looked at, by index,
and only from the words the table lists, so the cost follows the clauses."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CueTable
from .speakers import Attribution
from .token_attrs import token_attrs

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The words of an evidence phrase before its last noun: nouns, adjectives, articles, possessives, "and".
PHRASE_TAGS = NOUN_TAGS | {"JJ", "DT", "CC", "PRP$", "POS"}
# An evidence phrase is a few nouns with their modifiers ("Federal Election Commission records").
MAX_EVIDENCE_TOKENS = 8


def misread_evidence(clause: Span, head: Token, cues: CueTable) -> Optional[Attribution]:
    """A verb of evidence the table lists only as a verb ("show"), tagged as a noun, right after a plural noun, with a
    comma before that phrase and a comma or the clause's end after the verb: the plural phrase is the source and the
    rest of the clause its content, as R178 and R310 read "..., records show." with the verb parsed."""
    doc = clause.doc
    attrs = token_attrs(doc)
    last = clause.end - 1
    while last > clause.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for index in range(clause.start + 3, last + 1):
        lemma = attrs.lemma[index]
        if attrs.pos[index] != "NOUN" or lemma not in cues.verbs or lemma in cues.nouns or cues.types.get(lemma) != "evidential":
            continue
        if attrs.tag[index - 1] not in PLURAL_TAGS or attrs.dep[index - 1] not in ("compound", "nmod"):
            continue
        # the verb ends the clause or closes an aside with a comma that words of the clause follow
        if index != last and not (doc[index + 1].text == "," and index + 2 <= last):
            continue
        start = index - 1
        while start - 1 > clause.start and attrs.tag[start - 1] in PHRASE_TAGS and doc[start - 1].text != ",":
            start -= 1
        if doc[start - 1].text != "," or index - start > MAX_EVIDENCE_TOKENS or start - 1 <= clause.start:
            continue
        return Attribution(cue=doc[index : index + 1], source=doc[start:index], content=head)
    return None
