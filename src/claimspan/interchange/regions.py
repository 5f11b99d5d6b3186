"""The tool-neutral middle of every exporter and importer: labelled regions and relations between them.

A document becomes regions (Claim, Source, Cue, Quote, Hedge, Actor, Date, Figure), each with the
attributes the scorer compares, and relations from a claim to its parts (source, cue, quote, hedge).
Sentences are not regions (they would bury the claims in the tools' views): they travel beside
the text as plain offsets. Importing reverses all of this, so a round trip keeps every scored layer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from pydantic import BaseModel, ValidationError

from ..convert import _inside, check_spans, claim_id, text_sha256
from ..errors import EMPTY_CLAIMS, EMPTY_RECORDS, ClaimspanError, Errors
from ..io import first_error, read_documents
from ..records import ActorMention, Claim, DateMention, DocumentRecord, FigureMention, Source, TextSpan
from ..records_io import read_records

LABELS = ("Claim", "Source", "Cue", "Quote", "Hedge", "Actor", "Date", "Figure")
RELATIONS = ("source", "cue", "quote", "hedge")


@dataclass
class Region:
    id: str
    label: str
    start: int
    end: int
    attributes: dict = field(default_factory=dict)

    @property
    def named(self) -> str:
        """How an error names the region: 'Claim region T3 [15:45]'."""
        return f"{self.label} region {self.id} [{self.start}:{self.end}]"


@dataclass(frozen=True)
class Relation:
    source: str
    target: str
    label: str


@dataclass
class AnnotatedDocument:
    """One document as a tool sees it: the text, its metadata, regions and relations."""

    doc_id: str
    text: str
    published: Optional[str] = None
    regions: list[Region] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    where: str = ""  # the file (and Label Studio task) it was read from, for the errors of to_records
    skipped_lines: list[tuple[int, str]] = field(default_factory=list)  # (line, kind) a reader left out (W050)


@dataclass
class RecordBundle:
    """One document's records: the text, its document record (if any) and its claims."""

    doc_id: str
    text: str
    published: Optional[str]
    document: Optional[DocumentRecord]
    claims: list[Claim]


def load_bundles(claims: Path, docs: Optional[Path], texts: Path) -> Iterator[RecordBundle]:
    """The records of every document that has a text, in the texts' order."""
    documents: dict[str, DocumentRecord] = {}
    grouped: dict[str, list[Claim]] = defaultdict(list)
    lines: dict[str, list[tuple[Path, int, DocumentRecord | Claim]]] = defaultdict(list)
    for source, advice in ((docs, EMPTY_RECORDS), (claims, EMPTY_CLAIMS)):
        if source is not None:
            for file, line_no, record in read_records(source, empty_advice=advice):
                if isinstance(record, DocumentRecord):
                    documents[record.doc_id] = record
                else:
                    grouped[record.doc_id].append(record)
                lines[record.doc_id].append((file, line_no, record))
    for document in read_documents([str(texts)]):
        if document.id in documents or document.id in grouped:
            # a span that no longer reads its text (an edited article, hand-moved offsets) would be exported at
            # the wrong place; refuse it as show and validate do (E101/E102), naming the file and line
            for file, line_no, checked in lines[document.id]:
                check_spans(checked, document.text, path=file, line=line_no)
            record = documents.get(document.id)
            published = record.published if record and record.published else document.meta.published
            yield RecordBundle(document.id, document.text, published.isoformat() if published else None, record, sorted(grouped.get(document.id, []), key=lambda claim: (claim.start, claim.end)))


def to_annotated(bundle: RecordBundle) -> AnnotatedDocument:
    """Regions and relations for one document; equal (label, start, end) regions are shared."""
    annotated = AnnotatedDocument(bundle.doc_id, bundle.text, bundle.published)
    index: dict[tuple, Region] = {}

    def region(label: str, start: int, end: int, **attributes) -> Region:
        key = (label, start, end)
        if key not in index:
            index[key] = Region(f"{label[0].lower()}{len(index) + 1}", label, start, end, attributes)
            annotated.regions.append(index[key])
        return index[key]

    mentions = bundle.document or DocumentRecord(doc_id=bundle.doc_id, text_sha256="")
    annotated.sentences = [(sentence.start, sentence.end) for sentence in mentions.sentences]
    for actor in mentions.actors:
        region("Actor", actor.start, actor.end, id=actor.id, type=actor.type, name=actor.name)
    for mention in mentions.dates:
        region("Date", mention.start, mention.end, type=mention.type, value=mention.value, mod=mention.mod)
    for figure in mentions.figures:
        region("Figure", figure.start, figure.end, value=figure.value, low=figure.low, high=figure.high, unit=figure.unit, approx=figure.approx)
    for claim in bundle.claims:
        claim_region = region("Claim", claim.start, claim.end, type=claim.type, negated=claim.negated, flags=list(claim.flags), claim_id=claim.claim_id)
        parts = []
        if claim.source:
            parts.append(("source", region("Source", claim.source.start, claim.source.end, actor_id=claim.source.actor_id)))
            parts.append(("cue", region("Cue", claim.source.cue.start, claim.source.cue.end)))
        parts.extend(("quote", region("Quote", quote.start, quote.end)) for quote in claim.quotes)
        parts.extend(("hedge", region("Hedge", hedge.start, hedge.end)) for hedge in claim.hedges)
        annotated.relations.extend(Relation(claim_region.id, part.id, label) for label, part in parts)
    return annotated


