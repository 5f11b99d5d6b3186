"""Layout independence: a sentence gives the same results whatever whitespace comes before it.

The check takes each document's sentences, lays runs of them out again (one line, one per line, one
per paragraph, CRLF, mixed spaces and breaks, with and without leading whitespace) and compares every
layer of the output with offsets taken relative to each sentence. Only sentences a layout cannot
change are compared: those that end with a sentence-final mark, hold no line break and balance
their quotation marks. A line without final punctuation is a headline or a dateline only on a line
of its own, and a quotation left open at a paragraph's end runs on in the next paragraph by news
convention, so for those the line break is part of the text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language

from ..components.actors.title_case_lines import TITLE_CASE_SMALL
from ..loader import pipeline_dir
from ..records import InputDocument
from ..runner import Extraction, extract
from ..tables import SentenceException, read_table

# Layout name -> (what comes before the first sentence, what comes between two sentences).
LAYOUTS = {
    "space": ("", " "),
    "leading-space": (" ", " "),
    "line": ("\n", "\n"),
    "paragraph": ("\n\n", "\n\n"),
    "crlf": ("\r\n\r\n", "\r\n\r\n"),
    "mixed": ("\n \n", "  \n\n "),
}
REFERENCE = "space"
FINAL = re.compile(r"[.!?…][”’\"')\]]*$")
# An ellipsis may end a sentence or trail off inside one ("economies… Sometimes"): a line break decides.
TRAILING_OFF = re.compile(r"(?:…|\.\.\.)[”’\"')\]]*$")
SENTENCE_START = re.compile(r"[“‘\"'`(\[]*(?:[A-Z0-9]|[a-z]+[A-Z])")  # "iPhone sales rose." starts one too
# "p.m.", "U.S." (a period inside the word) or a place's short form after a comma ("Henderson, Nev.").
ABBREVIATION_END = re.compile(r"(?:\b\w\.\w+\.|, [A-Z][a-z]{1,3}\.)$")
LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
LAYERS = ("sentences", "actors", "dates", "figures", "claims")
# Claim fields that are not about the text: ids hash the offsets, mentions are compared in their own layers.
CLAIM_EXCLUDE = {"claim_id", "doc_id", "pipeline", "actors", "dates", "figures"}


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The words the sentence stage knows never end a sentence ("Inc.", "Jr.", "Dec."): pipeline/sentence_exceptions.jsonl."""
    return frozenset(entry.text for entry in read_table(pipeline_dir() / "sentence_exceptions.jsonl", SentenceException))


def is_balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("``") == text.count("''")


def is_comparable(unit: str) -> bool:
    """A sentence (or a quotation's sentences together) that no layout can change.

    It starts as a sentence does (a capital, a digit or an opening quote, not a dash or a lower-case
    continuation), ends with a final mark that is not an abbreviation's or an ellipsis ('7 p.m.',
    'Henderson, Nev.', 'economies…': only a line break tells whether the sentence ended there), holds no line break, balances its
    quotation marks and is not in title case (a subheading on a line of its own).
    """
    starts = bool(SENTENCE_START.match(unit))
    last_word = unit.split()[-1] if unit.split() else ""
    ends = bool(FINAL.search(unit)) and not ABBREVIATION_END.search(unit) and not TRAILING_OFF.search(unit) and last_word not in _abbreviations()
    return starts and ends and not LINE_BREAK.search(unit) and is_balanced(unit) and not _title_case(unit)


def _title_case(unit: str) -> bool:
    """'Coal Isn't the Villain.': on a line of its own a subheading, in running text a sentence."""
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", unit) if word.lower() not in TITLE_CASE_SMALL]
    return len(words) > 1 and all(word[0].isupper() for word in words)


def comparable_runs(text: str, bounds: Iterable[tuple[int, int]]) -> tuple[list[list[str]], int]:
    """Maximal runs of consecutive comparable units, and how many sentences were left out.

    A unit is one sentence, or the sentences of one quotation with what the text has between them
    ("`` We will do it right. And we will do it once.''"): a line break inside a quotation is not layout.
    """
    runs: list[list[str]] = []
    run: list[str] = []
    left_out = 0
    unit_start, unit_sentences = None, 0
    for start, end in bounds:
        unit_start = start if unit_start is None else unit_start
        unit_sentences += 1
        unit = text[unit_start:end]
        if not is_balanced(unit) and not LINE_BREAK.search(unit):
            continue  # a quotation goes on into the next sentence
        if is_comparable(unit):
            run.append(unit)
        else:
            left_out += unit_sentences
            if run:
                runs.append(run)
                run = []
        unit_start, unit_sentences = None, 0
    left_out += unit_sentences
    if run:
        runs.append(run)
    return runs, left_out


