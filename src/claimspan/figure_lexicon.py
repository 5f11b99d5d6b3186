"""The figure words of pipeline/figure_units.jsonl and currencies.jsonl, as read_figure looks them up.

FigureLexicon holds currencies (with the state an article names deciding a shared name, R147), approximators,
scales, vague amounts and fractions; States carries the states an article names. Pure data, no spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Iterable, Mapping, NamedTuple, Optional

from .tables import states_by_subdivision

DASHES = str.maketrans({"–": "-", "—": "-", "\u00a0": " ", "\u202f": " "})
Bound = str  # "approx" | "lower" | "upper"


class States(NamedTuple):
    """The states an article names (ISO 3166 alpha-3): the one it names most, if one does, and all of them."""

    main: Optional[str]
    named: frozenset[str]
    written: frozenset[str] = frozenset()  # local signs whose currency's name the article writes ("naira": "n", R281)


def _empty_mapping() -> Mapping:
    return MappingProxyType({})


def _phrases(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class FigureLexicon:
    """The figure words of pipeline/figure_units.jsonl, keyed by lower-case text with single spaces."""

    currencies: Mapping[str, Optional[tuple[str, float]]] = field(default_factory=_empty_mapping)  # -> (ISO code, worth); None: a shared name with no default
    codes: frozenset[str] = frozenset()  # ISO 4217 codes, lower case: written in capitals, also against the digits ("USD105,000", "12CUP")
    by_state: Mapping[str, Mapping[str, str]] = field(default_factory=_empty_mapping)  # shared name -> state -> ISO code ("pesos": MEX -> MXN)
    state_names: Mapping[str, str] = field(default_factory=_empty_mapping)  # a state's name or demonym in the currency words -> ISO 3166 alpha-3
    place_states: Mapping[str, str] = field(default_factory=_empty_mapping)  # a folded subdivision name of one state only -> ISO 3166 alpha-3
    percent: frozenset[str] = frozenset()
    approximators: Mapping[str, tuple[Bound, bool]] = field(default_factory=_empty_mapping)  # -> (bound, approx)
    estimates: frozenset[str] = frozenset()
    vague: frozenset[str] = frozenset()
    scales: Mapping[str, float] = field(default_factory=_empty_mapping)
    fractions: Mapping[str, float] = field(default_factory=_empty_mapping)  # "third(s)" -> 3 (R216)
    local_signs: Mapping[str, Mapping[str, str]] = field(default_factory=_empty_mapping)  # local sign -> state -> ISO code ("n": NGA -> NGN, R281)
    local_words: Mapping[str, frozenset[str]] = field(default_factory=_empty_mapping)  # a currency's one-word name -> the local signs it vouches for

    @classmethod
    def from_entries(cls, entries: Iterable, currencies: Iterable = (), subdivisions: Iterable = ()) -> "FigureLexicon":
        """Build from tables.FigureWord entries (any objects with text, kind, code, bound, approx, value) and
        tables.CurrencyEntry rows (code, country, words): a hand-written word wins over a derived one, and a
        derived word of several currencies is read by the article's state (R147), its hand row the default.
        tables.SubdivisionEntry rows (country, names) tell the state of a province the article names (R182); a
        name two states share ('Punjab') tells none."""
        entries = tuple(entries)
        tables: dict[str, dict] = {kind: {} for kind in ("currency", "percent", "approximator", "estimate", "vague", "scale", "fraction")}
        for entry in entries:
            detail = {
                "currency": (entry.code, entry.value or 1.0),
                "approximator": (entry.bound, entry.approx),
                "scale": entry.value,
                "fraction": entry.value,
            }.get(entry.kind)
            tables[entry.kind][normalise(entry.text)] = detail
        codes, by_state, owners, state_names, words_of = set(), {}, {}, {}, {}
        for currency in currencies:
            words_of[currency.code] = currency.words
            if currency.words:
                codes.add(currency.code.lower())
                tables["currency"].setdefault(currency.code.lower(), (currency.code, 1.0))
            for word in currency.words:
                owners.setdefault(word, {})[currency.code] = currency.country
                if currency.country and " " in word:
                    state_names.setdefault(word.rsplit(" ", 1)[0], set()).add(currency.country)
        for word, owner in owners.items():
            if len(owner) == 1:
                tables["currency"].setdefault(word, (next(iter(owner)), 1.0))
                continue
            by_state[word] = MappingProxyType({country: code for code, country in owner.items() if country})
            tables["currency"].setdefault(word, None)
        # a sign that reads as a shared name ('Rs' as 'rupees') follows that name's state reading (R183)
        for entry in entries:
            if getattr(entry, "reads_as", None) and normalise(entry.reads_as) in by_state:
                by_state[normalise(entry.text)] = by_state[normalise(entry.reads_as)]
        local_signs, local_words = {}, {}
        for entry in entries:
            if getattr(entry, "local", None) and entry.reads_as:
                sign, owner = normalise(entry.text), owners.get(normalise(entry.reads_as), {})
                local_signs[sign] = MappingProxyType({country: code for code, country in owner.items() if country})
                for word in {word for code in owner for word in words_of[code] if " " not in word}:
                    local_words.setdefault(word, set()).add(sign)
        return cls(
            local_signs=MappingProxyType(local_signs),
            local_words=MappingProxyType({word: frozenset(signs) for word, signs in local_words.items()}),
            place_states=MappingProxyType(states_by_subdivision(subdivisions)),
            currencies=MappingProxyType(tables["currency"]),
            codes=frozenset(codes),
            by_state=MappingProxyType(by_state),
            state_names=MappingProxyType({name: states.pop() for name, states in state_names.items() if len(states) == 1}),
            percent=frozenset(tables["percent"]),
            approximators=MappingProxyType(tables["approximator"]),
            estimates=frozenset(tables["estimate"]),
            vague=frozenset(tables["vague"]),
            scales=MappingProxyType(tables["scale"]),
            fractions=MappingProxyType(tables["fraction"]),
        )

    # the phrases longest first, sorted once: every figure's reading tries them in this order
    @cached_property
    def approximator_phrases(self) -> tuple[str, ...]:
        return _phrases(self.approximators)

    @cached_property
    def percent_phrases(self) -> tuple[str, ...]:
        return _phrases(self.percent)

    def currency_of(self, phrase: str, states: Optional[States] = None) -> Optional[tuple[str, float]]:
        """The (ISO code, worth) a currency word or sign stands for in an article naming these states (R147):
        a name several currencies share is the main state's, else the one named state's that uses it, else its default."""
        phrase = normalise(phrase)
        if phrase in self.local_signs:
            return self._local_currency(phrase, states)
        local = self.by_state.get(phrase)
        if local and states is not None:
            if states.main in local:
                return local[states.main], 1.0
            using = {local[state] for state in states.named if state in local}
            if len(using) == 1:
                return using.pop(), 1.0
        return self.currencies.get(phrase)

    def _local_currency(self, sign: str, states: Optional[States]) -> Optional[tuple[str, float]]:
        """A local sign ("N", "K", "Sh") is money only by the article's evidence (R281): the main or one named state
        whose currency the sign's name is, else the table's currency when the article writes that name; else none."""
        if states is None:
            return None
        local = self.local_signs[sign]
        if states.main in local:
            return local[states.main], 1.0
        using = {local[state] for state in states.named if state in local}
        if len(using) == 1:
            return using.pop(), 1.0
        return self.currencies.get(sign) if sign in states.written else None

    def is_short_scale(self, text: str) -> bool:
        """Scale abbreviations of two letters or fewer ("m", "bn") count only when written against digits."""
        return normalise(text) in self.scales and len(text) <= 2


def normalise(text: str) -> str:
    """Lower case, one kind of dash, single spaces."""
    return " ".join(text.translate(DASHES).lower().split())
