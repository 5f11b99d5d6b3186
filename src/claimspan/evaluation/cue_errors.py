"""Where cue F1 (overlap) is lost on PolNeAR: every false cue and every missed gold cue under evaluation.polnear's
span scoring, each put in one class. Lines carry the article id and offsets only, never the articles' words, so
the counts and the listing may be kept and compared across rule changes.

A false cue is a claim's cue (each distinct span once) that overlaps no gold cue; a missed cue is a gold cue (also of
an attribution with no source) that no claim's cue overlaps. A missed cue falls in R49's excluded classes first
(questions, intentions and refusals, acts with no proposition), then in "no source" (claimspan attributes a claim only
to a source, R29), then in the type of its words' entry in pipeline/cues.jsonl; each cue class is split by what the
claims did with the gold content.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Token

from ..components.claims.cues import CueTable
from ..scoring import overlaps_any
from .polnear import Predicted, attribution_found
from .polnear_data import GoldAttribution, Parts, PolnearArticle

# R49's classes, fixed here (as polnear.CUE_CLASSES is) so the breakdown does not move when the cue tables grow.
QUESTION_WORDS = frozenset("whether if why how what when where who whom whose which".split())
# intentions and refusals ("wants to", "plans to", "declined to", R49, R55)
INTENTION_LEMMAS = frozenset("want seek plan intend aim try prefer wish decline refuse".split())
# stances on a thing or person and votes ("supports the bill", "endorsed Clinton", "voted for": R49)
STANCE_LEMMAS = frozenset("support oppose endorse back favor favour vote".split())
PUNCTUATION_CUES = frozenset({":", "-", "--", "—", "―", "–"})
EXCLUDED = ("excluded: question", "excluded: intention", "excluded: no proposition")
OPENING_MARKS = "\"'“‘«( "


def _tokens(doc: Doc, parts: Parts) -> list[Token]:
    return [token for start, end in parts for token in doc if token.idx < end and token.idx + len(token) > start]


def _cue_type(tokens: list[Token], table: CueTable) -> str:
    """The type of the first of the cue's words with an entry in the cue table ("speech", "belief", ...), a colon or a
    dash ("punctuation"), or "not in cue table"."""
    text = " ".join(token.lower_ for token in tokens)
    for prep in table.preps:
        if text.startswith(prep) and prep in table.types:
            return table.types[prep]
    for token in tokens:
        kind = table.type_of(token) or table.adjectives.get(token.lower_)
        if kind:
            return kind
    if tokens and all(token.text in PUNCTUATION_CUES for token in tokens):
        return "punctuation"
    return "not in cue table"


def _excluded(cue: list[Token], content: list[Token], text: str, content_parts: Parts) -> Optional[str]:
    """R49's class of a gold attribution, if it is one claimspan leaves out on purpose."""
    words = [token for token in content if not token.is_punct and not token.is_space]
    if content_parts:
        last = text[max(end for _, end in content_parts) - 3 : max(end for _, end in content_parts)]
        if "?" in last or (words and words[0].lower_ in QUESTION_WORDS):
            return EXCLUDED[0]
    lemmas = {token.lemma_.lower() for token in cue} | {token.lower_ for token in cue}
    if lemmas & INTENTION_LEMMAS:
        return EXCLUDED[1]
    if lemmas & STANCE_LEMMAS or not any(token.pos_ in ("VERB", "AUX") for token in words):
        return EXCLUDED[2]
    return None


def missed_cue_class(gold: GoldAttribution, doc: Doc, text: str, predicted: list[Predicted], table: CueTable) -> str:
    """The class of a missed gold cue: R49's, "no source", or its cue type with what the claims did with its content."""
    cue, content = _tokens(doc, gold.cue), _tokens(doc, gold.content)
    excluded = _excluded(cue, content, text, gold.content)
    if excluded:
        return excluded
    if not gold.source:
        return "no source"
    if any(attribution_found(gold, item) for item in predicted):
        status = "source found, cue elsewhere"
    elif any(overlaps_any(item.content, gold.content) for item in predicted):
        status = "content given another source"
    else:
        status = "no attributed claim"
    return f"{_cue_type(cue, table)} / {status}"


def false_cue_class(item: Predicted, doc: Doc, golds: list[GoldAttribution], table: CueTable) -> str:
    """The class of a false cue: the type of its words with what the gold says of its claim."""
    if any(attribution_found(gold, item) for gold in golds):
        status = "gold attribution, its cue elsewhere"
    elif any(overlaps_any(item.content, gold.content) for gold in golds):
        status = "gold content, another source"
    else:
        status = "no gold attribution"
    return f"{_cue_type(_tokens(doc, (item.cue,)), table)} / {status}"


def find_cue_errors(articles: list[PolnearArticle], docs: Iterable[Doc], predictions: dict[str, list[Predicted]], table: CueTable) -> Iterator[tuple[str, str, str, Parts]]:
    """(FALSE or MISSED, class, doc id, offsets) for each cue error, under _keyed_span_scores' overlap scoring.
    docs: the bare model's parse of each article, in order."""
    for article, doc in zip(articles, docs):
        predicted = predictions.get(article.doc_id, [])
        golds = [gold for gold in article.attributions if gold.cue]
        gold_cues = [part for gold in golds for part in gold.cue]
        seen = set()
        for item in predicted:
            if item.cue in seen or overlaps_any(item.cue, gold_cues):
                continue
            seen.add(item.cue)
            yield "FALSE", false_cue_class(item, doc, golds, table), article.doc_id, (item.cue,)
        cues = [item.cue for item in predicted]
        for gold in golds:
            if not any(overlaps_any(cue, gold.cue) for cue in cues):
                yield "MISSED", missed_cue_class(gold, doc, article.text, predicted, table), article.doc_id, gold.cue


def cue_error_counts(errors: Iterable[tuple[str, str, str, Parts]]) -> dict[str, dict[str, int]]:
    """Counts by kind (FALSE, MISSED) and class, biggest first."""
    counts: dict[str, Counter] = {"FALSE": Counter(), "MISSED": Counter()}
    for kind, name, _, _ in errors:
        counts[kind][name] += 1
    return {kind: dict(counter.most_common()) for kind, counter in counts.items()}


def cue_error_lines(errors: Iterable[tuple[str, str, str, Parts]]) -> Iterator[str]:
    """One line per error: kind, class, article id and offsets (start-end, parts joined by ;), tab-separated."""
    for kind, name, doc_id, parts in errors:
        yield f"{kind}\t{name}\t{doc_id}\t{';'.join(f'{start}-{end}' for start, end in parts)}\n"
