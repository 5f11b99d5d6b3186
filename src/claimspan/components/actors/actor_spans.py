"""Token-level pieces of the actors stage: the candidate, entity trimming, name runs, role phrases, overlaps, links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Iterable, Iterator, Optional

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from ...extensions import entities, span_text, token_span, tokens_text
from .actor_linking import common_first_word, link_org_forms, link_short_forms, slugify
from .title_case_lines import in_title_case_line

# the possessive clitic as the tokenizer splits it ('Ghana's', 'Ghana’s')
POSSESSIVES = frozenset({"'s", "’s"})

# Entity labels whose longer names may contain a country's name without meaning the country:
# "Latin America", "Bank of America", "North American", "Michael Jordan".
CONTAINER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"})
# A title starting inside these entities is part of a name ("General Motors"), not a person's title.
NOT_TITLE_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LOC"})
EDGE_WORDS = frozenset({"the", "'s", "’s", "'", "’", '"', "“", "”", "''", "``", "`", "‘"})
COORDINATORS = frozenset({"and", "or", "&", ","})
# lower-case words that join the capitalised words of a name ("Department of Homeland Security")
NAME_LINK_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to"})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
MAX_MODIFIERS = 3  # words between a name and its role noun: "Pakistani [military] officials"
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Candidate:
    """A possible actor mention over tokens [start, end); lower priority wins an overlap."""

    start: int
    end: int
    label: str
    actor_id: str
    name: str
    priority: int
    government: Optional[str] = None
    link: Optional[str] = None
    linkable: bool = False  # an ORG id made from its text, which a longer or earlier form may replace


def trimmed_parts(ent: Span) -> Iterator[tuple[int, int]]:
    """An entity split at inner possessives, brackets ('Federation of Cuban Women (FMC'), spaced dashes
    ('LAHORE - Mian Nawaz Sharif') and line breaks, without leading 'the', edge quotes, possessives and spaces."""
    doc, first = ent.doc, ent.start
    # each Token built once (indexing the Doc builds a new one), as the tests below look at each several times
    tokens = list(ent)
    start = first
    for i in range(first, ent.end + 1):
        token = tokens[i - first] if i < ent.end else None
        # a line break ends a name: the model runs names over paragraphs ('Elmer Ortega\n\nBitlabs', R77)
        if token is None or (token.lower_ in ("'s", "’s") and not (ent.label_ != "PERSON" and _possessive_in_name(tokens, i - first))) or token.lower_ in ("(", ")") or "\n" in token.text or (token.text in ("-", "–", "—") and token.whitespace_ and doc[i - 1].whitespace_):
            end = i
            while start < end and (tokens[start - first].lower_ in EDGE_WORDS or tokens[start - first].is_space):
                start += 1
            while end > start and (tokens[end - 1 - first].lower_ in EDGE_WORDS or tokens[end - 1 - first].is_space):
                end -= 1
            if end > start:
                yield start, end
            start = i + 1


# Plural nouns whose possessive is a word of a name, not a split between two names: "National People's Power",
# "People's Majlis", "National Women's Council" (GUIDELINES R154); in a name the model reads as a person it still
# splits ("Women's All White" is no one's name).
PLURAL_POSSESSORS = frozenset({"people", "women", "children", "men"})


def _possessive_in_name(tokens: list[Token], position: int) -> bool:
    """The possessive at tokens[position] follows a capitalised plural noun and precedes a capitalised word."""
    return (
        0 < position < len(tokens) - 1 and tokens[position - 1].lower_ in PLURAL_POSSESSORS and tokens[position - 1].text[:1].isupper()
        and tokens[position + 1].text[:1].isupper()
    )


def majority_labels(doc: Doc) -> dict[str, str]:
    """The label the NER gives a name most often in the document, for names it labels inconsistently ('Ryanair')."""
    counts: dict[str, dict[str, int]] = {}
    for ent in entities(doc):
        if ent.label_ in ("PERSON", "ORG"):
            by_label = counts.setdefault(span_text(ent).lower(), {})
            by_label[ent.label_] = by_label.get(ent.label_, 0) + 1
    return {text: max(by_label, key=by_label.get) for text, by_label in counts.items() if len(by_label) > 1}


def acronym_in_capitals(doc: Doc, start: int, end: int) -> bool:
    """An all-capitals short form inside an all-capitals headline ('US' in 'US AND NATO') is not a name."""
    text = tokens_text(doc, start, end)
    if not (text.isupper() and len(text) <= 4):
        return False
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(token.is_alpha and token.is_upper and len(token) > 1 for token in neighbours)


def is_name_word(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.pos_ == "PROPN"


def skip_titles(start: int, titles: dict[int, int]) -> int:
    while start in titles:
        start = titles[start]
    return start


def name_end(doc: Doc, start: int, name_tokens: frozenset[int], titles: dict[int, int]) -> int:
    end = start
    while end < len(doc) and end - start < MAX_NAME_WORDS and is_name_word(doc[end]) and end not in name_tokens and end not in titles:
        if end > start and "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    return end


def role_end(doc: Doc, end: int, collective: dict[int, int], titles: dict[int, int], name_tokens: frozenset[int], *, headline: bool = False) -> Optional[int]:
    """End of a role noun phrase right after a name ('Pakistani [military] officials'), or None.

    In a title-case headline every word is capitalised, so the check that the role noun heads its
    phrase is left out ('Afghan, Coalition Forces Degrade ...')."""
    best, position, steps = None, end, 0
    while position < len(doc) and "\n" not in doc[position - 1].whitespace_:
        if position in collective:
            best = position = collective[position]
            continue
        token = doc[position]
        if steps >= MAX_MODIFIERS or token.pos_ not in MODIFIER_POS or position in name_tokens or position in titles:
            break
        steps += 1
        position += 1
    if best is None or headline:
        return best
    # the role noun must head its phrase: a "Pakistani army base" is a base, not the army
    if best < len(doc) and doc[best].pos_ in ("NOUN", "PROPN") and best not in titles and "\n" not in doc[best - 1].whitespace_:
        return None
    return best


def inside_longer_name(doc: Doc, start: int, end: int, entity_of: dict, name_tokens: frozenset[int], titles: dict[int, int]) -> bool:
    """True when an entity around a country's name adds capitalised words of its own ('Latin America')."""
    ent = entity_of.get(start)
    if ent is None or ent.label_ not in CONTAINER_LABELS or (ent.start == start and ent.end == end and ent.label_ != "PERSON"):
        return False
    if ent.start == start and ent.end == end:
        return True  # "Jordan" read as a person
    return any(
        token.is_alpha and token.text[0].isupper() and token.i not in name_tokens and token.i not in titles
        for token in ent
        if not start <= token.i < end and token.lower_ not in EDGE_WORDS
    )


