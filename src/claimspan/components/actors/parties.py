"""Political parties from Party Facts: full names wherever written, acronyms only with evidence (GUIDELINES R71)."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Iterator, Mapping, Optional, Sequence

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...extensions import tokens_text
from ...tables import PartyEntry
from .actor_spans import Candidate

# Above the table names (0) and equal to the model's organisations (2): a longer entity around an acronym
# ("ANC Youth League") keeps its own name; on the same words the party's id wins (it is listed first).
PARTY_PRIORITY = 2


class PartyMatcher:
    """Party names and acronyms as two phrase matchers, compared in their written case."""

    def __init__(
        self, vocab, tokenizer, parties: Iterable[PartyEntry], demonyms: Optional[Mapping[str, Sequence[str]]] = None,
        state_names: Optional[Mapping[str, Sequence[str]]] = None,
    ) -> None:
        self.parties = {party.id: party for party in parties}
        self.short_names = frozenset(
            (party.id, name) for party in self.parties.values() for name in party.names if is_short_form(name, party, (state_names or {}).get(party.country, ()))
        )
        # the few national-congress parties, kept apart so congress_of_country need not scan every party per document
        self.national_congresses = {party_id: party for party_id, party in self.parties.items() if is_national_congress(party, demonyms or {})}
        self.demonyms = demonyms or {}
        self.names = PhraseMatcher(vocab, attr="ORTH")
        self.acronyms = PhraseMatcher(vocab, attr="ORTH")
        self.vocab = vocab
        by_name: dict[str, list[str]] = {}
        by_acronym: dict[str, list[str]] = {}
        for party in self.parties.values():
            for name in party.names:
                by_name.setdefault(name, []).append(party.id)
            for short in party.acronyms:
                by_acronym.setdefault(short, []).append(party.id)
        self.name_ids = {key: tuple(ids) for key, ids in by_name.items()}
        self.acronym_ids = {key: tuple(ids) for key, ids in by_acronym.items()}
        for matcher, forms in ((self.names, by_name), (self.acronyms, by_acronym)):
            texts = sorted(forms)
            for text, pattern in zip(texts, tokenizer.pipe(texts)):
                matcher.add(text, [pattern])

    def find(self, doc: Doc, countries: frozenset[str], home: Optional[str] = None, leading: frozenset[str] = frozenset()) -> Iterator[Candidate]:
        """Party mentions in the document. countries: ISO3 codes of the states the document names.

        A full name counts for the party whose country the document names, or, when only one party has it,
        where the model reads it as an organisation ('Rule of Law' is also a phrase).
        An acronym counts when the document also writes the party's full name, or names the party's country and
        no other party of a named country has that acronym (R71): acronyms collide across countries ("DP", "PSS", "ANC").
        home: the state of the article's dateline, whose party wins an acronym parties of several named states share
        ('BNP' in a story filed from Dhaka that mentions London, R152). A name without its state ('Awami League', R151)
        collides like an acronym: it counts only for the state of the dateline or the states the article names most
        (leading)."""
        if not self.parties:
            return
        named = set()
        for match_id, start, end in self.names(doc):
            ids = self.name_ids[self.vocab.strings[match_id]]
            name = self.vocab.strings[match_id]
            chosen = [
                party_id for party_id in ids
                if self.parties[party_id].country in (countries if (party_id, name) not in self.short_names else leading | {home})
            ]
            if not chosen and len(ids) == 1 and (ids[0], name) not in self.short_names and all(doc[i].ent_type_ == "ORG" for i in range(start, end)):
                chosen = list(ids)  # a name of one party only, which the model also reads as an organisation
            if len(chosen) == 1:
                named.add(chosen[0])
                party = self.parties[chosen[0]]
                yield Candidate(start, end, "ORGANIZATION", party.id, party.name, PARTY_PRIORITY)
        for match_id, start, end in self.acronyms(doc):
            ids = self.acronym_ids[self.vocab.strings[match_id]]
            chosen = [party_id for party_id in ids if party_id in named]
            if not chosen:
                chosen = [party_id for party_id in ids if self.parties[party_id].country in countries]
            if len(chosen) > 1 and home is not None:
                chosen = [party_id for party_id in chosen if self.parties[party_id].country == home]
            if len(chosen) == 1:
                party = self.parties[chosen[0]]
                yield Candidate(start, end, "ORGANIZATION", party.id, party.name, PARTY_PRIORITY)


# 'Congress' standing alone is the US Congress (actors.jsonl) unless the article is about a state whose one
# '... National Congress' party is called 'Congress' for short (India's, South Africa's, R76).
US_CONGRESS = "org:us-congress"
NATIONAL_CONGRESS = "National Congress"


def is_short_form(name: str, party: PartyEntry, state_names: Sequence[str]) -> bool:
    """The party's name is another of its names without the state's name ('Awami League' of 'Bangladesh Awami League')."""
    plain = name.replace("’", "'")
    others = {other.replace("’", "'") for other in party.names if other != name}
    return any(
        form in others
        for state in state_names
        for form in (f"{state} {plain}", f"All {state} {plain}", f"All-{state} {plain}", f"{plain} {state}", f"{plain}, {state}")
    )


def is_national_congress(party: PartyEntry, demonyms: Mapping[str, Sequence[str]]) -> bool:
    """A '... National Congress' party, or one named '<demonym> Congress' ('Nepali Congress', R152): the party
    its state's press calls 'Congress' for short."""
    return party.name.endswith(NATIONAL_CONGRESS) or any(f"{demonym} Congress" in party.names for demonym in demonyms.get(party.country, ()))


