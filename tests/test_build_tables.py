"""The derived knowledge tables equal what pipeline/build_tables.py makes from the shipped sources (STYLE G16)."""

from __future__ import annotations

import pytest

from claimspan.loader import pipeline_dir


@pytest.mark.parametrize("name", ["countries.jsonl", "parties.jsonl", "currencies.jsonl", "subdivisions.jsonl"])
def test_build_tables_shipped_tables_equal_the_script_output(build_tables, name):
    # countries come from the installed pycountry (pinned in the 'tables' extra) and sources/countries.jsonl;
    # parties from sources/partyfacts-parties.csv, whose upstream file's sha256 is in sources/partyfacts-parties.sha256
    assert build_tables.build_all()[name] == (pipeline_dir() / name).read_text(encoding="utf-8"), "rerun: python pipeline/build_tables.py"


@pytest.mark.parametrize(
    "rows, expected",
    [
        (
            [{"country": "ZAF", "partyfacts_id": "1", "name_short": "ANC", "name": "African National Congress", "name_english": "African National Congress"}],
            [{"id": "org:african-national-congress-zaf", "country": "ZAF", "name": "African National Congress", "names": ["African National Congress"], "acronyms": ["ANC"]}],
        ),
        (
            [{"country": "ESP", "partyfacts_id": "2", "name_short": "THE", "name": "It is time", "name_english": "It is time / Alliance"}],
            [],
        ),
        (
            [{"country": "MEX", "partyfacts_id": "3", "name_short": "MORENA", "name": "Movimiento Regeneración Nacional", "name_english": "National Regeneration Movement"}],
            [{"id": "org:national-regeneration-movement-mex", "country": "MEX", "name": "National Regeneration Movement", "names": ["Movimiento Regeneración Nacional", "National Regeneration Movement"], "acronyms": ["MORENA"]}],
        ),
    ],
    ids=["name-and-acronym", "slogan-stopword-and-generic-dropped", "original-and-english-names"],
)
def test_build_tables_parties(build_tables, rows, expected):
    assert build_tables.build_parties(rows, taken_forms=set()) == expected


def test_build_tables_countries_add_iso_names_but_not_inverted_or_claimed_ones(build_tables):
    hand = [{"id": "country:KOR", "type": "COUNTRY", "name": "South Korea", "demonyms": ["South Korean"]}, {"id": "country:BOL", "type": "COUNTRY", "name": "Bolivia"}]
    built = build_tables.build_countries(hand, other_forms={"plurinational state of bolivia"})
    # pycountry: KOR 'Korea, Republic of' (inverted: left out), common name 'South Korea' (already the name);
    # BOL official name 'Plurinational State of Bolivia' is claimed by another actor here, so it is left out
    assert built == [{"id": "country:KOR", "type": "COUNTRY", "name": "South Korea", "demonyms": ["South Korean"]}, {"id": "country:BOL", "type": "COUNTRY", "name": "Bolivia"}]


def test_build_tables_countries_write_of_the_names_also_without_the_article(build_tables):
    hand = [
        {"id": "country:COG", "type": "COUNTRY", "name": "Republic of the Congo"},
        {"id": "country:GMB", "type": "COUNTRY", "name": "The Gambia", "aliases": ["Gambia"]},
    ]
    built = {row["id"]: row.get("aliases", []) for row in build_tables.build_countries(hand, other_forms={"republic of gambia"})}
    # "Republic of Congo" is how much of the press writes the country; GMB's shortened ISO name
    # ('Republic of the Gambia' -> 'Republic of Gambia') is claimed by another actor here, so it is left out
    assert "Republic of Congo" in built["country:COG"]
    assert "Republic of the Gambia" in built["country:GMB"]
    assert "Republic of Gambia" not in built["country:GMB"]
