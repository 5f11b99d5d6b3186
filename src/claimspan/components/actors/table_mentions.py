"""Actor mentions from the tables: phrase matchers over table forms and role nouns, and the candidates they give."""

from __future__ import annotations

from types import MappingProxyType
from typing import Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...extensions import tokens_text
from .actor_linking import DEMONYM, METONYM, NAME, ActorIndex, capital_is_political, government_at, surface_forms
from .actor_spans import COORDINATORS, Candidate, acronym_in_capitals, inside_longer_name, role_end, tokens_written
from .evidence import tokens_in_capitals
from .dateline_mentions import dateline_state, is_dateline
from .title_case_lines import in_title_case_line
from ...tables import ActorEntry, RoleEntry

# The role table's kinds matched in the text (the others are read as word sets where they are needed).
ROLE_KINDS = ("collective", "title", "organization", "numbered", "company_class", "company_founder", "outlet")


class ActorTableMatcher:
    """Table forms (every form in its exact case, multiword forms in any case, a long all-capitals form also
    capitalised: 'NASDAQ' -> 'Nasdaq') and role nouns, matched per document."""

    def __init__(self, vocab: Vocab, tokenizer, actors: tuple[ActorEntry, ...], roles: tuple[RoleEntry, ...], index: ActorIndex) -> None:
        self.vocab = vocab
        self.tokenizer = tokenizer
        self.index = index
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
        # R810: the nouns that make a capital beside them the place, not its government
        self.place_words = frozenset(role.role for role in roles if role.kind in ("place", "subdivision", "apposition_place"))
        self.city_parts = frozenset(role.role for role in roles if role.kind == "city_part")
        self.roles = PhraseMatcher(self.vocab, attr="LOWER")
        for kind in ROLE_KINDS:
            words = {role.role for role in roles if role.kind == kind} | {role.role.rstrip(".") for role in roles if role.kind == kind}
            if words:
                self.roles.add(kind, [self.tokenizer(word) for word in sorted(words)])

    def capital_is_political(self, token, actor_id: str) -> bool:
        """The capital ending at token stands for its state's government here (R11, R810)."""
        return capital_is_political(token, country_forms=self.country_forms[actor_id], place_words=self.place_words, city_parts=self.city_parts)

    def find_names(self, doc: Doc) -> tuple[list[tuple[int, int, str, str]], frozenset[str]]:
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

    def find_roles(self, doc: Doc) -> dict[str, dict[int, int]]:
        """Per kind, start -> furthest end of role nouns, titles (a title keeps a following '.'),
        organisation nouns and numbered-body words."""
        found: dict[str, dict[int, int]] = {kind: {} for kind in ROLE_KINDS}
        for match_id, start, end in self.roles(doc):
            kind = self.vocab.strings[match_id]
            if kind == "title" and end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
                end += 1
            found[kind][start] = max(end, found[kind].get(start, end))
        return found

    def mentions(self, doc, names, collective, titles, entity_of, name_tokens) -> Iterator[Candidate]:
        """Candidates from the table forms found: a demonym only with its role noun (R11), a capital only when
        used politically, a country not inside a longer name."""
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
            if kind == METONYM and (is_dateline(doc, start, end) or not self.capital_is_political(doc[end - 1], actor_id)):
                continue
            if entry.type == "COUNTRY" and inside_longer_name(doc, start, end, entity_of, name_tokens, titles):
                continue
            yield self._candidate(doc, start, end, entry, priority=0)

    def known_entity(self, doc: Doc, start: int, end: int, kind: str, entry: ActorEntry) -> Iterator[Candidate]:
        """An entity whose text is in the table in another case than written there ('KABUL', 'TALIBAN')."""
        if kind == DEMONYM:
            return
        if kind == METONYM and (is_dateline(doc, start, end) or not self.capital_is_political(doc[end - 1], entry.id)):
            return
        yield self._candidate(doc, start, end, entry, priority=1)

    def countries_in_capitals(self, doc: Doc) -> frozenset[str]:
        """States named in capitals ('ISLAMABAD:', 'NEW DELHI -' in a dateline), which the table matchers, exact in
        case, miss: words and word pairs in capitals looked up in any case."""
        capitals = [token for token in tokens_in_capitals(doc) if len(token) > 3 or token.i + 1 < len(doc) and doc[token.i + 1].is_upper]
        found = set()
        for token in capitals:
            for text in (token.text, tokens_text(doc, token.i, token.i + 2)):
                entry = self.index.lookup(text)
                if entry and entry[1].type == "COUNTRY" and entry[0] != DEMONYM:
                    found.add(entry[1].id.split(":", 1)[1])
        return frozenset(found)

    def dateline_country(self, doc: Doc) -> str | None:
        """The ISO3 code of the state whose capital or name opens the article as its dateline ('DHAKA -',
        'NEW DELHI:'), or None: the article's home state, which settles an acronym two named states' parties share (R152)."""
        def state_of(words: str) -> str | None:
            entry = self.index.lookup(words)
            return entry[1].id.split(":", 1)[1] if entry and entry[1].type == "COUNTRY" and entry[0] != DEMONYM else None

        return dateline_state(doc, state_of, 2)

    def coalition_forces(self, doc: Doc, collective: dict[int, int], mentioned: frozenset[str]) -> Iterator[Candidate]:
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

    def _candidate(self, doc: Doc, start: int, end: int, entry: ActorEntry, *, priority: int) -> Candidate:
        government = government_at(entry, doc._.published) if entry.government else None
        return Candidate(start, end, entry.type, entry.id, entry.name, priority, government=government)
