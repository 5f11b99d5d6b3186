"""A review session: the texts, the predicted records, optional gold, and the decisions replayed on them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..convert import _inside, text_sha256
from ..errors import ClaimspanError, Errors
from ..io import read_documents
from ..records import CharSpan, Claim, DocumentRecord, Source, TextSpan
from ..records_io import read_records
from ..scoring import load_side
from .decisions import ClaimState, Decision, DecisionLog, apply_decision


def _within(span, start: int, end: int) -> bool:
    return span is not None and start <= span.start and span.end <= end


class ReviewError(ValueError):
    """A rejected request: the HTTP status and a coded one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class DocumentEntry:
    """One article under review."""

    doc_id: str
    text: str
    title: Optional[str]
    published: Optional[str]
    document: Optional[DocumentRecord]
    claims: list[Claim] = field(default_factory=list)
    gold: Optional[tuple[Optional[DocumentRecord], list[Claim]]] = None


class ReviewSession:
    """Everything the review app shows and changes; the web layer only calls these methods."""

    def __init__(self, documents: dict[str, DocumentEntry], log: DecisionLog) -> None:
        self.documents = documents
        self.log = log
        self.claims = {claim.claim_id: claim for entry in documents.values() for claim in entry.claims}
        self.states: dict[str, ClaimState] = defaultdict(ClaimState)
        self.stale_decisions = 0
        for decision in log.read():
            # A decisions file from an older claims file may name claims that are gone; count and skip them.
            if decision.claim_id in self.claims and self.claims[decision.claim_id].doc_id == decision.doc_id:
                self.states[decision.claim_id] = apply_decision(self.states[decision.claim_id], decision)
            else:
                self.stale_decisions += 1

    @classmethod
    def load(cls, paths: Iterable[str], *, claims: Path, docs: Optional[Path] = None, gold: Optional[Path] = None, decisions: Optional[Path] = None) -> "ReviewSession":
        inputs = {document.id: document for document in read_documents(list(paths))}
        records = defaultdict(list)
        document_records: dict[str, DocumentRecord] = {}
        for source in (docs, claims):
            if source is None:
                continue
            for _, _, record in read_records(source):
                if isinstance(record, DocumentRecord):
                    document_records[record.doc_id] = record
                else:
                    if record.doc_id not in inputs:
                        raise ClaimspanError(Errors.E037.format(claim_id=record.claim_id, doc_id=record.doc_id))
                    records[record.doc_id].append(record)
        gold_records = load_side(gold, {doc_id: document.text for doc_id, document in inputs.items()}, check_hash=True) if gold else {}
        entries = {}
        for doc_id, document in inputs.items():
            published = document.meta.published.isoformat() if document.meta.published else None
            entry_claims = sorted(records.get(doc_id, []), key=lambda claim: (claim.start, claim.end))
            entries[doc_id] = DocumentEntry(doc_id, document.text, document.meta.title, published, document_records.get(doc_id), entry_claims, gold_records.get(doc_id))
        return cls(entries, DecisionLog(decisions))

    # ------------------------------------------------------------------ reading

    def entry(self, doc_id: str) -> DocumentEntry:
        entry = self.documents.get(doc_id)
        if entry is None:
            raise ReviewError(404, Errors.E501.format(doc_id=doc_id))
        return entry

    def state(self, claim_id: str) -> ClaimState:
        return self.states.get(claim_id, ClaimState())

    def counts(self, doc_id: str) -> dict:
        entry = self.documents[doc_id]
        statuses = [self.state(claim.claim_id).status for claim in entry.claims]
        return {
            "claims": len(entry.claims),
            "sourced": sum(1 for claim in entry.claims if claim.source),
            "accepted": statuses.count("accepted"),
            "rejected": statuses.count("rejected"),
            "unreviewed": statuses.count("unreviewed"),
        }

    def reviewed_claim(self, claim: Claim) -> Claim:
        """The claim with every correction applied (type, span, source), still a valid Claim record."""
        state = self.state(claim.claim_id)
        text = self.documents[claim.doc_id].text
        document = self.documents[claim.doc_id].document
        update: dict = {}
        if state.type is not None:
            update["type"] = state.type
            update["flags"] = [flag for flag in claim.flags if flag != state.type]
        if state.span is not None:
            start, end = state.span
            update.update(start=start, end=end, text=text[start:end])
            for name in ("subject", "predicate", "object"):
                if not _within(getattr(claim, name), start, end):
                    update[name] = None
            update["quotes"] = [quote for quote in claim.quotes if _within(quote, start, end)]
            update["hedges"] = [hedge for hedge in claim.hedges if _within(hedge, start, end)]
            if document is not None:
                update["actors"] = _inside(document.actors, start, end)
                update["dates"] = _inside(document.dates, start, end)
                update["figures"] = _inside(document.figures, start, end)
                sentence = next((sentence for sentence in document.sentences if sentence.start <= start < sentence.end), None)
                update["sentence"] = CharSpan(start=sentence.start, end=sentence.end) if sentence else None
            else:
                update.update({name: [mention for mention in getattr(claim, name) if _within(mention, start, end)] for name in ("actors", "dates", "figures")})
        if state.source_cleared:
            update["source"] = None
        if state.source is not None or (state.cue is not None and claim.source is not None):
            source_span = state.source or (claim.source.start, claim.source.end)
            cue_span = state.cue or (claim.source.cue.start, claim.source.cue.end)
            actor_id = None
            if document is not None:
                actor_id = next((actor.id for actor in document.actors if (actor.start, actor.end) == source_span), None)
            update["source"] = Source(
                start=source_span[0], end=source_span[1], text=text[source_span[0] : source_span[1]], actor_id=actor_id, cue=TextSpan(start=cue_span[0], end=cue_span[1], text=text[cue_span[0] : cue_span[1]])
            )
        return claim.model_copy(update=update) if update else claim

    # ------------------------------------------------------------------ writing

    def decide(self, decision: Decision) -> ClaimState:
        """Validate a decision against the texts and claims, append it durably, then apply it."""
        entry = self.entry(decision.doc_id)
        claim = self.claims.get(decision.claim_id)
        if claim is None or claim.doc_id != decision.doc_id:
            raise ReviewError(404, Errors.E502.format(claim_id=decision.claim_id, doc_id=decision.doc_id))
        if decision.action == "type" and decision.type is None:
            raise ReviewError(422, Errors.E503.format(detail="action 'type' needs a 'type'"))
        if decision.action in ("span", "source", "cue"):
            if decision.start is None or decision.end is None:
                raise ReviewError(422, Errors.E503.format(detail=f"action '{decision.action}' needs 'start' and 'end'"))
            start, end = self._check_span(entry, decision.start, decision.end)
            decision = decision.model_copy(update={"start": start, "end": end})
        if decision.action == "source":
            if (decision.cue_start is None) != (decision.cue_end is None):
                raise ReviewError(422, Errors.E503.format(detail="give both 'cue_start' and 'cue_end', or neither"))
            if decision.cue_start is not None:
                cue_start, cue_end = self._check_span(entry, decision.cue_start, decision.cue_end)
                decision = decision.model_copy(update={"cue_start": cue_start, "cue_end": cue_end})
            elif self._current_cue(claim) is None:
                raise ReviewError(422, Errors.E505)
        if decision.action == "cue" and self.reviewed_claim(claim).source is None:
            raise ReviewError(422, Errors.E506)
        stamped = self.log.append(decision)
        self.states[claim.claim_id] = apply_decision(self.state(claim.claim_id), stamped)
        return self.states[claim.claim_id]

    def _current_cue(self, claim: Claim):
        reviewed = self.reviewed_claim(claim)
        return reviewed.source.cue if reviewed.source else None

    @staticmethod
    def _check_span(entry: DocumentEntry, start: int, end: int) -> tuple[int, int]:
        """The span with surrounding whitespace trimmed (a mouse selection often takes a space along)."""
        if not 0 <= start < end <= len(entry.text):
            raise ReviewError(422, Errors.E504.format(start=start, end=end, doc_id=entry.doc_id, length=len(entry.text)))
        selected = entry.text[start:end]
        if not selected.strip():
            raise ReviewError(422, Errors.E508.format(start=start, end=end))
        return start + len(selected) - len(selected.lstrip()), end - (len(selected) - len(selected.rstrip()))

    # ------------------------------------------------------------------ gold

    def gold_records(self, doc_id: str) -> list:
        """The gold lines for one document: its document record, then accepted claims as corrected.

        Only what the reviewer decided on becomes gold (GUIDELINES R80): rejected and unreviewed
        claims are left out, and the unreviewed mention layers (sentences, actors, dates, figures)
        stay empty rather than copied from the predictions.
        """
        entry = self.documents[doc_id]
        published = entry.document.published if entry.document and entry.document.published else entry.published
        document = DocumentRecord(doc_id=doc_id, text_sha256=text_sha256(entry.text), published=published)
        unreviewed_layers = {"pipeline": None, "actors": [], "dates": [], "figures": []}
        claims = [self.reviewed_claim(claim).model_copy(update=unreviewed_layers) for claim in entry.claims if self.state(claim.claim_id).status == "accepted"]
        return [document, *claims]

    def reviewed_documents(self) -> list[str]:
        return [doc_id for doc_id, entry in self.documents.items() if any(self.state(claim.claim_id).decisions for claim in entry.claims)]