def refused_value(where: str, named: str, error: ValidationError) -> ClaimspanError:
    """A value the tool let through but the records do not allow (a claim type typed into the attributes, a number
    where an id belongs) would stop the import with a traceback: name the region and the field instead."""
    return ClaimspanError(Errors.E035.format(path=where, detail=f"{named} has a value claimspan does not allow ({first_error(error)}); fix it in the tool and export again"))


def built(model: type[BaseModel], region: Region, where: str, **values) -> BaseModel:
    try:
        return model(**values)
    except ValidationError as error:
        raise refused_value(where, region.named, error) from error


def to_records(annotated: AnnotatedDocument, *, where: str) -> list:
    """A gold document record and its claims from regions and relations (the reverse of to_annotated)."""
    text = annotated.text
    regions = {region.id: region for region in annotated.regions}
    for region in annotated.regions:
        named = region.named
        # reversed or empty offsets are a different mistake from a span past the text: say which, so the fix is plain
        if region.end < region.start:
            raise ClaimspanError(Errors.E035.format(path=where, detail=f"{named} ends before it starts (end {region.end} < start {region.start}); swap or fix the offsets"))
        if region.end == region.start:
            raise ClaimspanError(Errors.E035.format(path=where, detail=f"{named} is empty (it starts and ends at {region.start}); select the text it marks or remove the region"))
        if not 0 <= region.start < region.end <= len(text):
            raise ClaimspanError(Errors.E035.format(path=where, detail=f"{named} lies outside the text of {len(text)} characters"))

    def span(region: Region) -> dict:
        return {"start": region.start, "end": region.end, "text": text[region.start : region.end]}

    def of(label: str) -> list[Region]:
        return sorted((region for region in annotated.regions if region.label == label), key=lambda region: (region.start, region.end))

    actors = [built(ActorMention, region, where, **span(region), id=region.attributes.get("id") or "", type=region.attributes.get("type") or "ORGANIZATION", name=region.attributes.get("name")) for region in of("Actor")]
    dates = [built(DateMention, region, where, **span(region), type=region.attributes.get("type") or "DATE", value=region.attributes.get("value") or "XXXX", mod=region.attributes.get("mod")) for region in of("Date")]
    figures = [built(FigureMention, region, where, **span(region), **{key: region.attributes.get(key) for key in ("value", "low", "high", "unit")}, approx=region.attributes.get("approx", False)) for region in of("Figure")]
    sha = text_sha256(text)
    sentences = [{"start": int(start), "end": int(end)} for start, end in annotated.sentences]
    try:
        document = DocumentRecord(doc_id=annotated.doc_id, text_sha256=sha, published=annotated.published, sentences=sentences, actors=actors, dates=dates, figures=figures)
    except ValidationError as error:
        raise refused_value(where, f"document {annotated.doc_id}", error) from error
    parts: dict[str, dict[str, list[Region]]] = defaultdict(lambda: defaultdict(list))
    for relation in annotated.relations:
        missing = next((end for end in (relation.source, relation.target) if end not in regions), None)
        if missing is not None:
            # dropping it would lose a claim's source, cue, quote or hedge without a word
            raise ClaimspanError(Errors.E035.format(path=where, detail=f"the {relation.label} relation from {relation.source} to {relation.target} names the region {missing}, which is not among the labelled spans"))
        parts[relation.source][relation.label].append(regions[relation.target])
    claims = []
    for region in of("Claim"):
        own = parts[region.id]
        source = None
        if own["source"]:
            source_region = own["source"][0]
            if not own["cue"]:
                raise ClaimspanError(Errors.E035.format(path=where, detail=f"claim {region.id} has a source but no cue relation"))
            source = built(Source, source_region, where, **span(source_region), actor_id=source_region.attributes.get("actor_id"), cue=TextSpan(**span(own["cue"][0])))
        attributes = region.attributes
        flags = attributes.get("flags") or []
        if isinstance(flags, list):
            flags = [flag for flag in flags if flag != attributes.get("type")]
        claims.append(
            built(
                Claim,
                region,
                where,
                claim_id=attributes.get("claim_id") or claim_id(annotated.doc_id, sha, region.start, region.end),
                doc_id=annotated.doc_id,
                **span(region),
                type=attributes.get("type") or "event",
                flags=flags,  # anything but a list is left to the record's check, which names the field (E035)
                negated=attributes.get("negated", False),  # passed as typed, not bool(): a note saying [1] is refused (E035), not read as true
                source=source,
                quotes=[{"start": quote.start, "end": quote.end} for quote in sorted(own["quote"], key=lambda item: item.start)],
                hedges=[TextSpan(**span(hedge)) for hedge in sorted(own["hedge"], key=lambda item: item.start)],
                actors=_inside(actors, region.start, region.end),
                dates=_inside(dates, region.start, region.end),
                figures=_inside(figures, region.start, region.end),
            )
        )
    return [document, *claims]