def lower_case_common_phrase(doc: Doc, start: int, end: int, forms: Iterable[str], canonical: str, english_words: Collection[str]) -> bool:
    """True when a multiword table name is written in lower case as a common noun phrase (R380): 'homeland security
    agent', 'a homeland security matter'. The table allows a lower-case match only where it writes a word of the name in
    lower case itself ('al-Qaeda': 'al qaeda'), where a word is no English word, or for the full name as a whole phrase
    ('the department of homeland security'), not as a modifier of a noun after it."""
    words = [token for token in token_span(doc, start, end) if token.is_alpha]
    if len(words) < 2 or not english_words or any(token.text[0].isupper() for token in words[1:]):
        return False
    if words[0].text[0].isupper() and not words[0].is_sent_start:
        return False
    if any(token.lower_ not in english_words for token in words):
        return False
    text = tokens_text(doc, start, end).lower()
    written = [form for form in forms if form.lower() == text]
    if any(word.islower() and word not in NAME_LINK_WORDS for form in written for word in form.replace("-", " ").split()):
        return False
    return doc[end - 1].head.i >= end or text != canonical.lower()


def tail_of_longer_name(doc: Doc, start: int, end: int, entity_of: dict, titles: dict[int, int]) -> bool:
    """True when capitalised words of a longer name stand before a table name (R381): 'National Security Council' is
    its own body, not the UN Security Council; so is 'American Congress of Obstetricians'. The longer name is the
    model's organisation around the table name, or a capitalised word that modifies it; a possessive before it ('the
    UN's Security Council') and a title are no part of a name."""
    if start == 0 or start - 1 in titles or "\n" in doc[start - 1].whitespace_:
        return False
    before = doc[start - 1]
    if not (before.is_alpha and before.text[0].isupper()) or in_title_case_line(doc, start):
        return False
    if before.is_sent_start and before.dep_ != "compound":
        return False  # an adjective capitalised as the sentence's first word: 'Powerful Organization for Economic ...'
    ent = entity_of.get(start)
    if ent is not None and ent.label_ == "ORG" and entity_of.get(start - 1) is ent:
        return True
    return before.dep_ in ("compound", "amod") and start <= before.head.i < end


