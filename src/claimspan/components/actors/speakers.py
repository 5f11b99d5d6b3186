"""A name the model reads as a place that says, reports or is told things is a speaker, not a place (R540).

The small model tags unfamiliar surnames, outlets and clubs as GPE ("Chong said", "Bloomberg reported", "told
Haaretz", "explained to Perfil"). A place the tables do not know does not speak: the places that do ("Washington
said") are capitals standing for their governments, which the tables already know. The speaker is an outlet
when it reports or is told things, or has a body's shape; else a person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc

from ...extensions import token_span, tokens_text
from ...tables import SpeakerVerbEntry
from .actor_linking import slugify
from .actor_spans import Candidate
from .actor_types import ends_like_company, names_an_organization


@dataclass(frozen=True)
class SpeakerVerbs:
    """The verbs of pipeline/speaker_verbs.jsonl by what they make of a name: a closed class of the grammar, like R260's 'told'."""

    speech: frozenset[str] = frozenset()  # their subject speaks ('Chong said')
    reporting: frozenset[str] = frozenset()  # their subject is an outlet: papers report and reveal
    telling: frozenset[str] = frozenset()  # their object is spoken to ('told Haaretz')
    addressing: frozenset[str] = frozenset()  # the object of their 'to' is spoken to ('spoke to Yonhap', 'explained to Perfil')

    @classmethod
    def from_entries(cls, entries: Iterable[SpeakerVerbEntry]) -> "SpeakerVerbs":
        entries = tuple(entries)
        return cls(
            speech=frozenset(entry.verb for entry in entries if entry.subject is not None),
            reporting=frozenset(entry.verb for entry in entries if entry.subject == "outlet"),
            telling=frozenset(entry.verb for entry in entries if entry.object),
            addressing=frozenset(entry.verb for entry in entries if entry.to),
        )


def speakers_read_as_places(
    doc: Doc, unknown: Iterable[tuple[int, int]], taken: frozenset[int], verbs: SpeakerVerbs
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The organisations and persons among the model's unknown GPE names that speak or are spoken to."""
    organizations: list[Candidate] = []
    persons: list[tuple[int, int]] = []
    for start, end in unknown:
        if doc[start].ent_type_ != "GPE" or any(i in taken for i in range(start, end)):
            continue
        role = _speech_role(doc, start, end, verbs)
        if role is None:
            continue
        span = token_span(doc, start, end)
        if role == "outlet" or names_an_organization(span) or ends_like_company(span):
            text = tokens_text(doc, start, end)
            organizations.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True))
        else:
            persons.append((start, end))
    return organizations, persons


def _speech_role(doc: Doc, start: int, end: int, verbs: SpeakerVerbs) -> str | None:
    """'speaker' for the subject of a verb of speech, 'outlet' for one that reports or is told things, else None."""
    root = next((token for token in doc[start:end] if not start <= token.head.i < end or token.head.i == token.i), None)
    if root is None:
        return None
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ in verbs.speech:
        return "outlet" if head.lemma_ in verbs.reporting else "speaker"
    if root.dep_ in ("dobj", "dative") and head.lemma_ in verbs.telling:
        return "outlet"
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in verbs.addressing:
        return "outlet"
    return None
