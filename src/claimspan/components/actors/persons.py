"""Persons of the actor stage, and one type per name within a document.

Persons of the actor stage: names after titles, person entities extended over cut-off names, unknown names
that are persons, and one type per name within a document (organisation evidence against person readings)."""

from __future__ import annotations

from typing import Collection, Iterator

from spacy.tokens import Doc

from ...extensions import sentence_starts, token_span, tokens_text
from .actor_linking import NAME, is_misspelt, slugify
from .actor_spans import MAX_NAME_WORDS, NOT_TITLE_LABELS, Candidate, is_name_word, name_end, skip_titles, tokens_written
from .actor_types import document_types, person_evidence, plain_name


def one_type_per_name(doc, candidates, persons, unknown, names, org_nouns, index, outlet_nouns=None) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Give every mention of a name the type its evidence in the document shows: a 'person' or place
    the text also calls a company ('Ryanair CEO', 'the airline, Ryanair,') is an organisation; a
    one-word 'organisation' that is the surname of a full person name ('Jobs' after 'Steve Jobs') is
    that person; a one-word 'person' written beside a country ('Toulouse, France') is a place, not an actor."""
    org_names, prefixes, surnames = document_types(
        doc, [(c.start, c.end, c.label) for c in candidates if c.linkable] + [(s, e, "PERSON") for s, e in persons] + [(s, e, "") for s, e in unknown], org_nouns, outlet_nouns
    )
    country_starts = frozenset(start for start, _, kind, actor_id in names if kind == NAME and index.entries[actor_id].type == "COUNTRY")
    places = {tokens_text(doc, s, e).lower() for s, e in persons + unknown if e - s == 1 and e + 1 < len(doc) and doc[e].lower_ in (",", "in") and e + 1 in country_starts}
    kept, retyped = [], []
    for start, end in persons:
        text = tokens_text(doc, start, end)
        if (text.lower() in org_names or text.lower() in prefixes) and (end - start > 1 or text.lower() not in surnames):
            retyped.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=1, linkable=True))
        elif not (end - start == 1 and text.lower() in places and text.lower() not in surnames):
            kept.append((start, end))
    result = []
    for candidate in candidates:
        text = candidate.name.lower()
        if candidate.linkable and candidate.end - candidate.start == 1 and text in surnames and text not in org_names:
            kept.append((candidate.start, candidate.end))
        else:
            result.append(candidate)
    result.extend(retyped)
    result.extend(
        Candidate(s, e, "ORGANIZATION", f"org:{slugify(tokens_text(doc, s, e))}", tokens_text(doc, s, e), priority=2, linkable=True)
        for s, e in unknown if tokens_text(doc, s, e).lower() in org_names
    )
    return result, kept


def title_persons(doc: Doc, titles: dict[int, int], name_tokens: frozenset[int]) -> Iterator[tuple[int, int]]:
    """'Deputy Prime Minister Maulvi Abdul Kabir' -> the name after the titles, even where the NER cuts it."""
    for start in sorted(titles):
        if start in name_tokens or (doc[start].ent_type_ in NOT_TITLE_LABELS and not cut_from_person(doc, start)) or (start - 1) in titles:
            continue
        name_start = skip_titles(start, titles)
        if name_start < len(doc) and name_start > start and doc[name_start].is_sent_start:
            continue  # the title ends a sentence ("... Martin Luther King. Monday's memo"): no name follows it
        run_end = name_end(doc, name_start, name_tokens, titles)
        if run_end > name_start:
            yield name_start, run_end


# Words that join the field of an office ('Minister of Planning and International Cooperation').
FIELD_JOINERS = frozenset({"of", "and", "for", "the", "&"})
# Lower-case particles inside a person's name ('Joaquim ... de Lemos', 'Ali bin Hamad').
PERSON_PARTICLES = frozenset({"de", "del", "da", "das", "do", "dos", "van", "von", "bin", "ibn", "al", "el"})


def persons_after_offices(doc: Doc, titles: dict[int, int], name_tokens: frozenset[int], english_words: Collection[str]) -> Iterator[tuple[int, int]]:
    """'Minister of Planning and International Cooperation Nadia Qassem', 'President of the Republic Pedro Castillo':
    the person whose name ends a title's 'of', 'for' or 'to' phrase (R822). The office's field is English words or
    table names ('Planning', 'the Republic', 'to Peru'); the name after it is two or more capitalised words that are
    none, with name particles between them, up to the end of the run of capitalised words."""
    for title_end in frozenset(titles.values()):
        if title_end + 1 >= len(doc) or doc[title_end].lower_ not in ("of", "for", "to"):
            continue
        end = title_end + 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (_capitalised(doc[end]) or doc[end].lower_ in FIELD_JOINERS | PERSON_PARTICLES):
            end += 1
        while end > title_end + 1 and doc[end - 1].lower_ in FIELD_JOINERS | PERSON_PARTICLES:
            end -= 1
        start = end
        while start - 1 > title_end + 1 and (
            (_capitalised(doc[start - 1]) and start - 1 not in name_tokens and start - 1 not in titles and not _english(doc[start - 1], english_words))
            or (doc[start - 1].lower_ in PERSON_PARTICLES and _capitalised(doc[start - 2]) and start < end)
        ):
            start -= 1
        while start < end and doc[start].lower_ in PERSON_PARTICLES:
            start += 1
        if end - start >= 2 and start > title_end + 1:
            yield start, end


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[0].isupper() and not token.is_upper


def _english(token, english_words: Collection[str]) -> bool:
    return is_english(token.lower_, english_words) or token.lemma_.lower() in english_words


def person_span(doc, start, end, collective, titles, name_tokens) -> tuple[int, int]:
    """A PERSON entity without leading titles, extended over capitalised names the NER cut off."""
    start = skip_titles(start, titles)
    if end < len(doc) and end not in collective and doc[end].ent_type_ in ("", "PERSON") and "\n" not in doc[end - 1].whitespace_:
        end = max(end, name_end(doc, end, name_tokens, titles))
    return start, end


def with_first_names(doc: Doc, persons: list[tuple[int, int]], titles: dict[int, int], name_tokens: frozenset[int], english_words: Collection[str]) -> list[tuple[int, int]]:
    """The persons, each moved back over the first names the NER left out (first_names_before)."""
    title_words = frozenset(index for title_start, title_end in titles.items() for index in range(title_start, title_end))
    return [(first_names_before(doc, start, end, title_words | name_tokens, english_words), end) for start, end in persons]


def first_names_before(doc: Doc, start: int, end: int, taken: Collection[int], english_words: Collection[str]) -> int:
    """The start of a person, moved back over the first names the NER left out: the model often tags only the surname
    of a name that opens a sentence ('Imran Khan said' -> 'Khan'), follows a title it does not know ('Minister of
    Foreign Affairs Sameh Shokry') or has three or four words ('Senvume Kavuma Abbey' -> 'Kavuma Abbey'). A word joins
    when the parser makes it a compound of the name and it is a capitalised proper noun outside any entity, title or
    table name (`taken`), no acronym and no English word: 'Operation Dudula', 'Old Crow', and the roles the tables do
    not know ('KMT Legislator Alex Fai', 'Analyst Shawn Wu') are no first names (R212)."""
    first = start
    while first > 0 and end - first < MAX_NAME_WORDS:
        token = doc[first - 1]
        if not (is_name_word(token) and not token.ent_type_ and token.dep_ == "compound" and start <= token.head.i < end):
            break
        if token.i in taken or token.is_upper or is_english(token.lower_, english_words):
            break  # a title, a table name or an acronym before a name is its own ("Chrysler LLC Khan")
        first -= 1
    return first


def is_english(word: str, english_words: Collection[str]) -> bool:
    """A word of the lemmatizer's index, or the plural of one ('Justices', 'Uzbeks'): the index holds base forms."""
    return word in english_words or (word.endswith("s") and word[:-1] in english_words)


def unknown_names_as_persons(doc, unknown, lone_orgs, persons, titles, name_tokens) -> Iterator[tuple[int, int]]:
    """A GPE or NORP the tables do not know is a person when it ends a run of first names
    ('Muhammed Sadiq', tagged GPE) or is the surname of a person in the document ('Sadiq');
    so is a one-word ORG named once that is such a surname (a company name recurs as ORG)."""
    extended = []
    for start, end in unknown:
        first = start
        while first > 0 and is_name_word(doc[first - 1]) and doc[first - 1].ent_type_ == "" and (first - 1) not in name_tokens and (first - 1) not in titles:
            first -= 1
        extended.append((first, end))
    full_names = [(start, end) for start, end in persons if end - start > 1]
    full_names += [(first, end) for first, (start, end) in zip((first for first, _ in extended), unknown) if first < start]
    surnames = frozenset(doc[end - 1].lower_ for start, end in full_names)
    for (start, end), (first, _) in zip(unknown, extended):
        if first < start:
            yield first, end
        elif end - start == 1 and doc[start].lower_ in surnames:
            yield start, end
    # a one-word ORG named once that is a surname, or its misspelt repeat ("DesRoiser" after "Dennis DesRosier")
    yield from ((start, end) for start, end in lone_orgs if any(doc[start].lower_ == name or is_misspelt(doc[start].lower_, name) for name in surnames))
    # a surname the NER left untagged ("Mannion stated"); opening a sentence, where its capital
    # says nothing, the tagger may read it as a common noun ("Mannion said of ...")
    taken = name_tokens.union(*(range(start, end) for start, end in persons))
    for token in tokens_written(doc, surnames):
        opens_sentence = token.is_sent_start or all(before.is_space for before in token_span(doc, sentence_starts(doc)[token.i], token.i))
        sentence_opening_noun = token.pos_ == "NOUN" and opens_sentence and token.is_title
        if not token.ent_type_ and (token.pos_ == "PROPN" or sentence_opening_noun) and token.i not in taken:
            yield token.i, token.i + 1


def persons_by_evidence(
    doc: Doc, candidates: list[Candidate], persons: list[tuple[int, int]], titles: dict[int, int], person_nouns: Collection[str] = frozenset()
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """A name the model read as an organisation is a person when any of its mentions has person evidence (R101):
    a title or honorific before it, a role noun or an age in apposition after it. Every mention of that name, and a
    lone first word or last word of it, becomes the person too. A name shaped like a body ('... Council',
    '... Airways') or holding a word in capitals (an acronym: 'New GM') keeps its type; organisation evidence still wins later."""
    title_ends = frozenset(titles.values())
    readings = [
        c for c in candidates
        if c.label == "ORGANIZATION" and c.linkable and c.priority == 2 and c.start not in titles and plain_name(token_span(doc, c.start, c.end))
    ]
    names = {tokens_text(doc, c.start, c.end) for c in readings if person_evidence(doc, c.start, c.end, titles, title_ends, person_nouns)}
    if not names:
        return candidates, persons
    parts = {word for name in names if " " in name for word in (name.split()[0], name.split()[-1])}
    chosen = {id(c) for c in readings if tokens_text(doc, c.start, c.end) in names or tokens_text(doc, c.start, c.end) in parts}
    return [c for c in candidates if id(c) not in chosen], persons + [(skip_titles(c.start, titles), c.end) for c in candidates if id(c) in chosen]


def cut_from_person(doc: Doc, start: int) -> bool:
    """The model's non-person entity that opens with a title ends right where a person entity begins: it holds the
    title and the first name cut off that person ('Shri Ramesh' WORK_OF_ART + 'Kumar Yadav' PERSON, R122)."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start].ent_iob_ == "B" and end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"
