"""'“Anita,” a biographical drama film', 'Netflix's Remarriage and Desires is such a show': the text calls the name a
thing (R420).

An appositive or a predicate noun is the article's own definition of a name. When that noun is the lower-case head
of a work, event, law, award, programme or disease (the heads of not_actors.jsonl), the name is that thing in every
mention of the article, as R192 reads a place noun in apposition. The nouns of things a maker names after itself
(apps, platforms, products, models, vaccines) are left out: 'Douyin, TikTok's sister app' and 'Liftit is a
technology platform' name the companies as often."""

from __future__ import annotations

from typing import Collection, Iterable, Iterator

from spacy.tokens import Doc, Token

from ...extensions import span_text, token_span
from .actor_spans import Candidate

# the appositive reads the name only while it is near: 'X, a 10-year roadmap to ...'
NEAR = 6
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a noun that goes on into a longer noun phrase modifies it ('a German film and theatre director'): not the head
CONTINUING = frozenset({"and", "or", "&", "-"})
# an appositive stands after a comma or a dash; a noun after a bracket is the parser's guess ('the State Councils
# (Colony) ordinance' names the law, not the councils)
APPOSITION_MARKS = frozenset({",", "–", "—", "-"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def defining_nouns(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The head nouns that define doc[start:end]: an appositive right after it, or the predicate noun of 'is'."""
    root = token_span(doc, start, end).root
    mark = end + 1 if end < len(doc) and doc[end].text in CLOSING_QUOTES else end
    if mark < len(doc) and doc[mark].text in APPOSITION_MARKS:
        yield from (child for child in root.rights if child.dep_ == "appos" and end <= child.i <= end + NEAR)
    if root.dep_ in SUBJECTS and root.head.lemma_ == "be" and root.head.i >= end:
        yield from (child for child in root.head.rights if child.dep_ == "attr")


def is_head(noun: Token) -> bool:
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is None or not (following.pos_ in ("NOUN", "PROPN") or following.lower_ in CONTINUING)


def names_called_things(doc: Doc, spans: Iterable[tuple[int, int]], nouns: Collection[str]) -> frozenset[str]:
    """The texts of the mentions that an appositive or predicate noun of a thing defines.
    nouns: lower-case heads of things that no maker names after itself."""
    return frozenset(
        span_text(doc[start:end]) for start, end in spans
        if any(noun.is_lower and noun.lower_ in nouns and is_head(noun) for noun in defining_nouns(doc, start, end))
    )


def drop_things_by_definition(doc: Doc, accepted: list[Candidate], nouns: Collection[str], table_ids: Collection[str]) -> list[Candidate]:
    """Drop every mention of a name the article defines as a thing (R420). Names of the actor tables keep their own
    rules, and so does a short form of a longer name ('Anita' for 'Anita Mui' stays the singer, though the article
    also calls a film 'Anita')."""
    open_names = [c for c in accepted if c.actor_id not in table_ids and c.link is None and c.label in ("ORGANIZATION", "PERSON")]
    things = names_called_things(doc, ((c.start, c.end) for c in open_names), nouns) if nouns else frozenset()
    if not things:
        return accepted
    return [c for c in accepted if not (c.actor_id not in table_ids and c.link is None and span_text(doc[c.start : c.end]) in things)]
