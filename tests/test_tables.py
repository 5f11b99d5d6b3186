"""Every pipeline/*.jsonl line validates; a bad line reports path:line (STYLE G3, G12)."""

from __future__ import annotations

import re

import pytest

from claimspan.components.actors.actor_linking import build_index
from claimspan.errors import ClaimspanError
from claimspan.loader import pipeline_dir
from claimspan.tables import (
    ActorEntry,
    ActorStopEntry,
    CueEntry,
    CurrencyEntry,
    DatePatternEntry,
    FigureWord,
    HedgeEntry,
    NotActorEntry,
    PartyEntry,
    RoleEntry,
    SentenceException,
    SpeakerVerbEntry,
    SubdivisionEntry,
    CityEntry,
    read_table,
)

# Tables with a line model of their own; the others must still be one JSON object per line.
TABLE_MODELS = {
    "actors.jsonl": ActorEntry,
    "actor_roles.jsonl": RoleEntry,
    "actor_stoplist.jsonl": ActorStopEntry,
    "cues.jsonl": CueEntry,
    "cues_intentions.jsonl": CueEntry,
    "hedges.jsonl": HedgeEntry,
    "date_patterns.jsonl": DatePatternEntry,
    "figure_units.jsonl": FigureWord,
    "sentence_exceptions.jsonl": SentenceException,
    "not_actors.jsonl": NotActorEntry,
    "countries.jsonl": ActorEntry,
    "parties.jsonl": PartyEntry,
    "currencies.jsonl": CurrencyEntry,
    "subdivisions.jsonl": SubdivisionEntry,
    "cities.jsonl": CityEntry,
    "speaker_verbs.jsonl": SpeakerVerbEntry,
}
ID_PATTERN = re.compile(r"^(country:[A-Z]{3}|(group|org|person):[a-z0-9]+(-[a-z0-9]+)*)$")
TABLES = sorted(path.name for path in pipeline_dir().glob("*.jsonl"))


@pytest.mark.parametrize("name", TABLES)
def test_tables_every_line_validates(name):
    path = pipeline_dir() / name
    assert name in TABLE_MODELS, f"pipeline/{name} has no line model: add one to claimspan.tables"
    assert read_table(path, TABLE_MODELS[name])


@pytest.mark.parametrize(
    "lines, bad_line",
    [
        (['{"id": "country:PAK", "type": "COUNTRY", "name": "Pakistan"}', "", '{"id": "x", "type": "COUNTRY", "name": "X", "alias": []}'], 3),
        (['{"id": "group:ttp", "type": "ARMED_GROUP", "name": "TTP"}', '{"id": "group:x", "type": "GANG", "name": "X"}'], 2),
        (['{"id": "country:PAK", "type": "COUNTRY", "name": "Pakistan",'], 1),
    ],
    ids=["unknown-key", "bad-type", "bad-json"],
)
def test_tables_bad_line_reports_path_and_line(tmp_path, lines, bad_line):
    path = tmp_path / "actors.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ClaimspanError, match=rf"\[E201\] .*actors\.jsonl:{bad_line}:"):
        read_table(path, ActorEntry)


def test_tables_bad_role_kind_reports_line(tmp_path):
    path = tmp_path / "actor_roles.jsonl"
    path.write_text('{"role": "officials", "kind": "collective"}\n{"role": "envoy", "kind": "job"}\n', encoding="utf-8")
    with pytest.raises(ClaimspanError, match=r"\[E201\] .*actor_roles\.jsonl:2:"):
        read_table(path, RoleEntry)


@pytest.fixture(scope="module")
def actors():
    """The actor tables as the stage reads them: the built countries, then the hand-written actors."""
    return read_table(pipeline_dir() / "countries.jsonl", ActorEntry) + read_table(pipeline_dir() / "actors.jsonl", ActorEntry)


def test_tables_actor_ids_are_well_formed(actors):
    bad = [entry.id for entry in actors if not ID_PATTERN.match(entry.id)]
    assert bad == []


def test_tables_actor_ids_match_types(actors):
    prefixes = {"COUNTRY": "country:", "ARMED_GROUP": "group:", "ORGANIZATION": "org:", "PERSON": "person:"}
    assert [entry.id for entry in actors if not entry.id.startswith(prefixes[entry.type])] == []


def test_tables_cover_the_sovereign_states(actors):
    countries = {entry.id for entry in actors if entry.type == "COUNTRY"}
    assert len(countries) >= 193
    assert {"country:PAK", "country:AFG", "country:USA", "country:GBR", "country:CHN", "country:RUS", "country:TUV"} <= countries


def test_tables_actor_names_are_unique(actors):
    index = build_index(actors)  # raises [E205] when two actors share a name
    assert index.lookup("tehreek-i-taliban pakistan")[1].id == "group:ttp"


def test_tables_government_periods_name_known_actors(actors):
    ids = {entry.id for entry in actors}
    periods = [period for entry in actors for period in entry.government]
    assert periods, "at least Afghanistan's government is recorded"
    assert [period.actor_id for period in periods if period.actor_id not in ids] == []
    assert all(re.match(r"^\d{4}-\d{2}-\d{2}$", period.since) for period in periods)


def test_tables_roles_have_titles_and_collectives():
    roles = read_table(pipeline_dir() / "actor_roles.jsonl", RoleEntry)
    kinds = {(role.role, role.kind) for role in roles}
    assert {("officials", "collective"), ("prime minister", "title"), ("district", "place")} <= kinds
    assert all(role.role == role.role.lower() for role in roles)


def test_tables_party_ids_are_unique_and_name_no_other_actor(actors):
    parties = read_table(pipeline_dir() / "parties.jsonl", PartyEntry)
    assert len({party.id for party in parties}) == len(parties)
    assert all(ID_PATTERN.match(party.id) for party in parties)
    index = build_index(actors)
    assert [form for party in parties for form in party.names + party.acronyms if index.lookup(form)] == []
