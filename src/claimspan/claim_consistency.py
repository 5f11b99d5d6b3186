"""A claim record against its document record: the claim lies inside its sentence, and an actor, date or figure
of the claim on the same span as one of the document's says the same, and no mention runs from one sentence into
another (validate: E045, E046, E061)."""

from __future__ import annotations

from typing import Optional

from .records import Claim, DocumentRecord

MENTION_LAYERS = ("actors", "dates", "figures")


def sentence_problem(claim: Claim) -> Optional[str]:
    """Why the claim is not inside its own sentence, or None."""
    sentence = claim.sentence
    if sentence is None or (sentence.start <= claim.start and claim.end <= sentence.end):
        return None
    return f"the claim [{claim.start}:{claim.end}] is not inside its sentence [{sentence.start}:{sentence.end}]"


def crossing_problem(record) -> Optional[str]:
    """The first actor, date or figure that runs from one sentence into another, described, or None: of a document
    record, against its sentences; of a claim, against the claim's own sentence."""
    if isinstance(record, DocumentRecord):
        sentences = record.sentences
    else:
        sentences = [record.sentence] if record.sentence is not None else []
    for layer in MENTION_LAYERS:
        for mention in getattr(record, layer):
            for sentence in sentences:
                if any(mention.start < edge < mention.end for edge in (sentence.start, sentence.end)):
                    return f"the {layer[:-1]} '{mention.text}' [{mention.start}:{mention.end}] crosses the edge of the sentence [{sentence.start}:{sentence.end}]"
    return None


def mention_index(document: DocumentRecord) -> dict[tuple[str, int, int], object]:
    """The document's mentions by (layer, start, end): one lookup per claim mention."""
    return {(layer, mention.start, mention.end): mention for layer in MENTION_LAYERS for mention in getattr(document, layer)}


def mention_problem(claim: Claim, index: dict[tuple[str, int, int], object]) -> Optional[str]:
    """The first claim mention that disagrees with the document's mention on the same span, described, or None."""
    for layer in MENTION_LAYERS:
        for mention in getattr(claim, layer):
            known = index.get((layer, mention.start, mention.end))
            if known is not None and known != mention:
                fields = [name for name in type(mention).model_fields if getattr(mention, name) != getattr(known, name)]
                differences = ", ".join(f"{name} {getattr(mention, name)!r} vs {getattr(known, name)!r}" for name in fields)
                return f"its {layer[:-1]} '{mention.text}' [{mention.start}:{mention.end}] differs from the document record's ({differences})"
    return None
