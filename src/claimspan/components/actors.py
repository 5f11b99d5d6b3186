"""claimspan_actors: actor mentions with canonical ids, from the model's NER and the actor tables."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..actor_linking import (
    DEMONYM,
    METONYM,
    NAME,
    build_index,
    capital_is_political,
    government_at,
    is_misspelt,
    slugify,
    surface_forms,
)
from ..actor_spans import (
    COORDINATORS,
    NOT_TITLE_LABELS,
    Candidate,
    acronym_in_capitals,
    hyphen_fused,
    in_title_case_line,
    inside_longer_name,
    is_acronym_head,
    is_name_word,
    is_noise,
    is_place_name,
    link_organizations,
    link_persons,
    majority_labels,
    name_end,
    names_a_product,
    names_an_index,
    numbered_bodies,
    resolve,
    role_end,
    skip_titles,
    successors,
    tokens_written,
    trimmed_parts,
)
from ..actor_types import PERSON_ONLY_TITLES, document_types, ends_like_company
from ..extensions import register_extensions
from ..tables import ActorEntry, ActorStopEntry, RoleEntry, read_table

# NER labels that can name an actor; the others (DATE, MONEY, LOC, ...) never do.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Model numbers in the plural: letters, digits, a plural s ("A330s", "F-16s", "MiG-29s"); a body's name is not plural.
MODEL_NUMBERS = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{2,4}s")
# Entity labels an organisation noun may override ("the airline Ryanair" read as a person).
RENAMEABLE_LABELS = frozenset({"", "PERSON", "GPE"})


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
    ) -> None:
        actors = read_table(Path(actors_path), ActorEntry) if actors_path else ()
        roles = read_table(Path(roles_path), RoleEntry) if roles_path else ()
        stoplist = read_table(Path(stoplist_path), ActorStopEntry) if stoplist_path else ()
        self.add_tables(actors, roles, stoplist, path=str(actors_path or "actors.jsonl"))

    def add_tables(self, actors: Iterable[ActorEntry], roles: Iterable[RoleEntry], stoplist: Iterable[ActorStopEntry] = (), *, path: str = "actors.jsonl") -> None:
        """Build the index and the matchers: every form in its exact case, multiword forms in any case,
        a long all-capitals form also capitalised ('NASDAQ' -> 'Nasdaq')."""
        actors, roles = tuple(actors), tuple(roles)
        self.index = build_index(actors, roles, path=path)
        self.stop_words = frozenset(entry.text for entry in stoplist)
        referred: dict[str, list[str]] = {}
        for entry in actors:
            for noun in entry.referred_as:
                referred.setdefault(noun.lower(), []).append(entry.id)
        self.referred = MappingProxyType({noun: tuple(ids) for noun, ids in referred.items()})
        self.names_exact = PhraseMatcher(self.vocab, attr="ORTH")
        self.names_any_case = PhraseMatcher(self.vocab, attr="LOWER")
        country_forms = {}
        for entry in actors:
            by_kind: dict[str, list[str]] = {}
            for kind, form in surface_forms(entry):
                by_kind.setdefault(kind, []).append(form)
            for kind, forms in by_kind.items():
                forms += [form.capitalize() for form in forms if form.isupper() and form.isalpha() and len(form) >= 5]
                patterns = [self.tokenizer(form) for form in forms]
                self.names_exact.add(f"{kind}|{entry.id}", patterns)
                multiword = [pattern for pattern in patterns if len(pattern) > 1 and not pattern.text.isupper()]
                if multiword:
                    self.names_any_case.add(f"{kind}|{entry.id}", multiword)
            country_forms[entry.id] = frozenset(form.lower() for kind, form in surface_forms(entry) if kind == NAME)
        self.country_forms = MappingProxyType(country_forms)
        self.place_nouns = frozenset(role.role for role in roles if role.kind == "place")
        self.roles = PhraseMatcher(self.vocab, attr="LOWER")
        for kind in ("collective", "title", "organization", "numbered"):
            words = {role.role for role in roles if role.kind == kind} | {role.role.rstrip(".") for role in roles if role.kind == kind}
            if words:
                self.roles.add(kind, [self.tokenizer(word) for word in sorted(words)])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Candidate]:
        """The accepted mentions, sorted and non-overlapping."""
        names, mentioned = self._name_matches(doc)
        roles = self._role_matches(doc)
        collective, titles = roles["collective"], roles["title"]
        name_tokens = frozenset(i for start, end, _, _ in names for i in range(start, end))
        ents = doc.ents
        entity_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        candidates = list(self._table_mentions(doc, names, collective, titles, entity_of, name_tokens))
        candidates.extend(self._coalition_forces(doc, collective, mentioned))
        persons = list(self._title_persons(doc, titles, name_tokens))
        unknown, lone_orgs = [], []
        labels = majority_labels(doc)
        org_counts = Counter(ent.text.lower() for ent in ents if ent.label_ == "ORG")
        for ent in ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            for start, end in trimmed_parts(ent):
                if end - start == 1 and MODEL_NUMBERS.fullmatch(doc[start].text):
                    continue  # products in the plural ("the A330s", "the F-16s"), not a body or a person (R14)
                found = self.index.lookup(doc[start:end].text)
                label = labels.get(doc[start:end].text.lower(), ent.label_)
                if label in ("PERSON", "GPE") and not found and ends_like_company(doc[start:end]):
                    label = "ORG"  # "Saturn Corporation", "Douglas Aircraft" read as a person or place
                if found:
                    candidates.extend(self._known_entity(doc, start, end, *found))
                elif label in ("PERSON", "ORG") and is_noise(doc[start:end], self.stop_words):
                    continue
                elif label == "PERSON" or (label == "ORG" and end - start > 2 and doc[start].lower_ in PERSON_ONLY_TITLES):
                    if not is_place_name(doc, start, end, self.place_nouns):
                        persons.append(self._person_span(doc, start, end, collective, titles, name_tokens))
                elif label == "ORG" or (label == "GPE" and self._starts_an_org(doc[start:end].text, org_counts)):
                    while end - start > 1 and doc[end - 1].is_lower:
                        end -= 1  # GUIDELINES R8: no generic head noun ("United Auto Workers union")
                    while end < len(doc) and end not in titles and is_acronym_head(doc, end - 1):
                        end += 1  # the body's own acronym after it ("the GM VEBA")
                    text = doc[start:end].text
                    candidates.append(Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=2, linkable=True))
                    if end - start == 1 and org_counts[text.lower()] == 1:
                        lone_orgs.append((start, end))
                else:
                    unknown.append((start, end))
        candidates.extend(self._named_by_noun(doc, roles["organization"], titles, name_tokens))
        candidates.extend(numbered_bodies(doc, roles["numbered"], candidates))
        candidates.extend(successors(doc, candidates, org_counts))
        point_heads = frozenset(token.head.i for token in tokens_written(doc, ("point", "points")))
        candidates = [
            c for c in candidates
            if c.label == "COUNTRY" or not (hyphen_fused(doc, c.start) or names_an_index(doc, c.start, c.end, point_heads) or names_a_product(doc, c.end))
        ]
        persons.extend(self._unknown_names_as_persons(doc, unknown, lone_orgs, persons, titles, name_tokens))
        candidates, persons = self._one_type_per_name(doc, candidates, persons, unknown, names, roles["organization"])
        accepted = resolve(candidates + [Candidate(start, end, "PERSON", "", "", priority=1) for start, end in persons if end > start])
        return link_organizations(doc, link_persons(doc, accepted))

    def _one_type_per_name(self, doc, candidates, persons, unknown, names, org_nouns) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """Give every mention of a name the type its evidence in the document shows: a 'person' or place
        the text also calls a company ('Ryanair CEO', 'the airline, Ryanair,') is an organisation; a
        one-word 'organisation' that is the surname of a full person name ('Jobs' after 'Steve Jobs') is
        that person; a one-word 'person' written beside a country ('Toulouse, France') is a place, not an actor."""
        org_names, prefixes, surnames = document_types(
            doc, [(c.start, c.end, c.label) for c in candidates if c.linkable] + [(s, e, "PERSON") for s, e in persons] + [(s, e, "") for s, e in unknown], org_nouns
        )
        country_starts = frozenset(start for start, _, kind, actor_id in names if kind == NAME and self.index.entries[actor_id].type == "COUNTRY")
        places = {doc[s:e].text.lower() for s, e in persons + unknown if e - s == 1 and e + 1 < len(doc) and doc[e].lower_ in (",", "in") and e + 1 in country_starts}
        kept, retyped = [], []
        for start, end in persons:
            text = doc[start:end].text
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
            Candidate(s, e, "ORGANIZATION", f"org:{slugify(doc[s:e].text)}", doc[s:e].text, priority=2, linkable=True)
            for s, e in unknown if doc[s:e].text.lower() in org_names
        )
        return result, kept

    def _starts_an_org(self, text: str, org_counts: Counter) -> bool:
        """A place-like name the tables do not know that begins an organisation's name in the document
        is that organisation ('AirTran' beside 'AirTran Airways'), unless that name is a facility ('Kansas City Assembly Plant')."""
        prefix = text.lower() + " "
        return any(org.startswith(prefix) and org.split()[-1] not in self.place_nouns for org in org_counts)

    def _coalition_forces(self, doc: Doc, collective: dict[int, int], mentioned: frozenset[str]) -> Iterator[Candidate]:
        """'coalition forces' in a document that names the coalition ('ISAF Joint Command') is that
        coalition (GUIDELINES R12): a referring noun before a force noun, resolved within the document."""
        for token in tokens_written(doc, self.referred):
            actor_ids = self.referred[token.lower_]
            if token.i + 1 not in collective:
                continue
            end = collective[token.i + 1]
            actor_id = next((actor_id for actor_id in actor_ids if actor_id in mentioned), None)
            if actor_id and doc[end - 1].lower_ in ("force", "forces"):
                yield self._candidate(doc, token.i, end, self.index.entries[actor_id], priority=0)

    def _named_by_noun(self, doc: Doc, nouns: dict[int, int], titles: dict[int, int], name_tokens: frozenset[int]) -> Iterator[Candidate]:
        """A name right after an organisation noun is an organisation ('consulting firm Accenture')."""
        for end in nouns.values():
            if not doc[end - 1].is_lower or end >= len(doc) or doc[end].ent_type_ not in RENAMEABLE_LABELS:
                continue
            # the run may cross a table name ("German airline Air Berlin"); a run that is only a table name stays the table's
            run_end = name_end(doc, end, frozenset(), titles)
            if run_end > end and all(doc[i].ent_type_ in RENAMEABLE_LABELS for i in range(end, run_end)) and not name_tokens.issuperset(range(end, run_end)):
                text = doc[end:run_end].text
                yield Candidate(end, run_end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=0, linkable=True)

    def _name_matches(self, doc: Doc) -> tuple[list[tuple[int, int, str, str]], frozenset[str]]:
        """(start, end, kind, actor id) of table forms, longest first, without overlaps; and the ids of
        every actor named anywhere, also inside a longer name ('ISAF' in 'ISAF Joint Command')."""
        found = {}
        for matcher in (self.names_exact, self.names_any_case):
            for match_id, start, end in matcher(doc):
                if acronym_in_capitals(doc, start, end):
                    continue
                kind, actor_id = self.vocab.strings[match_id].split("|", 1)
                found.setdefault((start, end), (kind, actor_id))
        taken: set[int] = set()
        matches = []
        for (start, end), (kind, actor_id) in sorted(found.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])):
            if not taken.intersection(range(start, end)):
                taken.update(range(start, end))
                matches.append((start, end, kind, actor_id))
        return sorted(matches), frozenset(actor_id for kind, actor_id in found.values() if kind == NAME)

    def _role_matches(self, doc: Doc) -> dict[str, dict[int, int]]:
        """Per kind, start -> furthest end of role nouns, titles (a title keeps a following '.'),
        organisation nouns and numbered-body words."""
        found: dict[str, dict[int, int]] = {"collective": {}, "title": {}, "organization": {}, "numbered": {}}
        for match_id, start, end in self.roles(doc):
            kind = self.vocab.strings[match_id]
            if kind == "title" and end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
                end += 1
            found[kind][start] = max(end, found[kind].get(start, end))
        return found

    def _table_mentions(self, doc, names, collective, titles, entity_of, name_tokens) -> Iterator[Candidate]:
        for start, end, kind, actor_id in names:
            entry = self.index.entries[actor_id]
            if kind == DEMONYM:
                # GUIDELINES R11: a demonym counts with a state-organ head noun, spanning both;
                # a name used as a modifier is the name alone (R10, R14: "US soldiers" -> "US")
                phrase_end = role_end(doc, end, collective, titles, name_tokens)
                if phrase_end is not None:
                    yield self._candidate(doc, start, phrase_end, entry, priority=0)
                    continue
                # "Afghan and coalition forces": a demonym coordinated before a role noun
                if end < len(doc) and doc[end].lower_ in COORDINATORS and role_end(doc, end + 1, collective, titles, name_tokens, headline=in_title_case_line(doc, start)):
                    yield self._candidate(doc, start, end, entry, priority=0)
                continue
            if kind == METONYM and not capital_is_political(doc[end - 1], country_forms=self.country_forms[actor_id]):
                continue
            if entry.type == "COUNTRY" and inside_longer_name(doc, start, end, entity_of, name_tokens, titles):
                continue
            yield self._candidate(doc, start, end, entry, priority=0)

    def _known_entity(self, doc: Doc, start: int, end: int, kind: str, entry: ActorEntry) -> Iterator[Candidate]:
        """An entity whose text is in the table in another case than written there ('KABUL', 'TALIBAN')."""
        if kind == DEMONYM:
            return
        if kind == METONYM and not capital_is_political(doc[end - 1], country_forms=self.country_forms[entry.id]):
            return
        yield self._candidate(doc, start, end, entry, priority=1)

    def _candidate(self, doc: Doc, start: int, end: int, entry: ActorEntry, *, priority: int) -> Candidate:
        government = government_at(entry, doc._.published) if entry.government else None
        return Candidate(start, end, entry.type, entry.id, entry.name, priority, government=government)

    def _title_persons(self, doc: Doc, titles: dict[int, int], name_tokens: frozenset[int]) -> Iterator[tuple[int, int]]:
        """'Deputy Prime Minister Maulvi Abdul Kabir' -> the name after the titles, even where the NER cuts it."""
        for start in sorted(titles):
            if start in name_tokens or doc[start].ent_type_ in NOT_TITLE_LABELS or (start - 1) in titles:
                continue
            name_start = skip_titles(start, titles)
            if name_start < len(doc) and name_start > start and doc[name_start].is_sent_start:
                continue  # the title ends a sentence ("... Martin Luther King. Monday's memo"): no name follows it
            run_end = name_end(doc, name_start, name_tokens, titles)
            if run_end > name_start:
                yield name_start, run_end

    def _person_span(self, doc, start, end, collective, titles, name_tokens) -> tuple[int, int]:
        """A PERSON entity without leading titles, extended over capitalised names the NER cut off."""
        start = skip_titles(start, titles)
        if end < len(doc) and end not in collective and doc[end].ent_type_ in ("", "PERSON") and "\n" not in doc[end - 1].whitespace_:
            end = max(end, name_end(doc, end, name_tokens, titles))
        return start, end

    def _unknown_names_as_persons(self, doc, unknown, lone_orgs, persons, titles, name_tokens) -> Iterator[tuple[int, int]]:
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
            opens_sentence = token.is_sent_start or all(before.is_space for before in doc[token.sent.start : token.i])
            sentence_opening_noun = token.pos_ == "NOUN" and opens_sentence and token.is_title
            if not token.ent_type_ and (token.pos_ == "PROPN" or sentence_opening_noun) and token.i not in taken:
                yield token.i, token.i + 1

    def set_annotations(self, doc: Doc, candidates: list[Candidate]) -> None:
        spans = []
        for candidate in candidates:
            span = Span(doc, candidate.start, candidate.end, label=candidate.label, kb_id=candidate.actor_id)
            span._.actor_name = candidate.name
            span._.actor_link = candidate.link
            span._.actor_government = candidate.government
            spans.append(span)
        doc.spans["actors"] = spans
