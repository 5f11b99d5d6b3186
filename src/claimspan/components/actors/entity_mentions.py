"""Actor candidates from the model's named entities, each read by its label against the actor tables."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from spacy.tokens import Doc

from ...extensions import entities, token_span, tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate, is_place_name, majority_labels, trimmed_parts
from .actor_types import PERSON_ONLY_TITLES, ends_like_company, names_an_organization
from .not_actors import NotActorTable, is_not_actor
from .place_appositions import named_as_place, names_called_places
from .organizations import is_acronym_head, misread_organizations, starts_an_organization
from .persons import person_span
from .table_mentions import ActorTableMatcher
from .title_case_lines import is_noise
from .titled_members import outside_titles, split_at_title_acronyms

# NER labels that can name an actor; the others (DATE, MONEY, LOC, ...) never do.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Model numbers in the plural: letters, digits, a plural s ("A330s", "F-16s", "MiG-29s"); a body's name is not plural.
MODEL_NUMBERS = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{2,4}s")


class EntityReader:
    """Reads each entity of the model by its label, checked against the actor tables and the stoplist."""

    def __init__(self, tables: ActorTableMatcher, stop_words: frozenset[str], not_actors: NotActorTable, place_nouns: frozenset[str], place_words: frozenset[str]) -> None:
        self.tables = tables
        self.stop_words = stop_words
        self.not_actors = not_actors
        self.place_nouns = place_nouns
        # before "of" every place word names a place ("the state of Haryana", R198); in apposition "state" names a
        # country as often ("Israel, a Jewish state", R192)
        self.named_places = place_words
        self.apposition_places = place_words - {"state"}

    def find(
        self, doc: Doc, collective: dict[int, int], titles: dict[int, int], name_tokens: frozenset[int], org_counts: Counter
    ) -> tuple[list[Candidate], list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
        """The candidates, the person spans, the names left unknown and the one-word organisations named once."""
        candidates: list[Candidate] = []
        persons: list[tuple[int, int]] = []
        unknown: list[tuple[int, int]] = []
        lone_orgs: list[tuple[int, int]] = []
        labels = majority_labels(doc)
        title_ends = frozenset(titles.values())
        places = names_called_places(entities(doc), self.apposition_places)
        for ent in entities(doc):
            if ent.label_ not in ACTOR_LABELS:
                # R70: a facility, place, work or event whose name ends in an organisation's head is that organisation
                candidates.extend(misread_organizations(doc, ent, self.not_actors))
                continue
            parts: Iterable[tuple[int, int]] = trimmed_parts(ent)
            if ent.label_ == "ORG":
                parts, titled = split_at_title_acronyms(doc, parts, titles)
                persons.extend(titled)
                parts = outside_titles(doc, parts, titles)
            for start, end in parts:
                if end - start == 1 and MODEL_NUMBERS.fullmatch(doc[start].text):
                    continue  # products in the plural ("the A330s", "the F-16s"), not a body or a person (R14)
                part = tokens_text(doc, start, end)
                # a name is capitalised: 'congress' in lower case is not the US Congress
                found = self.tables.index.lookup(part) if not part.islower() else None
                label = labels.get(part.lower(), ent.label_)
                if label in ("PERSON", "GPE") and not found and ends_like_company(token_span(doc, start, end)):
                    label = "ORG"  # "Saturn Corporation", "Douglas Aircraft" read as a person or place
                elif label == "PERSON" and not found and end - start > 2 and names_an_organization(token_span(doc, start, end)) and start not in titles and start not in title_ends:
                    # R761: "Hamad Bin Khalifa University" read as a person; two words may be a family name ("Margaret Court")
                    label = "ORG"
                if found:
                    candidates.extend(self.tables.known_entity(doc, start, end, *found))
                elif part in places:
                    continue  # R192: 'Wad Madani, the capital of Gezira state'
                elif label in ("PERSON", "ORG") and is_noise(token_span(doc, start, end), self.stop_words, person=label == "PERSON"):
                    continue
                elif label == "PERSON" or (label == "ORG" and end - start > 1 and doc[start].lower_ in PERSON_ONLY_TITLES):
                    if not is_place_name(doc, start, end, self.place_nouns):
                        persons.append(person_span(doc, start, end, collective, titles, name_tokens))
                elif label == "ORG" and named_as_place(doc, start, self.named_places):
                    continue  # R198: 'the town of Mughayir'
                elif label == "ORG" or (label == "GPE" and starts_an_organization(tokens_text(doc, start, end), org_counts, self.place_nouns)):
                    while end - start > 1 and doc[end - 1].is_lower:
                        end -= 1  # GUIDELINES R8: no generic head noun ("United Auto Workers union")
                    known = self.tables.index.lookup(tokens_text(doc, start, end)) if end < ent.end else None
                    if known:
                        # "the Ethiopian council of ministers": what is left is a demonym or a state the tables know (R172)
                        candidates.extend(self.tables.known_entity(doc, start, end, *known))
                        continue
                    while end < len(doc) and end not in titles and is_acronym_head(doc, end - 1):
                        end += 1  # the body's own acronym after it ("the GM VEBA")
                    text = tokens_text(doc, start, end)
                    candidates.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True))
                    if end - start == 1 and org_counts[text.lower()] == 1:
                        lone_orgs.append((start, end))
                elif names_an_organization(token_span(doc, start, end)) and not is_not_actor(doc, start, end, self.not_actors):
                    candidates.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(tokens_text(doc, start, end))}", tokens_text(doc, start, end), priority=2, linkable=True))
                else:
                    unknown.append((start, end))
        return candidates, persons, unknown, lone_orgs