def congress_of_country(
    doc: Doc, candidates: list[Candidate], countries: frozenset[str], parties: dict, *, main_state: Optional[tuple[str, str]] = None,
    demonyms: Optional[Mapping[str, Sequence[str]]] = None,
) -> list[Candidate]:
    """Candidates with the lone word 'Congress' read as the national-congress party of the document's country
    when the document names that country and not the United States, and that country has one such party."""
    if "USA" in countries:
        return candidates
    national = [party for party in parties.values() if party.country in countries and is_national_congress(party, demonyms or {})]
    if len(national) == 1:
        actor_id, name = national[0].id, national[0].name
    elif main_state is not None and not national:
        # elsewhere the lone word names the legislature of the state the article is about (Chile's, Paraguay's,
        # El Salvador's Congress on WWN dev), not the US Congress
        actor_id, name = f"org:congress-{main_state[0].lower()}", f"Congress of {main_state[1]}"
    else:
        return candidates
    return [
        Candidate(c.start, c.end, "ORGANIZATION", actor_id, name, PARTY_PRIORITY)
        if c.actor_id == US_CONGRESS and tokens_text(doc, c.start, c.end) == "Congress"
        else c
        for c in candidates
    ]


def main_state(state_mentions: Iterable[str]) -> Optional[str]:
    """The ISO3 code of the state an article names most often, or None when two share the most."""
    ranked = Counter(state_mentions).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def within_party_names(candidates: list[Candidate], parties: dict) -> list[Candidate]:
    """Candidates without the table names and persons written inside a party's full name (R121, R250): 'Congress' in
    'African National Congress' or 'Pakistan' in 'Pakistan Muslim League' is a word of the party's name, not the US
    Congress or the state, and the model's 'person' 'JD(U' a piece of 'JD(U)'; their lower priority would otherwise
    win the overlap and cut the party away."""
    full_names = [(c.start, c.end) for c in candidates if c.end - c.start > 1 and c.priority == PARTY_PRIORITY and c.actor_id in parties]
    # a name crossed by another reading of equal rank is in doubt ('Democratic Party of Japan' inside 'Liberal
    # Democratic Party of Japan'): dropping the state there would hand the words to the wrong, longer party
    full_names = [(start, end) for start, end in full_names if not any(_crosses(c, start, end) for c in candidates if c.priority >= PARTY_PRIORITY)]
    if not full_names:
        return candidates
    return [
        c for c in candidates
        if c.priority >= PARTY_PRIORITY or not any(start <= c.start and c.end <= end and c.end - c.start < end - start for start, end in full_names)
    ]


def _crosses(candidate: Candidate, start: int, end: int) -> bool:
    """The candidate overlaps [start, end) without either holding the other."""
    return candidate.start < end and start < candidate.end and not (start <= candidate.start and candidate.end <= end) and not (candidate.start <= start and end <= candidate.end)
