"""Every record claimspan reads or writes, as pydantic v2 models (STYLE G7).

Offsets are Python string (code point) offsets into the source text exactly as read:
``text[start:end] == record.text`` for every record with a text (checked in convert.check_spans).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

ActorType = Literal["PERSON", "COUNTRY", "ARMED_GROUP", "ORGANIZATION"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimexMod = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"]
ClaimType = Literal["event", "statistic", "attributed", "assessment", "prediction", "recommendation"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CharSpan(Record):
    """A stretch of the source text by character offsets."""

    start: int = Field(..., ge=0, description="Offset of the first character (code points).")
    end: int = Field(..., ge=0, description="Offset one past the last character.")


class TextSpan(CharSpan):
    """A span that also carries its text, so a reader can check it against the source."""

    text: str = Field(..., description="The source text between start and end, exactly.")


class ActorMention(TextSpan):
    id: str = Field(..., description="Canonical actor id, e.g. 'country:PAK', 'group:ttp', 'person:shehbaz-sharif'.")
    type: ActorType = Field(..., description="PERSON, COUNTRY (a state or its government), ARMED_GROUP or ORGANIZATION.")
    name: Optional[str] = Field(None, description="Canonical name of the actor.")


class DateMention(TextSpan):
    type: TimexType = Field(..., description="TIMEX3 type.")
    value: str = Field(..., description="TIMEX3 value (ISO 8601; X for what the text leaves open).")
    mod: Optional[TimexMod] = Field(None, description="TIMEX3 mod, or null.")


class FigureMention(TextSpan):
    value: Optional[float] = Field(None, description="The number, or the midpoint of a range; null for vague amounts with no number.")
    low: Optional[float] = Field(None, description="Lower bound (equals value for a single number).")
    high: Optional[float] = Field(None, description="Upper bound (equals value for a single number).")
    unit: Optional[str] = Field(None, description="What is counted or measured: the head noun ('fighters'), a currency code ('USD') or 'percent'.")
    approx: bool = Field(False, strict=True, description="True for estimates and vague amounts ('about', 'dozens', 'an estimated').")


class PipelineInfo(Record):
    claimspan: str = Field(..., description="claimspan version.")
    model: str = Field(..., description="Name of the pretrained spaCy pipeline.")
    model_version: str = Field(..., description="Version of the pretrained spaCy pipeline.")
    spacy: str = Field(..., description="spaCy version.")


class DocumentRecord(Record):
    """One processed document: its sentences and every actor, date and figure mention."""

    record: Literal["document"] = Field("document", description="Record kind.")
    doc_id: str = Field(..., description="Document id (file stem or the JSONL record's id).")
    text_sha256: str = Field(..., description="sha256 of the UTF-8 source text, to tie offsets to one version of it.")
    published: Optional[date] = Field(None, description="Anchor date relative dates were resolved against.")
    sentences: list[CharSpan] = Field(default_factory=list, description="Sentence spans.")
    actors: list[ActorMention] = Field(default_factory=list, description="Actor mentions.")
    dates: list[DateMention] = Field(default_factory=list, description="Temporal expressions with TIMEX3 values.")
    figures: list[FigureMention] = Field(default_factory=list, description="Numbers that carry facts.")
    pipeline: Optional[PipelineInfo] = Field(None, description="What produced the record; null in gold.")
    meta: dict[str, Any] = Field(default_factory=dict, description="The input's metadata as given (sidecar or JSONL meta): the keys claimspan reads (published, title, date_order, ...) after validation, and every other key (author, section, tags, ...) carried unchanged.")


class Source(TextSpan):
    """Who the claim is attributed to; the cue is the word or phrase marking the attribution."""

    actor_id: Optional[str] = Field(None, description="Canonical id of the source actor, if known.")
    resolved: Optional[TextSpan] = Field(None, description="For a pronoun or a continued source ('It', 'the report'): the mention it refers to.")
    cue: TextSpan = Field(..., description="The attribution cue: says, according to, claimed, found, hopes ...")


class Predicate(TextSpan):
    lemma: str = Field(..., description="Lemma of the main verb.")


class Claim(Record):
    """One checkable assertion, self-contained so grep, jq or an editor suffice to review it."""

    record: Literal["claim"] = Field("claim", description="Record kind.")
    claim_id: str = Field(..., description="Stable id: the same input gives the same id.")
    doc_id: str = Field(..., description="Document the claim comes from.")
    start: int = Field(..., ge=0, description="Claim start offset.")
    end: int = Field(..., ge=0, description="Claim end offset.")
    text: str = Field(..., description="The claim's text, exactly as in the source.")
    sentence: Optional[CharSpan] = Field(None, description="The sentence the claim is in.")
    type: ClaimType = Field(..., description="Claim type by the precedence rule in annotations/GUIDELINES.md.")
    flags: list[ClaimType] = Field(default_factory=list, description="Other types that also fit.")
    subject: Optional[TextSpan] = Field(None, description="What the claim is about.")
    predicate: Optional[Predicate] = Field(None, description="Main verb.")
    object: Optional[TextSpan] = Field(None, description="Object of the main verb, if any.")
    actors: list[ActorMention] = Field(default_factory=list, description="Actor mentions inside the claim.")
    dates: list[DateMention] = Field(default_factory=list, description="Dates inside the claim.")
    figures: list[FigureMention] = Field(default_factory=list, description="Figures inside the claim.")
    source: Optional[Source] = Field(None, description="Null for the writer's own voice.")
    quotes: list[CharSpan] = Field(default_factory=list, description="Direct quotations inside the claim, quote marks included.")
    hedges: list[TextSpan] = Field(default_factory=list, description="Hedging words and phrases.")
    negated: bool = Field(False, strict=True, description="True when the main assertion is negated.")
    checkworthy: Optional[float] = Field(None, ge=0, le=1, description="How worth checking the claim's sentence is, in [0, 1] (GUIDELINES R60); null in gold and without the model.")
    pipeline: Optional[PipelineInfo] = Field(None, description="What produced the record; null in gold.")


DateOrder = Literal["DMY", "MDY", "YMD"]
_ISO_DATE_TIME = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}\S*)?\s*\Z")


class SourceMeta(Record):
    """Metadata of an input document (the .txt sidecar, or a JSONL record's meta).

    The keys below are validated; any other key (a scraper's author, section, tags ...) is kept
    as it is and carried into the document record's meta.
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    id: Optional[str] = Field(None, description="Document id; defaults to the file stem.")
    title: Optional[str] = Field(None, description="Headline.")
    source: Optional[str] = Field(None, description="Publisher or outlet.")
    published: Optional[date] = Field(None, description="Publication date YYYY-MM-DD (the anchor for relative dates); of an ISO date and time (2024-01-01T23:30:00+05:00) the date is taken as written.")
    published_inferred: bool = Field(False, description="True when the date was inferred from the text.")
    url: Optional[str] = Field(None, description="Where the text was published.")
    license: Optional[str] = Field(None, description="License of the text.")
    provenance: Optional[str] = Field(None, description="Where this copy comes from.")
    note: Optional[str] = Field(None, description="Free-text note (e.g. how the date was inferred).")
    gold: Optional[str] = Field(None, description="External gold annotation file, if any.")
    labels: Optional[dict[str, Any]] = Field(None, description="External document-level labels, if any.")
    date_order: Optional[DateOrder] = Field(None, description="How the source writes ambiguous numeric dates like 05/07/2022: DMY, MDY or YMD (GUIDELINES R33-R39); --date-order overrides it.")

    @field_validator("published", mode="before")
    @classmethod
    def _date_as_written(cls, value: Any) -> Any:
        """Scraped metadata carries a time of day: the date is the one the article was published on where it was
        published, so the part before the time is taken as written, with no shift to another time zone."""
        if isinstance(value, str):
            written = _ISO_DATE_TIME.match(value)
            if written is None:
                raise ValueError(f"expected a date as YYYY-MM-DD, or an ISO date and time such as 2024-01-01T23:30:00+05:00 (its date is taken as written), not {value!r}")
            return written.group(1)
        return value


class InputDocument(Record):
    """One input line of a .jsonl file: {"id", "text", "meta"}."""

    id: str = Field(..., min_length=1, description="Document id, unique in the input.")
    text: str = Field(..., description="The article text.")
    meta: SourceMeta = Field(default_factory=SourceMeta, description="Metadata.")
