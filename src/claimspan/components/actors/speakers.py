"""A name the model reads as a place that says, reports or is told things is a speaker, not a place (R540).

The small model tags unfamiliar surnames, outlets and clubs as GPE ("Chong said", "Bloomberg reported", "told
Haaretz", "explained to Perfil"). A place the tables do not know does not speak: the places that do ("Washington
said") are capitals standing for their governments, which the tables already know. The speaker is an outlet
when it reports or is told things, or has a body's shape; else a person."""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from ...extensions import token_span, tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate
from .actor_types import ends_like_company, names_an_organization

# Verbs of speech whose subject is the speaker; a closed class of the grammar, like R260's 'told'.
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "reveal", "add", "explain", "note", "confirm", "claim", "announce", "state", "insist", "argue", "warn"})
# Verbs whose subject is an outlet rather than a person: papers report and reveal.
OUTLET_LEMMAS = frozenset({"report", "reveal"})
# Verbs of speech to an addressee: 'told Haaretz', 'spoke to Yonhap', 'explained to Perfil'.
ADDRESS_LEMMAS = frozenset({"tell", "speak", "explain", "say", "talk", "confirm", "reveal"})


def speakers_read_as_places(doc: Doc, unknown: Iterable[tuple[int, int]], taken: frozenset[int]) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The organisations and persons among the model's unknown GPE names that speak or are spoken to."""
    organizations: list[Candidate] = []
    persons: list[tuple[int, int]] = []
    for start, end in unknown:
        if doc[start].ent_type_ != "GPE" or any(i in taken for i in range(start, end)):
            continue
        role = _speech_role(doc, start, end)
        if role is None:
            continue
        span = token_span(doc, start, end)
        if role == "outlet" or names_an_organization(span) or ends_like_company(span):
            text = tokens_text(doc, start, end)
            organizations.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True))
        else:
            persons.append((start, end))
    return organizations, persons


def _speech_role(doc: Doc, start: int, end: int) -> str | None:
    """'speaker' for the subject of a verb of speech, 'outlet' for one that reports or is told things, else None."""
    root = next((token for token in doc[start:end] if not start <= token.head.i < end or token.head.i == token.i), None)
    if root is None:
        return None
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ in SPEECH_LEMMAS:
        return "outlet" if head.lemma_ in OUTLET_LEMMAS else "speaker"
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return "outlet"
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ADDRESS_LEMMAS:
        return "outlet"
    return None