def is_surname(doc: Doc, start: int, end: int, entity_of: dict, titles: dict[int, int]) -> bool:
    """True when a table name ends a person the model read, after given names of its own: 'Richard Wagner',
    'Thérèse Kayikwamba Wagner' (R195). Titles are not given names ('General Wagner' stays the group's)."""
    ent = entity_of.get(start)
    if ent is None or ent.label_ != "PERSON" or ent.end != end or ent.start >= start:
        return False
    given = [token for token in doc[ent.start : start] if token.lower_ not in EDGE_WORDS]
    titled = {index for title_start, title_end in titles.items() for index in range(title_start, title_end)}
    return bool(given) and all(token.is_alpha and token.text[0].isupper() and token.i not in titled for token in given)


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best candidate of each overlap: lower priority, then longer, then earlier."""
    taken: set[int] = set()
    accepted = []
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if not taken.intersection(range(candidate.start, candidate.end)):
            taken.update(range(candidate.start, candidate.end))
            accepted.append(candidate)
    return sorted(accepted, key=lambda c: (c.start, c.end))


def link_persons(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """Give persons ids: person:<slug of the full name>, short forms linked to their full name."""
    persons = [index for index, candidate in enumerate(accepted) if candidate.label == "PERSON" and not candidate.actor_id]
    words = [tuple(token.text for token in doc[accepted[i].start : accepted[i].end]) for i in persons]
    result = list(accepted)
    common_first = [len(name) > 1 and common_first_word(doc, accepted[i].start) for name, i in zip(words, persons)]
    for position, link in zip(persons, link_short_forms(words, common_first)):
        candidate = accepted[position]
        full = accepted[persons[link]] if link is not None else candidate
        full_text = tokens_text(doc, full.start, full.end)
        result[position] = Candidate(
            candidate.start, candidate.end, "PERSON", f"person:{slugify(full_text)}", full_text, candidate.priority,
            link=full_text if link is not None else None,
        )
    return result


def link_organizations(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """Give an ORG's acronym or short form the id of its full name in the document ('GM' -> General Motors)."""
    orgs = [index for index, candidate in enumerate(accepted) if candidate.linkable]
    words = [tuple(token.text for token in doc[accepted[i].start : accepted[i].end]) for i in orgs]
    result = list(accepted)
    for position, link in zip(orgs, link_org_forms(words)):
        if link is not None:
            candidate, full = accepted[position], accepted[orgs[link]]
            result[position] = Candidate(
                candidate.start, candidate.end, candidate.label, full.actor_id, full.name, candidate.priority, link=full.name, linkable=True
            )
    return result


def is_place_name(doc: Doc, start: int, end: int, place_nouns: frozenset[str]) -> bool:
    """A name the NER read as a person but the text calls a place: 'in Baraki Barak district', 'the village
    of Yusof Kheyl', 'north of Alaqehdari-ye Yahya Khel', 'its Michigan plant, Batavia Transmission'."""
    if end < len(doc) and doc[end].lower_ in place_nouns:
        return True
    first = start
    while first > 0 and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].text == "-") and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    if first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in place_nouns:
        return True
    root = doc[start:end].root
    return root.dep_ in ("conj", "appos") and root.head.lower_ in place_nouns and root.head.i < start


# up to this many words, tokens_written compares the column with each word instead of calling numpy.isin
FEW_WORDS = 8


def tokens_written(doc: Doc, words: Iterable[str], *, ignore_case: bool = True) -> Iterator[Token]:
    """The tokens that are one of the words, found on the token array (faster than walking every token)."""
    hashes = [doc.vocab.strings[word.lower() if ignore_case else word] for word in words]
    if not hashes:
        return
    column = _word_column(doc, LOWER if ignore_case else ORTH)
    if len(hashes) <= FEW_WORDS:
        # numpy.isin costs tens of microseconds of setup per call; a few comparisons cost less
        found = column == hashes[0]
        for word_hash in hashes[1:]:
            found |= column == word_hash
    else:
        found = numpy.isin(column, hashes)
    for position in numpy.flatnonzero(found).tolist():
        yield doc[position]


# the LOWER and ORTH columns of the Doc most recently read: the stage asks for them about six times
# per Doc, and a token's text never changes once the Doc is made
_COLUMNS: dict = {}


def _word_column(doc: Doc, attr: int) -> numpy.ndarray:
    if _COLUMNS.get("doc") is not doc:
        _COLUMNS.clear()
        _COLUMNS["doc"] = doc
    column = _COLUMNS.get(attr)
    if column is None:
        column = _COLUMNS[attr] = doc.to_array(attr)
    return column
