"""A name the model reads as a place that says, reports or is told things is a speaker, not a place (R540).

The small model tags unfamiliar surnames, outlets and clubs as GPE ("Chong said", "Bloomberg reported", "told
Haaretz", "explained to Perfil"). A place the tables do not know does not speak: the places that do ("Washington
said") are capitals standing for their governments, which the tables already know. The speaker is an outlet
when it reports or is told things, or has a body's shape; else a person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Iterable

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...extensions import token_span, tokens_text
from ...tables import SpeakerVerbEntry
from .actor_linking import slugify
from .actor_spans import Candidate
from .actor_types import ends_like_company, names_an_organization
from .persons import is_english


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
        _sort_speaker(doc, start, end, role, organizations, persons)
    return organizations, persons


def untagged_speakers(
    doc: Doc, taken: frozenset[int], verbs: SpeakerVerbs, english_words: Collection[str], titles: dict[int, int]
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The organisations and persons among the names the model leaves untagged that speak or are spoken to (R820):
    'Okonkwo said', 'told Haaretz'. Every word must be capitalised, not in capitals, and no English word: 'The
    President said' and 'Morning Report' are left to the other rules."""
    organizations: list[Candidate] = []
    persons: list[tuple[int, int]] = []
    seen: set[int] = set()
    for verb in _verbs_of(doc, verbs.speech | verbs.telling | verbs.addressing):
        for root in _named_arguments(verb, verbs):
            if root.i in seen or not _untagged_name_word(root, taken, english_words, titles):
                continue
            seen.add(root.i)
            start = root.i
            # the first names the parser hangs on the name ('Diego' of 'Diego Prieto')
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == root.i and _untagged_name_word(doc[start - 1], taken, english_words, titles):
                start -= 1
            end = root.i + 1
            role = _speech_role(doc, start, end, verbs)
            if role is None:
                continue
            _sort_speaker(doc, start, end, role, organizations, persons)
    return organizations, persons


def _sort_speaker(doc: Doc, start: int, end: int, role: str, organizations: list[Candidate], persons: list[tuple[int, int]]) -> None:
    """An outlet, or a name shaped like a body or company, is an organisation; any other speaker is a person."""
    span = token_span(doc, start, end)
    if role == "outlet" or names_an_organization(span) or ends_like_company(span):
        text = tokens_text(doc, start, end)
        organizations.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True))
    else:
        persons.append((start, end))


def _verbs_of(doc: Doc, lemmas: frozenset[str]) -> Iterable[Token]:
    """The tokens whose lemma is one of the verbs, found on the lemma column (faster than walking every token)."""
    if not lemmas or not len(doc):
        return ()
    column = doc.to_array([LEMMA])
    found = numpy.isin(column, [doc.vocab.strings[lemma] for lemma in lemmas])
    return [doc[position] for position in numpy.flatnonzero(found).tolist() if doc[position].pos_ == "VERB"]


def _named_arguments(verb: Token, verbs: SpeakerVerbs) -> Iterable[Token]:
    """The subject, object or 'to' object of the verb: the places _speech_role reads."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "dative"):
            yield child
        elif child.dep_ == "prep" and child.lower_ == "to":
            yield from (grandchild for grandchild in child.children if grandchild.dep_ == "pobj")


def _untagged_name_word(token: Token, taken: frozenset[int], english_words: Collection[str], titles: dict[int, int]) -> bool:
    """A word of a name the model left untagged: capitalised, not in capitals, outside every entity and every mention
    found so far, no title and no English word (a capitalised common word opens sentences and headings)."""
    text = token.text
    return (
        token.ent_iob_ == "O"
        and token.pos_ in ("PROPN", "NOUN")
        and len(text) > 1
        and text[0].isupper()
        and not text.isupper()
        and token.i not in taken
        and token.i not in titles
        # plurals and lemmas too: the index holds base forms ('Experts say', 'Vendors told')
        and not is_english(token.lower_, english_words)
        and token.lemma_.lower() not in english_words
    )


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
