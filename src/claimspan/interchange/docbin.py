"""spaCy outputs: a DocBin with claims and mentions as span groups, and displaCy span HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import spacy
from spacy import displacy
from spacy.tokens import Doc, DocBin, Span

from ..io import replace_atomically
from .regions import AnnotatedDocument

# Span group of each region label; claims keep their type as the span label.
GROUPS = {"Claim": "claims", "Source": "sources", "Cue": "cues", "Quote": "quotes", "Hedge": "hedges", "Actor": "actors", "Date": "dates", "Figure": "figures"}
DISPLACY_KEY = "claimspan"


def to_doc(nlp, annotated: AnnotatedDocument) -> Doc:
    """A tokenised Doc with one span group per layer (doc.spans['claims'], ['actors'], ...).

    Spans snap outward to token boundaries (alignment_mode='expand'), since a Span is made of tokens.
    Actor ids and TIMEX values go in kb_id_, the native slot for a normalised value (STYLE G4).
    """
    doc = nlp.make_doc(annotated.text)
    doc.user_data["doc_id"] = annotated.doc_id
    groups: dict[str, list[Span]] = {group: [] for group in GROUPS.values()}
    for region in annotated.regions:
        attributes = region.attributes
        if region.label == "Claim":
            label, kb_id = attributes["type"], attributes.get("claim_id") or ""
        elif region.label == "Actor":
            label, kb_id = attributes.get("type") or "ACTOR", attributes.get("id") or ""
        elif region.label == "Date":
            label, kb_id = attributes.get("type") or "DATE", attributes.get("value") or ""
        elif region.label == "Figure":
            label, kb_id = "FIGURE", "" if attributes.get("value") is None else str(attributes["value"])
        else:
            label, kb_id = region.label.upper(), ""
        span = doc.char_span(region.start, region.end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is not None:
            groups[GROUPS[region.label]].append(span)
    for group, spans in groups.items():
        doc.spans[group] = spans
    return doc


def export_docbin(documents: Iterable[AnnotatedDocument], path: Path) -> int:
    nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=True)
    count = 0
    for annotated in documents:
        docbin.add(to_doc(nlp, annotated))
        count += 1
    replace_atomically(path, docbin.to_disk)
    return count


def export_displacy(documents: Iterable[AnnotatedDocument], path: Path) -> int:
    """One HTML page with displaCy's span view of every document: claims, attribution parts and mentions."""
    nlp = spacy.blank("en")
    docs = []
    for annotated in documents:
        doc = to_doc(nlp, annotated)
        shown = []
        for group, spans in doc.spans.items():
            for span in spans:
                label = f"CLAIM:{span.label_}" if group == "claims" else span.label_ if group in ("actors", "dates") else group[:-1].upper()
                shown.append(Span(doc, span.start, span.end, label=label))
        doc.spans[DISPLACY_KEY] = shown
        doc.user_data["title"] = annotated.doc_id
        docs.append(doc)
    html = displacy.render(docs, style="span", page=True, options={"spans_key": DISPLACY_KEY})
    replace_atomically(path, lambda partial: partial.write_text(html, encoding="utf-8"))
    return len(docs)
