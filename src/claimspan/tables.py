"""Line models for the data tables in pipeline/*.jsonl and a reader that reports path:line (STYLE G3).

Each table line is validated with extra="forbid", so a typo in a key fails at load, naming the line.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Iterable, Literal, Optional, Type, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import ClaimspanError, Errors

TableLine = TypeVar("TableLine", bound=BaseModel)


class TableEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GovernmentPeriod(TableEntry):
    """Who holds a country's government from a date on (for metonyms such as a capital's name)."""

    actor_id: str = Field(..., description="Id of the actor that governs, e.g. 'group:taliban'.")
    since: str = Field(..., description="ISO date from which it governs.")


class ActorEntry(TableEntry):
    """pipeline/actors.jsonl: one actor with its names."""

    id: str = Field(..., description="Canonical id: country:<ISO3>, group:<slug>, org:<slug>, person:<slug>.")
    type: Literal["PERSON", "COUNTRY", "ARMED_GROUP", "ORGANIZATION"]
    name: str = Field(..., description="Canonical name.")
    aliases: tuple[str, ...] = Field((), description="Other names, acronyms and spellings.")
    demonyms: tuple[str, ...] = Field((), description="Adjectives ('Pakistani'): an actor only before a role noun.")
    metonyms: tuple[str, ...] = Field((), description="Names that stand for the actor in political context ('Islamabad').")
    government: tuple[GovernmentPeriod, ...] = Field((), description="Who governs the country, by period.")
    referred_as: tuple[str, ...] = Field(
        (), description="Common nouns that mean this actor before a force noun in a document that names it ('coalition' forces -> ISAF)."
    )


class RoleEntry(TableEntry):
    """pipeline/actor_roles.jsonl: a role noun or title that makes a mention an actor."""

    role: str = Field(..., description="The noun or title, lower case ('officials', 'prime minister').")
    kind: Literal["collective", "title", "place", "organization", "numbered", "person", "subdivision", "apposition_place", "city_part", "apart", "company_class", "company_founder", "outlet"] = Field(
        ...,
        description="collective: 'Pakistani officials'; title: 'Prime Minister X'; place: a noun that makes a name a place ('Baraki Barak district'); "
        "organization: a noun that makes the name after it a company ('consulting firm Accenture'); numbered: a name word that with a number names a body ('Local 1520', or after an ordinal: 'the 9th Circuit'); "
        "person: a noun that names a person by role, so a name in apposition after it is a person ('the petition's author, X,'); "
        "subdivision: a lower-case noun that makes the name before it a place, not a body ('Benue state', R143); "
        "apposition_place: a noun that makes a name a place only in apposition after it, beside the place and subdivision nouns ('Wad Madani, the capital of Gezira state', R192); "
        "city_part: a part or office of a city that, before 'of', makes a capital after it the place, not its government ('the streets of Kabul', 'the mayor of Kabul', R810); "
        "apart: a group noun that does not speak for the name it belongs to, so a source headed by it takes no actor id from that name ('Petro's critics', 'supporters of Sanders', R181); "
        "company_class: a noun that, besides the organization nouns, makes a name a company where it defines the name, not before it ('X is an online platform', R750); "
        "company_founder: a noun for a company's founder or chief whose 'of'/'at' object or possessor is the company ('founder of X', R750); "
        "outlet: a lower-case noun for a news outlet that makes a name right before or after it an organisation ('the weekly paper X', 'X daily', R883).",
    )
    type: Optional[Literal["PERSON", "COUNTRY", "ARMED_GROUP", "ORGANIZATION"]] = Field(
        None, description="Type of a bare role mention ('Military spokesmen'), if it counts alone."
    )


def read_table(path: Path | str, model: Type[TableLine]) -> tuple[TableLine, ...]:
    """Read a JSONL table, validating each line; blank lines and lines starting with // are skipped."""
    path = Path(path)
    entries = []
    with path.open(encoding="utf-8") as lines:
        for line_no, line in enumerate(lines, start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                entries.append(model.model_validate(json.loads(stripped)))
            except (json.JSONDecodeError, ValidationError) as error:
                detail = str(error).replace("\n", "; ")
                raise ClaimspanError(Errors.E201.format(path=path, line=line_no, detail=detail)) from error
    return tuple(entries)


class CueEntry(TableEntry):
    """pipeline/cues.jsonl: an attribution cue (a reporting verb lemma, a preposition phrase, a reporting noun or a belief adjective)."""

    cue: str = Field(..., min_length=1, description="Verb, noun or adjective lemma ('say', 'finding', 'confident'), or a lower-case phrase ('according to').")
    kind: Literal["verb", "prep", "noun", "adjective"] = Field(..., description="verb: X says that ...; prep: according to X, ...; noun: the finding that ...; adjective: X is confident that ...")
    requires: Optional[str] = Field(None, description="A dependent the verb needs to be a cue ('hold' + 'responsible'); for a preposition, the cue type its object must be a reporting noun of ('in' + evidential: 'In a poll, ...', R360).")
    type: Literal["speech", "belief", "evidential", "directive", "intention", "stance"] = Field("speech", description="What the cue reports: speech (says, accused, according to), belief (thinks, hopes), evidential (polls show, the report found) or directive (urged, the cabinet resolved); intention (wants to) and stance (endorsed X) only in pipeline/cues_intentions.jsonl, PolNeAR's broader scheme.")
    content: Literal["clause", "object", "predicate"] = Field("clause", description="What a verb needs as its content: clause (a that- or to-clause), object (also a noun phrase: 'praised the deal'), predicate (also an object with a predicate: 'called it a hoax').")


class HedgeEntry(TableEntry):
    """pipeline/hedges.jsonl: a hedging word or phrase, matched case-insensitively."""

    hedge: str = Field(..., min_length=1, description="The phrase in lower case ('likely', 'expected to').")
    tag: Optional[str] = Field(None, description="Fine-grained tag the first token must have ('MD' keeps the month 'May' out).")


class DatePatternEntry(TableEntry):
    """pipeline/date_patterns.jsonl: a Matcher token pattern for temporal expressions the model's NER misses."""

    id: str = Field(..., description="What the pattern catches, e.g. 'units-later' ('Days later').")
    pattern: tuple[dict, ...] = Field(..., min_length=1, description="spaCy Matcher token pattern; timex.normalize decides type and value.")


class FigureWord(TableEntry):
    """pipeline/figure_units.jsonl: a currency, percent, approximator, estimate, vague-amount or scale word."""

    text: str = Field(..., min_length=1, description="The word or sign as written ('US$', 'per cent', 'more than'); matched case-insensitively.")
    kind: Literal["currency", "percent", "approximator", "estimate", "vague", "scale", "fraction"]
    code: Optional[str] = Field(None, pattern=r"^[A-Z]{3}$", description="currency: ISO 4217 code.")
    bound: Optional[Literal["approx", "lower", "upper"]] = Field(None, description="approximator: the number is about, at least or at most the amount (GUIDELINES R24).")
    approx: Optional[bool] = Field(None, description="approximator: whether the figure counts as approximate (R24: 'nearly' yes, 'more than' no).")
    value: Optional[float] = Field(None, gt=0, description="scale: the multiplier; currency: the sub-unit's worth ('cents' 0.01); fraction: the denominator ('third' 3).")
    reads_as: Optional[str] = Field(None, description="currency: a currency name several states share whose reading by the article's state the sign takes, `code` staying the default ('Rs' as 'rupees', R183).")
    local: Optional[bool] = Field(None, description="currency: the sign is money only in an article that names a state whose currency `reads_as` names, or writes that name (then `code`); elsewhere no currency ('N' for naira, R281).")

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> "FigureWord":
        required, optional = {
            "currency": ({"code"}, {"value", "reads_as", "local"}),
            "approximator": ({"bound", "approx"}, set()),
            "scale": ({"value"}, set()),
            "fraction": ({"value"}, set()),
        }.get(self.kind, (set(), set()))
        given = {name for name in ("code", "bound", "approx", "value", "reads_as", "local") if getattr(self, name) is not None}
        if not required <= given <= required | optional:
            raise ValueError(f"kind '{self.kind}' takes {sorted(required | optional) or 'no other field'}, got {sorted(given) or 'none'}")
        return self


class SentenceException(TableEntry):
    """pipeline/sentence_exceptions.jsonl: a token after which no sentence starts."""

    text: str = Field(..., min_length=1, description="The token exactly as written ('Dec.', 'U.S.').")
    why: str = Field(..., description="Why it never ends a sentence.")


class ActorStopEntry(TableEntry):
    """pipeline/actor_stoplist.jsonl: a word or phrase the model's NER tags as a name that is never an actor on its own."""

    text: str = Field(..., min_length=1, description="As written ('UTC', 'PDF', 'Immediate Release'); an entity made only of such words is dropped.")
    kind: Literal["time_zone", "file_format", "boilerplate", "currency", "market"]


class NotActorEntry(TableEntry):
    """pipeline/not_actors.jsonl: a name, or the last word of a name, that makes it something other than an actor."""

    text: str = Field(..., min_length=1, description="The word or phrase; compared in lower case ('government', 'act', 'covid-19').")
    kind: Literal["role_word", "portfolio", "disease", "event", "law", "award", "programme", "work", "religion", "place", "product", "term", "title"]
    match: Literal["whole", "head", "modifier", "owned", "opener", "field", "made", "cited", "part", "degree", "suffix"] = Field(
        ..., description="whole: a name that is only this ('the Government', 'COVID-19'); head: a name ending in this word ('Patriot Act', 'Nobel Prize'); "
        "modifier: a lower-case noun right after a name that makes the name a thing, not an actor ('the CoronaVac vaccine', R97); "
        "owned: such a noun only after a body's possessive and the name ('Alibaba's Taobao Live platform', R165); "
        "opener: a noun right before a name or opening it that makes the name that thing ('tropical storm Bonnie', 'Cyclone Gabrielle', R166; "
        "a law's opens a name of any length, 'Ley de Pesca', R800); "
        "field: a field's noun that makes a name of adjectives before it a field, not a body ('Physical Education', R168); "
        "made: a lower-case noun of a made thing that makes the name modifying it, in that mention only, the product or brand ('an Audi vehicle', R383); "
        "cited: a lower-case noun of words or languages that makes the name after it or defined by it a word, not an actor ('the word “Tortuga”', R470); "
        "part: a lower-case noun of a part, copy or edition of a work before 'of' that makes the name after it that work ('a translation of the X', R521); "
        "degree: a capitalised noun of an academic degree that, before 'in' or 'of' and a capitalised field, names a degree ('Diploma in Accounting', R522); "
        "suffix: the ending of a one-word name that makes it a process or policy, not an actor ('Omanisation', R801)."
    )


class SpeakerVerbEntry(TableEntry):
    """pipeline/speaker_verbs.jsonl: a verb of speech that makes a name the model reads as a place a speaker (R540)."""

    verb: str = Field(..., min_length=1, description="The verb's lemma ('say', 'report').")
    subject: Optional[Literal["speaker", "outlet"]] = Field(
        None, description="What its subject is: speaker (a person, or a body by its shape: 'Chong said'), outlet (papers report: 'Bloomberg reported')."
    )
    object: bool = Field(False, description="Its direct or dative object is an outlet it speaks to ('told Haaretz').")
    to: bool = Field(False, description="The object of 'to' after it is an outlet it speaks to ('spoke to Yonhap', 'explained to Perfil').")


class PartyEntry(TableEntry):
    """pipeline/parties.jsonl: a political party from Party Facts (built by pipeline/build_tables.py, not typed by hand)."""

    id: str = Field(..., description="org:<slug of the English name>-<iso3>.")
    country: str = Field(..., pattern=r"^[A-Z]{3}$", description="ISO 3166 alpha-3 code of the party's country.")
    name: str = Field(..., description="Canonical (English) name.")
    names: tuple[str, ...] = Field((), description="Full names, original and English, each of one party only.")
    acronyms: tuple[str, ...] = Field((), description="Short forms; a mention needs evidence (GUIDELINES R71).")


class CurrencyEntry(TableEntry):
    """pipeline/currencies.jsonl: an ISO 4217 currency from pycountry (built by pipeline/build_tables.py, not typed by hand)."""

    code: str = Field(..., pattern=r"^[A-Z]{3}$", description="ISO 4217 alphabetic code ('MNT', 'SAR').")
    name: str = Field(..., description="The currency's name in pycountry ('Tugrik').")
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{3}$", description="ISO 3166 alpha-3 code of the state whose currency it is ('MNG'); none for EUR and the X codes.")
    words: tuple[str, ...] = Field((), description="Lower-case words written after a number for it ('cedis', 'ghanaian cedis'); none for metals, units and funds.")


class SubdivisionEntry(TableEntry):
    """pipeline/subdivisions.jsonl: a state's first-level subdivisions from pycountry (ISO 3166-2; built by pipeline/build_tables.py)."""

    country: str = Field(..., pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code of the state ('IND').")
    names: tuple[str, ...] = Field(..., description="The subdivisions' names in pycountry ('Uttar Pradesh', 'Khyber Pakhtunkhwa').")



class CityEntry(TableEntry):
    """pipeline/cities.jsonl: a city of 100,000 people or more from GeoNames, with its state (built by pipeline/build_tables.py)."""

    name: str = Field(..., description="The city's name in GeoNames ('Lahore'), and its spelling without accents ('Sao Paulo').")
    country: str = Field(..., pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code of its state ('PAK').")


def folded(text: str) -> str:
    """Lower case without accents: pycountry writes 'Kābul' and 'Nangarhār', the press 'Kabul' and 'Nangarhar'."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def subdivision_owners(entries: Iterable["SubdivisionEntry"]) -> dict[str, frozenset[str]]:
    """Folded subdivision name -> the states that have a subdivision of that name ('punjab' -> IND, PAK)."""
    states: dict[str, set[str]] = {}
    for entry in entries:
        for name in entry.names:
            states.setdefault(folded(name), set()).add(entry.country)
    return {name: frozenset(owners) for name, owners in states.items()}


def states_by_subdivision(entries: Iterable["SubdivisionEntry"]) -> dict[str, str]:
    """Folded subdivision name -> the one state that has it; a name two states share ('Punjab') names neither (R182)."""
    return {name: next(iter(owners)) for name, owners in subdivision_owners(entries).items() if len(owners) == 1}