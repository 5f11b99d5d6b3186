"""claimspan_actors: actor mentions with canonical ids, from the model's NER and the actor tables."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Collection, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .actor_linking import build_index, surface_forms
from .actor_spans import Candidate, is_surname, link_organizations, link_persons, lower_case_common_phrase, resolve, tail_of_longer_name, tokens_written
from .boundaries import joined_at_of, split_joined_mentions
from .bracket_names import acronyms_out_of_persons, bracketed_names
from .entity_mentions import EntityReader
from .fields import english_adjectives, names_a_field
from .government_heads import government_heads
from .role_appositions import persons_after_roles
from .shared_surnames import shared_surnames
from .speakers import SpeakerVerbs, speakers_read_as_places, untagged_speakers
from .surnames import inner_names, surnames_read_as_bodies
from .subnational_places import drop_named_provinces, drop_subnational_places
from .gazetteer_places import drop_gazetteer_places, place_states
from .actor_types import ORGANIZATION_HEADS
from .amounts import CurrencyMarks
from .hyphens import english_words, joined_at_hyphens
from .latin_names import names_a_species
from .objects_and_works import drop_objects_and_works
from .thing_appositions import drop_things_by_definition
from .cited_words import drop_cited_words
from .listed_things import drop_listed_things
from .portfolio_lists import drop_cut_portfolios
from .defined_companies import defined_companies
from .defined_terms import drop_defined_terms, drop_table_acronyms_defined_as_terms
from .common_phrases import drop_common_phrases
from .work_parts import drop_work_parts
from .qualifications import drop_degrees
from .quoted_acronyms import acronyms_of_quotations
from .evidence import acronyms_of_non_actors, defined_acronyms, drop_common_words, name_parts, one_id_per_name, repeated_mentions, untagged_acronyms
from .ministries import ministries_of_states
from .mention_filters import drop_non_actor_persons, drop_non_actors, drop_non_actors_after_evidence, names_a_product_or_index
from .dateline_mentions import dateline_city_state, drop_calendar_days, in_dateline_credit
from .not_actors import CLOSING_QUOTES, OPENING_QUOTES, NotActorTable
from .title_case_lines import quoted_capitals_heading
from .outlets import outlets_told
from .numbered_courts import ordinal_bodies
from .organizations import named_by_noun, numbered_bodies, possessors_of_offices, successors, untagged_bodies
from .parties import PartyMatcher, congress_of_country, main_state, within_party_names
from .persons import one_type_per_name, persons_after_offices, persons_by_evidence, title_persons, unknown_names_as_persons, with_first_names
from .table_mentions import ActorTableMatcher
from .titled_members import drop_offices_read_as_bodies
from ...extensions import entities, register_extensions, tokens_text
from ...tables import ActorEntry, ActorStopEntry, CityEntry, CurrencyEntry, FigureWord, NotActorEntry, PartyEntry, RoleEntry, SpeakerVerbEntry, SubdivisionEntry, folded, read_table, states_by_subdivision, subdivision_owners
from ..batching import in_batches
from ..provinces import states_of_provinces


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
        self.english_words: Collection[str] = frozenset()
        self.english_adjectives: Collection[str] = frozenset()
        self.speaker_verbs = SpeakerVerbs()
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
        figure_units_path: Optional[str] = None,
        subdivisions_path: Optional[str] = None,
        cities_path: Optional[str] = None,
        speaker_verbs_path: Optional[str] = None,
    ) -> None:
        actors = read_table(Path(actors_path), ActorEntry) if actors_path else ()
        roles = read_table(Path(roles_path), RoleEntry) if roles_path else ()
        stoplist = read_table(Path(stoplist_path), ActorStopEntry) if stoplist_path else ()
        not_actors = read_table(Path(not_actors_path), NotActorEntry) if not_actors_path else ()
        countries = read_table(Path(countries_path), ActorEntry) if countries_path else ()
        parties = read_table(Path(parties_path), PartyEntry) if parties_path else ()
        currencies = read_table(Path(currencies_path), CurrencyEntry) if currencies_path else ()
        figure_words = read_table(Path(figure_units_path), FigureWord) if figure_units_path else ()
        subdivisions = read_table(Path(subdivisions_path), SubdivisionEntry) if subdivisions_path else ()
        self.english_words = english_words(nlp) if nlp is not None else frozenset()
        self.english_adjectives = english_adjectives(nlp) if nlp is not None else frozenset()
        self.add_tables(countries + actors, roles, stoplist, not_actors, parties, currencies, figure_words, path=str(actors_path or "actors.jsonl"))
        self.government_heads = government_heads(self.parties.parties.values(), subdivisions, self.english_words, self.place_nouns)
        self.province_states = subdivision_owners(subdivisions)
        self.subdivision_states = states_by_subdivision(subdivisions)
        self.city_states = {folded(city.name): city.country for city in read_table(Path(cities_path), CityEntry)} if cities_path else {}
        self.places = place_states(self.city_states, self.province_states)
        self.speaker_verbs = SpeakerVerbs.from_entries(read_table(Path(speaker_verbs_path), SpeakerVerbEntry)) if speaker_verbs_path else SpeakerVerbs()

    def add_tables(
        self, actors: Iterable[ActorEntry], roles: Iterable[RoleEntry], stoplist: Iterable[ActorStopEntry] = (), not_actors: Iterable[NotActorEntry] = (),
        parties: Iterable[PartyEntry] = (), currencies: Iterable[CurrencyEntry] = (), figure_words: Iterable[FigureWord] = (), *, path: str = "actors.jsonl"
    ) -> None:
        """Build the index, the table and party matchers and the word lists the filters use."""
        actors, roles, not_actors = tuple(actors), tuple(roles), tuple(not_actors)
        self.index = build_index(actors, roles, path=path)
        self.stop_words = frozenset(entry.text for entry in stoplist)
        self.not_actors = NotActorTable.from_entries(not_actors, titles=(role.role for role in roles if role.kind == "title"))
        # R246: the nouns of works, before a title that opens with 'The' ('the movie The Fisherman's Diary')
        self.work_heads = frozenset(entry.text.lower() for entry in not_actors if entry.kind == "work" and entry.match == "head")
        states = [entry for entry in actors if entry.id.startswith("country:")]
        self.parties = PartyMatcher(
            self.vocab, self.tokenizer, parties, demonyms={entry.id[8:]: entry.demonyms for entry in states},
            state_names={entry.id[8:]: (entry.name, *entry.aliases) for entry in states},
        )
        # R770: the ids whose mentions come from the tables, not from the text's own words
        self.table_ids = frozenset(self.index.entries) | frozenset(self.parties.parties)
        # R98, R700: the figures stage's currency codes, signs, scale and percent words make amounts no actors
        self.currency_marks = CurrencyMarks.from_entries(currencies, figure_words)
        # R168: a demonym keeps a field's name a body's ('African Studies')
        self.demonym_words = frozenset(word.lower() for entry in states for demonym in entry.demonyms for word in demonym.split())
        self.actor_tables = ActorTableMatcher(self.vocab, self.tokenizer, actors, roles, self.index)
        self.place_nouns = frozenset(role.role for role in roles if role.kind == "place")
        # R142: the role nouns before a name in apposition, one word each ('Finance Minister, X' ends in 'minister')
        self.person_nouns = frozenset(role.role.rstrip(".") for role in roles if role.kind in ("person", "title") and " " not in role.role)
        # R143: 'Benue state' is a place, 'Benue state government' (a state organ, title or body head after it) a body
        self.subdivision_nouns = frozenset(role.role for role in roles if role.kind == "subdivision")
        self.body_words = frozenset(role.role for role in roles if role.kind in ("collective", "title") and " " not in role.role) | ORGANIZATION_HEADS
        # R192, R198: beside a name ('Marsabit, a county in ...', 'the town of Mughayir') a subdivision noun or 'capital'
        # is a place noun too
        place_words = self.place_nouns | self.subdivision_nouns | {role.role for role in roles if role.kind == "apposition_place"}
        self.entities = EntityReader(self.actor_tables, self.stop_words, self.not_actors, self.place_nouns, place_words)
        self.government_heads = government_heads(self.parties.parties.values(), (), self.english_words, self.place_nouns)
        self.subdivision_states: dict[str, str] = {}
        self.province_states: dict[str, frozenset[str]] = {}
        self.places: dict[str, frozenset[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    def find(self, doc: Doc) -> list[Candidate]:
        """The accepted mentions, sorted and non-overlapping."""
        names, mentioned = self.actor_tables.find_names(doc)
        roles = self.actor_tables.find_roles(doc)
        collective, titles = roles["collective"], roles["title"]
        ents = entities(doc)
        entity_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        # R195: 'Richard Wagner' is a person, not the Wagner Group
        names = [name for name in names if not is_surname(doc, name[0], name[1], entity_of, titles)]
        # R380, R381: 'a homeland security agent' is no department; 'National Security Council' is not the UN's
        names = [
            (start, end, kind, actor_id) for start, end, kind, actor_id in names
            if not lower_case_common_phrase(doc, start, end, (form for _, form in surface_forms(self.index.entries[actor_id])), self.index.entries[actor_id].name, self.english_words)
            and (actor_id.startswith("country:") or not tail_of_longer_name(doc, start, end, entity_of, titles))
        ]
        name_tokens = frozenset(i for start, end, _, _ in names for i in range(start, end))
        candidates = list(self.actor_tables.mentions(doc, names, collective, titles, entity_of, name_tokens))
        # the states the document names, also by a capital ('ISLAMABAD:' in a dateline): evidence for party acronyms
        state_mentions = [actor_id.split(":", 1)[1] for _, _, _, actor_id in names if actor_id.startswith("country:")]
        countries = frozenset(state_mentions) | self.actor_tables.countries_in_capitals(doc)
        # and by a province of one state only ('Sindh', 'Khyber Pakhtunkhwa'; R182)
        countries |= states_of_provinces(doc, self.subdivision_states)
        # the states named most often (ties kept): with the dateline's, the states a party's name without its state may mean (R151)
        state_counts = Counter(state_mentions)
        most = max(state_counts.values(), default=0)
        leading = frozenset(state for state, count in state_counts.items() if count == most)
        # a dateline's capital, else its city: 'LAHORE:' files the story from Pakistan (R277)
        doc._.home_state = self.actor_tables.dateline_country(doc) or dateline_city_state(doc, self.city_states)
        if doc._.home_state is not None:
            countries |= {doc._.home_state}
        party_mentions = list(self.parties.find(doc, countries, home=doc._.home_state, leading=leading))
        # R174: 'NEW DELHI (PTI) -' credits the agency, whatever party shares its acronym
        party_mentions = [c for c in party_mentions if not in_dateline_credit(doc, c.start, c.end)]
        candidates.extend(party_mentions)
        # a party named in full is evidence of its state too ('Bharatiya Janata Party' in a Delhi story without 'India')
        countries |= frozenset(self.parties.parties[c.actor_id].country for c in party_mentions if c.end - c.start > 1)
        candidates.extend(self.actor_tables.coalition_forces(doc, collective, mentioned))
        persons = list(title_persons(doc, titles, name_tokens))
        # R822: 'Minister of Planning and International Cooperation Nadia Qassem': the name ending the office's field
        persons.extend(persons_after_offices(doc, titles, name_tokens, self.english_words))
        org_counts = Counter(ent.text.lower() for ent in ents if ent.label_ == "ORG")
        entity_candidates, entity_persons, unknown, lone_orgs = self.entities.find(doc, collective, titles, name_tokens, org_counts)
        candidates.extend(entity_candidates)
        persons.extend(entity_persons)
        candidates.extend(named_by_noun(doc, roles["organization"], titles, name_tokens))
        candidates.extend(numbered_bodies(doc, roles["numbered"], candidates))
        candidates.extend(ordinal_bodies(doc, roles["numbered"], candidates))
        candidates.extend(successors(doc, candidates, org_counts))
        point_heads = frozenset(token.head.i for token in tokens_written(doc, ("point", "points")))
        candidates = [c for c in candidates if c.label == "COUNTRY" or not names_a_product_or_index(doc, c, point_heads)]
        persons.extend(unknown_names_as_persons(doc, unknown, lone_orgs, persons, titles, name_tokens))
        # R540: 'Chong said', 'Bloomberg reported', 'told Haaretz': an unknown GPE that speaks is a person or an outlet
        taken = frozenset(i for start, end in persons for i in range(start, end)) | frozenset(i for c in candidates for i in range(c.start, c.end))
        speaking_bodies, speakers = speakers_read_as_places(doc, unknown, taken, self.speaker_verbs)
        candidates.extend(speaking_bodies)
        persons.extend(speakers)
        # R820: 'Okonkwo said', 'told Haaretz': a name the model leaves untagged speaks or is spoken to as well
        taken |= frozenset(i for start, end in speakers for i in range(start, end)) | frozenset(i for c in speaking_bodies for i in range(c.start, c.end))
        speaking_bodies, speakers = untagged_speakers(doc, taken, self.speaker_verbs, self.english_words, titles)
        candidates.extend(speaking_bodies)
        persons.extend(speakers)
        # R821: 'the Presidential Debate Secretariat has confirmed': an untagged name ending in a body's head
        taken |= frozenset(i for start, end in speakers for i in range(start, end)) | frozenset(i for c in speaking_bodies for i in range(c.start, c.end))
        candidates.extend(untagged_bodies(doc, taken, titles))
        # R910: 'Zarvane’s Managing Director': an untagged name that owns an office
        candidates.extend(possessors_of_offices(doc, taken, titles, self.english_words))
        candidates, persons = persons_by_evidence(doc, candidates, persons, titles, self.person_nouns)
        candidates, persons = persons_after_roles(doc, candidates, persons, self.person_nouns, titles)
        candidates, persons = self.government_heads.find(doc, candidates, persons, self.index.lookup)
        candidates, persons = one_type_per_name(doc, candidates, persons, unknown, names, roles["organization"], self.index, roles["outlet"])
        # after the vote on types, so a first name never turns a body's mention into a person ('Operation Dudula')
        persons = with_first_names(doc, persons, titles, name_tokens, self.english_words)
        candidates.extend(untagged_acronyms(doc, self.stop_words, self.english_words))
        # R750: 'Zumbly is a delivery start-up', 'founder of Zumbly': a name the model left untagged, defined as a company
        candidates.extend(defined_companies(doc, roles["organization"] | roles["company_class"], roles["company_founder"]))
        # after every source of candidates, so the model's own 'Congress' entity is read against the states too (R76)
        state = main_state(state_mentions)
        state_named = (state, self.index.entries[f"country:{state}"].name) if state and f"country:{state}" in self.index.entries else None
        candidates = congress_of_country(doc, candidates, countries, self.parties.national_congresses, main_state=state_named, demonyms=self.parties.demonyms)
        candidates = drop_non_actors(doc, candidates, self.not_actors, self.index.titles)
        persons = drop_non_actor_persons(doc, persons, self.not_actors)
        # persons too: a 'person' inside a party's name ('JD(U' of 'JD(U)', 'Awami' of 'Awami League') would win the overlap
        persons_found = [Candidate(start, end, "PERSON", "", "", priority=1) for start, end in persons if end > start]
        accepted = resolve(within_party_names(candidates + persons_found, self.parties.parties))
        accepted = joined_at_of(doc, joined_at_hyphens(doc, accepted, self.english_words), self.index.lookup)
        accepted = drop_offices_read_as_bodies(doc, self._with_document_evidence(doc, accepted, point_heads), titles)
        accepted = drop_named_provinces(doc, drop_calendar_days(doc, accepted), self.province_states, countries)
        # R300: a city or province of the article's states the model reads as a body or a person, put as a place
        accepted = drop_gazetteer_places(doc, accepted, self.places, countries, frozenset(titles.values()), self.index.entries)
        return outlets_told(doc, accepted)

    def _with_document_evidence(self, doc: Doc, accepted: list[Candidate], point_heads: frozenset[int]) -> list[Candidate]:
        """Link the accepted mentions to their full names and add what the document shows beyond the model
        (R68-R73): acronyms defined in brackets, repeats of found names, lone first names and surnames."""
        actor_ends = frozenset(c.end for c in accepted if c.label != "COUNTRY")
        not_actor_acronyms = acronyms_of_non_actors(doc, actor_ends, self.not_actors.thing_heads)
        # R620: '“I don't know” (DK)' abbreviates the quoted words
        not_actor_acronyms |= acronyms_of_quotations(doc, actor_ends)
        if not_actor_acronyms:
            accepted = [c for c in accepted if not (c.linkable and (tokens_text(doc, c.start, c.end) in not_actor_acronyms or c.name in not_actor_acronyms))]
        # R770: 'a Cumulative Impact Assessment (CIA)': the tables' acronyms too, which the drop above keeps
        accepted = drop_table_acronyms_defined_as_terms(doc, accepted, not_actor_acronyms, self.table_ids)
        # bodies named before their acronym first, so that a person's name opening with that acronym is split before linking
        accepted = acronyms_out_of_persons(doc, bracketed_names(doc, split_joined_mentions(doc, accepted), self.not_actors.thing_heads))
        # R262: before persons are linked, so a surname the model read as a body takes its full name's id
        accepted = drop_common_words(doc, link_organizations(doc, inner_names(doc, shared_surnames(doc, link_persons(doc, surnames_read_as_bodies(doc, accepted))))), self.english_words)
        accepted = defined_acronyms(doc, accepted)
        # a repeat meets the same R14 checks as a first mention ('all-Airbus', 'The Nasdaq fell 82.65 points')
        repeats = [c for c in repeated_mentions(doc, accepted) if not names_a_product_or_index(doc, c, point_heads)]
        accepted = sorted(accepted + repeats, key=lambda c: c.start)
        accepted = one_id_per_name(doc, sorted(accepted + list(name_parts(doc, accepted)), key=lambda c: c.start))
        # R382: after the acronyms and repeats took the full name's id, so they take its state too
        accepted = ministries_of_states(doc, accepted, self.index.entries, self.index.lookup, doc._.home_state)
        accepted = drop_non_actors_after_evidence(doc, accepted, self.not_actors, self.currency_marks, self.index.entries)
        accepted = drop_objects_and_works(doc, accepted, self.not_actors.title_words, self.index.entries, self.work_heads)
        accepted = drop_things_by_definition(doc, accepted, self.not_actors.called_nouns, self.index.entries)
        # R470: 'the words Grand Prix Lumière', 'the classical language Kawi' cite a word or name a language
        accepted = drop_cited_words(doc, accepted, self.not_actors.cited_nouns, self.index.entries)
        # R521: 'an English translation of the Kitab X', 'the first edition of the Y Gathering' name a work or an event
        accepted = drop_work_parts(doc, accepted, self.not_actors.part_nouns, self.index.entries)
        # R522: 'a Post Graduate Diploma in Accounting (DipAcc)' is a degree
        accepted = drop_degrees(doc, accepted, self.not_actors.degree_nouns, self.index.entries)
        # R490: 'films such as El Hariq', 'varieties of coffee: Pacamara, ...' list things of a kind
        accepted = drop_listed_things(doc, accepted, self.not_actors.listed_nouns, self.index.entries)
        accepted = drop_cut_portfolios(doc, accepted, self.index.entries)
        accepted = drop_defined_terms(doc, accepted, self.not_actors.whole, self.index.entries)
        # R520: 'Thin Client' in an article that also writes 'a thin client'
        accepted = drop_common_phrases(doc, accepted, self.body_words, self.index.entries)
        # R802: '‘POLICY’ ON RISE ...': a subheading's quoted words in capitals
        accepted = [c for c in accepted if c.actor_id in self.index.entries or not quoted_capitals_heading(doc, c.start, c.end, self.english_words, OPENING_QUOTES, CLOSING_QUOTES)]
        fields, adjectives = self.not_actors.field_nouns, self.english_adjectives
        accepted = [
            c for c in accepted
            if c.actor_id in self.index.entries
            or not (names_a_field(doc, c.start, c.end, fields, adjectives, self.demonym_words) or names_a_species(doc, c.start, c.end, self.english_words))
        ]
        return drop_subnational_places(doc, accepted, self.subdivision_nouns, self.body_words)

    def set_annotations(self, doc: Doc, candidates: list[Candidate]) -> None:
        spans = []
        for candidate in candidates:
            span = Span(doc, candidate.start, candidate.end, label=candidate.label, kb_id=candidate.actor_id)
            values = span._  # one accessor for the three values: each `span._` builds a new one
            values.actor_name = candidate.name
            values.actor_link = candidate.link
            values.actor_government = candidate.government
            spans.append(span)
        doc.spans["actors"] = spans
