"""Round thirteen fixes found by a new-user audit, on sentences written for these tests."""

import pytest
from typer.testing import CliRunner

from claimspan.cli import app
from claimspan.records import Source, TextSpan
from claimspan.referents import referent_note


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the next December is nine months ahead: "will" leaves no doubt, the nearer past December is wrong
        ("Elections will be held in December.", "2024-03-04", [("December", "2024-12")]),
        ("The new airport will open in November, the minister said.", "2024-03-04", [("November", "2024-11")]),
        ("The election will be held on December 3, the commission said.", "2023-03-04", [("December 3", "2023-12-03")]),
        # Not: a past event in the same sentence keeps its past month
        ("The talks, which began in December, will resume soon.", "2024-03-04", [("December", "2023-12")]),
        # Not: a plan without "will" keeps the nearest month (R-calendar reading)
        ("The plan was to hold elections in December.", "2024-03-04", [("December", "2023-12")]),
        # Not: a written year decides
        ("He will step down in February 2023.", "2024-03-04", [("February 2023", "2023-02")]),
    ],
    ids=["month", "month-reported", "day", "past-clause", "plan-no-will", "written-year"],
)
def test_a_will_clause_dates_ahead_of_the_text_r340(process, text, published, expected):
    doc = process(text, published=published)
    assert [(span.text, span._.date_value) for span in doc.spans["dates"]] == expected


def _source(text: str, resolved: str | None) -> Source:
    cue = TextSpan(start=len(text) + 1, end=len(text) + 5, text="said")
    return Source(start=0, end=len(text), text=text, cue=cue, resolved=None if resolved is None else TextSpan(start=0, end=len(resolved), text=resolved))


def test_a_possessive_source_says_which_word_its_referent_resolves():
    # "His running mate, Martha Karua" speaks; only "His" is Raila Odinga
    assert referent_note(_source("His running mate, Martha Karua", "Raila Odinga")) == " (his = Raila Odinga)"
    assert referent_note(_source("Its latest report of July 2024", "the monitoring team")) == " (its = the monitoring team)"
    # Not: a pronoun or a continued source is its antecedent
    assert referent_note(_source("He", "Imran Khan")) == " (= Imran Khan)"
    assert referent_note(_source("the report", "Its latest report")) == " (= Its latest report)"
    assert referent_note(_source("The ministry", None)) == ""


def test_cli_show_does_not_present_the_possessor_as_the_speaker(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Raila Odinga said the vote was rigged. His running mate, Martha Karua, said the commission had failed.\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(article), "--published", "2024-03-04", "-o", str(claims)]).exit_code == 0
    result = runner.invoke(app, ["show", str(claims)])
    assert result.exit_code == 0, result.output
    assert "source: His running mate, Martha Karua (his = Raila Odinga) [said]" in result.stdout


@pytest.mark.parametrize(
    "text, expected",
    [
        # Not (R340): a possessive date names the storm, which is past; only the repair lies ahead
        ("Officials said the damage from December's storm will take years to repair.", [("December", "2023-12"), ("years", "PXY")]),
        ("The flood of November will cost the farmers dearly.", [("November", "2023-11")]),
    ],
    ids=["possessive", "noun-modifier"],
)
def test_a_will_clause_moves_only_its_verbs_own_time_r340(process, text, expected):
    doc = process(text, published="2024-03-04")
    assert [(span.text, span._.date_value) for span in doc.spans["dates"]] == expected


@pytest.mark.parametrize(
    "text, hedged",
    [
        # R341: what could not be done would have settled a doubt; the claim stays open
        ("Police said they could not rule out arson.", True),
        ("Doctors said they could not exclude a second wave.", True),
        ("The ministry could not immediately confirm the death toll.", True),
        # Not: an inability (R333)
        ("Many families could not afford new school uniforms.", False),
    ],
    ids=["rule-out", "exclude", "confirm", "afford"],
)
def test_could_not_keeps_its_hedge_where_a_doubt_stays_open_r341(claims_of, text, hedged):
    records = claims_of(text, published="2024-03-04")
    assert any("could" in [hedge.text for hedge in record.hedges] for record in records) is hedged
