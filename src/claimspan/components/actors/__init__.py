"""claimspan_actors: actor mentions with canonical ids, from the model's NER and the actor tables."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .actor_linking import build_index, slugify
from .actor_spans import (
    Candidate,
    is_place_name,
    link_organizations,
    link_persons,
    majority_labels,
    resolve,
    tokens_written,
    trimmed_parts,
)
from .actor_types import PERSON_ONLY_TITLES, ends_like_company, names_an_organization
from .boundaries import split_joined_mentions
from .evidence import acronyms_of_non_actors, defined_acronyms, drop_common_words, name_parts, one_id_per_name, repeated_mentions, untagged_acronyms
from .parties import PartyMatcher, congress_of_country
from .persons import one_type_per_name, person_span, title_persons, unknown_names_as_persons
from .organizations import is_acronym_head, misread_organizations, named_by_noun, numbered_bodies, starts_an_organization, successors
from .mention_filters import drop_non_actor_persons, drop_non_actors, drop_non_actors_after_evidence, names_a_product_or_index
from .not_actors import NotActorTable, is_not_actor
from .table_mentions import ActorTableMatcher
from .title_case_lines import is_noise
from ...extensions import register_extensions
from ...tables import ActorEntry, ActorStopEntry, CurrencyEntry, NotActorEntry, PartyEntry, RoleEntry, read_table

# NER labels that can name an actor; the others (DATE, MONEY, LOC, ...) never do.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Model numbers in the plural: letters, digits, a plural s ("A330s", "F-16s", "MiG-29s"); a body's name is not plural.
MODEL_NUMBERS = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{2,4}s")


@Language.factory(
    "claimspan_actors",
    assigns=["doc.spans"],
    requires=["doc.ents", "token.pos", "token.dep"],
    default_config={},
)
def make_actors(nlp: Language, name: str) -> "ActorTagger":
    register_extensions()
    return ActorTagger(nlp, name=name)


class ActorTagger:
    """Tag actors: table names, demonym + role noun, capitals used politically, titled and linked persons."""

    def __init__(self, nlp: Language, *, name: str = "claimspan_actors") -> None:
        self.name = name
        self.tokenizer = nlp.tokenizer
        self.vocab = nlp.vocab
        self.add_tables((), ())

    def initialize(
        self,
        get_examples=None,
        *,
        nlp: Optional[Language] = None,
        actors_path: Optional[str] = None,
        roles_path: Optional[str] = None,
        stoplist_path: Optional[str] = None,
        not_actors_path: Optional[str] = None,
        countries_path: Optional[str] = None,
        parties_path: Optional[str] = None,
        currencies_path: Optional[str] = None,
    ) -> None:
        actors = read_table(Path(actors_path), ActorEntry) if actors_path else ()
        roles = read_table(Path(roles_path), RoleEntry) if roles_path else ()
        stoplist = read_table(Path(stoplist_path), ActorStopEntry) if stoplist_path else ()
        not_actors = read_table(Path(not_actors_path), NotActorEntry) if not_actors_path else ()
        countries = read_table(Path(countries_path), ActorEntry) if countries_path else ()
        parties = read_table(Path(parties_path), PartyEntry) if parties_path else ()
        currencies = read_table(Path(currencies_path), CurrencyEntry) if currencies_path else ()
        self.add_tables(countries + actors, roles, stoplist, not_actors, parties, currencies, path=str(actors_path or "actors.jsonl"))

    def add_tables(
        self, actors: Iterable[ActorEntry], roles: Iterable[RoleEntry], stoplist: Iterable[ActorStopEntry] = (), not_actors: Iterable[NotActorEntry] = (),
        parties: Iterable[PartyEntry] = (), currencies: Iterable[CurrencyEntry] = (), *, path: str = "actors.jsonl"
    ) -> None:
        """Build the index, the table and party matchers and the word lists the filters use."""
        actors, roles = tuple(actors), tuple(roles)
        self.index = build_index(actors, roles, path=path)
        self.stop_words = frozenset(entry.text for entry in stoplist)
        self.not_actors = NotActorTable.from_entries(not_actors)
        self.parties = PartyMatcher(self.vocab, self.tokenizer, parties)
        self.currency_codes = frozenset(entry.code for entry in currencies)
        self.actor_tables = ActorTableMatcher(self.vocab, self.tokenizer, actors, roles, self.index)
        self.place_nouns = frozenset(role.role for role in roles if role.kind == "place")

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Candidate]:
        """The accepted mentions, sorted and non-overlapping."""
        names, mentioned = self.actor_tables.find_names(doc)
        roles = self.actor_tables.find_roles(doc)
        collective, titles = roles["collective"], roles["title"]
        name_tokens = frozenset(i for start, end, _, _ in names for i in range(start, end))
        ents = doc.ents
        entity_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        candidates = list(self.actor_tables.mentions(doc, names, collective, titles, entity_of, name_tokens))
        # the states the document names, also by a capital ('ISLAMABAD:' in a dateline): evidence for party acronyms
        countries = frozenset(actor_id.split(":", 1)[1] for _, _, kind, actor_id in names if actor_id.startswith("country:")) | self.actor_tables.countries_in_capitals(doc)
        candidates.extend(self.parties.find(doc, countries))
        candidates = congress_of_country(doc, candidates, countries, self.parties.national_congresses)
        candidates.extend(self.actor_tables.coalition_forces(doc, collective, mentioned))
        persons = list(title_persons(doc, titles, name_tokens))
        unknown, lone_orgs = [], []
        labels = majority_labels(doc)
        org_counts = Counter(ent.text.lower() for ent in ents if ent.label_ == "ORG")
        for ent in ents:
            if ent.label_ not in ACTOR_LABELS:
                # R70: a facility, place, work or event whose name ends in an organisation's head is that organisation
                candidates.extend(misread_organizations(doc, ent, self.not_actors))
                continue
            for start, end in trimmed_parts(ent):
                if end - start == 1 and MODEL_NUMBERS.fullmatch(doc[start].text):
                    continue  # products in the plural ("the A330s", "the F-16s"), not a body or a person (R14)
                part = doc[start:end].text
                # a name is capitalised: 'congress' in lower case is not the US Congress
                found = self.index.lookup(part) if not part.islower() else None
                label = labels.get(part.lower(), ent.label_)
                if label in ("PERSON", "GPE") and not found and ends_like_company(doc[start:end]):
                    label = "ORG"  # "Saturn Corporation", "Douglas Aircraft" read as a person or place
                if found:
                    candidates.extend(self.actor_tables.known_entity(doc, start, end, *found))
                elif label in ("PERSON", "ORG") and is_noise(doc[start:end], self.stop_words, person=label == "PERSON"):
                    continue
                elif label == "PERSON" or (label == "ORG" and end - start > 1 and doc[start].lower_ in PERSON_ONLY_TITLES):
                    if not is_place_name(doc, start, end, self.place_nouns):
                        persons.append(person_span(doc, start, end, collective, titles, name_tokens))
                elif label == "ORG" or (label == "GPE" and starts_an_organization(doc[start:end].text, org_counts, self.place_nouns)):
                    while end - start > 1 and doc[end - 1].is_lower:
                        end -= 1  # GUIDELINES R8: no generic head noun ("United Auto Workers union")
                    while end < len(doc) and end not in titles and is_acronym_head(doc, end - 1):
                        end += 1  # the body's own acronym after it ("the GM VEBA")
                    text = doc[start:end].text
                    candidates.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True))
                    if end - start == 1 and org_counts[text.lower()] == 1:
                        lone_orgs.append((start, end))
                elif names_an_organization(doc[start:end]) and not is_not_actor(doc, start, end, self.not_actors):
                    candidates.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(doc[start:end].text)}", doc[start:end].text, priority=2, linkable=True))
                else:
                    unknown.append((start, end))
        candidates.extend(named_by_noun(doc, roles["organization"], titles, name_tokens))
        candidates.extend(numbered_bodies(doc, roles["numbered"], candidates))
        candidates.extend(successors(doc, candidates, org_counts))
        point_heads = frozenset(token.head.i for token in tokens_written(doc, ("point", "points")))
        candidates = [c for c in candidates if c.label == "COUNTRY" or not names_a_product_or_index(doc, c, point_heads)]
        persons.extend(unknown_names_as_persons(doc, unknown, lone_orgs, persons, titles, name_tokens))
        candidates, persons = one_type_per_name(doc, candidates, persons, unknown, names, roles["organization"], self.index)
        candidates.extend(untagged_acronyms(doc, self.stop_words))
        candidates = drop_non_actors(doc, candidates, self.not_actors, self.index.titles)
        persons = drop_non_actor_persons(doc, persons, self.not_actors)
        accepted = resolve(candidates + [Candidate(start, end, "PERSON", "", "", priority=1) for start, end in persons if end > start])
        return self._with_document_evidence(doc, accepted, point_heads)

    def _with_document_evidence(self, doc: Doc, accepted: list[Candidate], point_heads: frozenset[int]) -> list[Candidate]:
        """Link the accepted mentions to their full names and add what the document shows beyond the model
        (R68-R73): acronyms defined in brackets, repeats of found names, lone first names and surnames."""
        not_actor_acronyms = acronyms_of_non_actors(doc, frozenset(c.end for c in accepted if c.label != "COUNTRY"), self.not_actors.thing_heads)
        if not_actor_acronyms:
            accepted = [c for c in accepted if not (c.linkable and (doc[c.start : c.end].text in not_actor_acronyms or c.name in not_actor_acronyms))]
        accepted = drop_common_words(doc, link_organizations(doc, link_persons(doc, split_joined_mentions(doc, accepted))))
        accepted = defined_acronyms(doc, accepted)
        # a repeat meets the same R14 checks as a first mention ('all-Airbus', 'The Nasdaq fell 82.65 points')
        repeats = [c for c in repeated_mentions(doc, accepted) if not names_a_product_or_index(doc, c, point_heads)]
        accepted = sorted(accepted + repeats, key=lambda c: c.start)
        accepted = one_id_per_name(doc, sorted(accepted + list(name_parts(doc, accepted)), key=lambda c: c.start))
        return drop_non_actors_after_evidence(doc, accepted, self.not_actors, self.currency_codes)

    def set_annotations(self, doc: Doc, candidates: list[Candidate]) -> None:
        spans = []
        for candidate in candidates:
            span = Span(doc, candidate.start, candidate.end, label=candidate.label, kb_id=candidate.actor_id)
            span._.actor_name = candidate.name
            span._.actor_link = candidate.link
            span._.actor_government = candidate.government
            spans.append(span)
        doc.spans["actors"] = spans