def relative_results(extraction: Extraction) -> dict[str, list]:
    """Every layer of an extraction with offsets as (sentence number, start, end) inside the sentence."""
    bounds = [(sentence.start, sentence.end) for sentence in extraction.document.sentences]

    def where(start: int, end: int) -> tuple:
        for number, (sentence_start, sentence_end) in enumerate(bounds):
            if sentence_start <= start and end <= sentence_end:
                return number, start - sentence_start, end - sentence_start
        return "outside", start, end

    def relative(value):
        if isinstance(value, dict):
            moved = {key: relative(item) for key, item in value.items()}
            if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
                moved["start"], moved["end"] = "at", where(value["start"], value["end"])
            return moved
        if isinstance(value, list):
            return [relative(item) for item in value]
        return value

    document = extraction.document.model_dump(mode="json")
    results = {"sentences": [end - start for start, end in bounds]}
    for layer in ("actors", "dates", "figures"):
        results[layer] = relative(document[layer])
    results["claims"] = [relative(json.loads(claim.model_dump_json(exclude=CLAIM_EXCLUDE))) for claim in extraction.claims]
    return results


def layout_documents(doc_id: str, run: list[str], meta) -> Iterator[tuple[str, InputDocument]]:
    for name, (lead, separator) in LAYOUTS.items():
        yield name, InputDocument(id=f"{doc_id}#{name}", text=lead + separator.join(run), meta=meta)


def check_layout(nlp: Language, documents: Iterable[InputDocument], *, batch_size: int = 16) -> dict:
    """Run each document, then its comparable sentence runs in every layout; count the differences."""
    documents = list(documents)
    counts: Counter = Counter()
    examples: list[dict] = []
    checked = left_out = runs_checked = 0
    for document, extraction in zip(documents, extract(nlp, documents, batch_size=batch_size)):
        runs, skipped = comparable_runs(document.text, ((sentence.start, sentence.end) for sentence in extraction.document.sentences))
        left_out += skipped
        for number, run in enumerate(runs):
            variants = list(layout_documents(f"{document.id}:{number}", run, document.meta))
            results = {name: relative_results(result) for (name, _), result in zip(variants, extract(nlp, [variant for _, variant in variants], batch_size=batch_size))}
            checked += len(results[REFERENCE]["sentences"])
            runs_checked += 1
            for name, result in results.items():
                for layer in LAYERS:
                    if result[layer] != results[REFERENCE][layer]:
                        counts[(name, layer)] += 1
                        if len(examples) < 20:
                            examples.append({"doc_id": document.id, "run": number, "layout": name, "layer": layer})
    differences: dict[str, dict[str, int]] = {}
    for (name, layer), count in sorted(counts.items()):
        differences.setdefault(name, {})[layer] = count
    return {
        "documents": len(documents),
        "sentences_checked": checked,
        "runs": runs_checked,
        "sentences_left_out": left_out,
        "layouts": list(LAYOUTS),
        "differences": differences,
        "examples": examples,
    }


def to_markdown(result: dict) -> list[str]:
    """The layout check as a few Markdown lines."""
    lines = [
        f"Layout check: {result['sentences_checked']} sentences in {result['runs']} runs of {result['documents']} documents, "
        f"each laid out {len(result['layouts'])} ways ({', '.join(result['layouts'])}); "
        f"{result['sentences_left_out']} sentences left out (no final mark, a line break inside, or an open quotation).",
    ]
    if not result["differences"]:
        lines.append("Every layer (sentences, actors, dates, figures, claims) is the same in every layout.")
        return lines
    for name, layers in result["differences"].items():
        lines.append(f"- {name}: " + ", ".join(f"{layer} differ in {count} runs" for layer, count in layers.items()))
    return lines
