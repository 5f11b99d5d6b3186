"""Review decisions: their line model, the append-only decisions file, and replaying it into claim states."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Literal, Optional

from pydantic import Field, ValidationError

from ..errors import ClaimspanError, Errors
from ..records import ClaimType, Record

Action = Literal["accept", "reject", "type", "span", "source", "cue", "clear_source", "reset"]
Status = Literal["unreviewed", "accepted", "rejected"]
# A correction (type, span, source) accepts the claim as corrected; only reject and reset undo that.
STATUS_AFTER = {"accept": "accepted", "reject": "rejected", "reset": "unreviewed"}


class Decision(Record):
    """One reviewer decision on one claim, as one line of the decisions file."""

    doc_id: str = Field(..., description="Document of the claim.")
    claim_id: str = Field(..., description="The claim decided on (its id in the claims file).")
    action: Action = Field(..., description="accept, reject, type, span, source, cue, clear_source or reset.")
    type: Optional[ClaimType] = Field(None, description="New claim type (action 'type').")
    start: Optional[int] = Field(None, ge=0, description="New start offset (actions 'span', 'source', 'cue').")
    end: Optional[int] = Field(None, ge=0, description="New end offset (actions 'span', 'source', 'cue').")
    cue_start: Optional[int] = Field(None, ge=0, description="Cue start offset with action 'source' (needed when the claim has no cue).")
    cue_end: Optional[int] = Field(None, ge=0, description="Cue end offset with action 'source'.")
    time: Optional[str] = Field(None, description="When the decision was recorded (UTC, ISO 8601).")


@dataclass(frozen=True)
class ClaimState:
    """What the decisions so far say about one claim; None fields mean 'as predicted'."""

    status: Status = "unreviewed"
    type: Optional[str] = None
    span: Optional[tuple[int, int]] = None
    source: Optional[tuple[int, int]] = None
    cue: Optional[tuple[int, int]] = None
    source_cleared: bool = False
    decisions: int = 0


def apply_decision(state: ClaimState, decision: Decision) -> ClaimState:
    """The state after one (already validated) decision."""
    status = STATUS_AFTER.get(decision.action, "accepted")
    counted = state.decisions + 1
    if decision.action == "reset":
        return ClaimState(decisions=counted)
    if decision.action in ("accept", "reject"):
        return replace(state, status=status, decisions=counted)
    if decision.action == "type":
        return replace(state, status=status, type=decision.type, decisions=counted)
    if decision.action == "span":
        return replace(state, status=status, span=(decision.start, decision.end), decisions=counted)
    if decision.action == "source":
        cue = (decision.cue_start, decision.cue_end) if decision.cue_start is not None else state.cue
        return replace(state, status=status, source=(decision.start, decision.end), cue=cue, source_cleared=False, decisions=counted)
    if decision.action == "cue":
        return replace(state, status=status, cue=(decision.start, decision.end), decisions=counted)
    return replace(state, status=status, source=None, cue=None, source_cleared=True, decisions=counted)


@dataclass
class DecisionLog:
    """The decisions file: JSONL, one decision a line, appended, flushed and fsynced per decision.

    A server killed mid-write can leave one torn last line without its newline; reading skips it
    (that decision was never acknowledged to the browser), and the next append starts a new line.
    """

    path: Optional[Path]
    torn_lines: int = field(default=0, init=False)

    def read(self) -> Iterator[Decision]:
        if self.path is None or not self.path.exists():
            return
        data = self.path.read_bytes().decode("utf-8", errors="replace")
        lines = data.split("\n")
        for line_no, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield Decision.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as error:
                if line_no == len(lines):
                    self.torn_lines += 1
                    continue
                detail = error.msg if isinstance(error, json.JSONDecodeError) else str(error.errors()[0]["msg"]).lower()
                raise ClaimspanError(Errors.E030.format(path=self.path, line=line_no, detail=detail)) from error

    def append(self, decision: Decision) -> Decision:
        stamped = decision.model_copy(update={"time": decision.time or datetime.now(timezone.utc).isoformat(timespec="seconds")})
        if self.path is None:
            return stamped
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as handle:
            if handle.tell() and not _ends_with_newline(self.path):
                handle.write(b"\n")
            handle.write(stamped.model_dump_json(exclude_none=True).encode("utf-8") + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        return stamped


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"
