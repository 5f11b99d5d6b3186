"""What the document page draws: the article cut into marked segments, and one card per claim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..records import Claim
from .decisions import ClaimState
from .gold_diff import GoldDiff
from .session import DocumentEntry, ReviewSession

# The layers drawn on the article, in legend order: (kind, label).
LAYERS = (
    ("claim", "claim"),
    ("source", "source"),
    ("cue", "cue"),
    ("quote", "quote"),
    ("hedge", "hedge"),
    ("actor", "actor"),
    ("date", "date"),
    ("figure", "figure"),
)
GOLD_LAYERS = (("miss", "missed gold span"), ("false", "false hit (not in gold)"))


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    claim: Optional[int] = None
    title: str = ""


@dataclass(frozen=True)
class Segment:
    start: int
    text: str
    kinds: tuple[str, ...]
    claims: tuple[int, ...]
    title: str


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut the text at every mark boundary; each piece knows every mark that covers it."""
    cuts = sorted({0, len(text), *(mark.start for mark in marks), *(mark.end for mark in marks)})
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        if mark.start < mark.end:
            starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        active = [mark for mark in active if mark.end > left] + starting.get(left, [])
        kinds = tuple(sorted({mark.kind for mark in active}))
        claims = tuple(sorted({mark.claim for mark in active if mark.claim is not None}))
        title = "; ".join(dict.fromkeys(mark.title for mark in active if mark.title))
        pieces.append(Segment(left, text[left:right], kinds, claims, title))
    return pieces


def claim_marks(index: int, claim: Claim) -> list[Mark]:
    marks = [Mark(claim.start, claim.end, "claim", index)]
    if claim.source:
        marks.append(Mark(claim.source.start, claim.source.end, "source", title=f"source {claim.source.actor_id or ''}".strip()))
        marks.append(Mark(claim.source.cue.start, claim.source.cue.end, "cue", title="cue"))
    marks.extend(Mark(quote.start, quote.end, "quote") for quote in claim.quotes)
    marks.extend(Mark(hedge.start, hedge.end, "hedge", title="hedge") for hedge in claim.hedges)
    return marks


def document_marks(entry: DocumentEntry, reviewed: list[Claim], diff: Optional[GoldDiff]) -> list[Mark]:
    marks: list[Mark] = []
    for index, claim in enumerate(reviewed):
        marks.extend(claim_marks(index, claim))
    if entry.document is not None:
        marks.extend(Mark(actor.start, actor.end, "actor", title=f"{actor.type} {actor.id}") for actor in entry.document.actors)
        marks.extend(Mark(mention.start, mention.end, "date", title=f"{mention.type} {mention.value}{' ' + mention.mod if mention.mod else ''}") for mention in entry.document.dates)
        marks.extend(Mark(figure.start, figure.end, "figure", title=f"figure {figure.value} {figure.unit or ''}".strip()) for figure in entry.document.figures)
    if diff is not None:
        for category, items in diff.misses.items():
            if category != "sentences":
                marks.extend(Mark(item.start, item.end, "miss", title=f"missed gold {category[:-1]}") for item in items)
        for category, items in diff.false_hits.items():
            if category != "sentences":
                marks.extend(Mark(item.start, item.end, "false", title=f"false {category[:-1]}") for item in items)
    return marks


@dataclass(frozen=True)
class ClaimCard:
    index: int
    claim: Claim
    state: ClaimState
    corrected: bool
    false_hit: bool
    gold_values: tuple[str, ...]


def claim_cards(session: ReviewSession, entry: DocumentEntry, reviewed: list[Claim], diff: Optional[GoldDiff]) -> list[ClaimCard]:
    false_spans = {(item.start, item.end) for item in diff.false_hits.get("claims", [])} if diff else set()
    cards = []
    for index, (original, claim) in enumerate(zip(entry.claims, reviewed)):
        span = (original.start, original.end)
        gold_values = tuple(diff.wrong_claims.get(span, ())) if diff else ()
        cards.append(ClaimCard(index, claim, session.state(original.claim_id), claim is not original, span in false_spans, gold_values))
    return cards
