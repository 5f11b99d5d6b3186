"""Contract tests for the config and the registry (STYLE G12)."""

import pytest
import spacy
import tomllib
from spacy.util import registry

from claimspan.loader import pipeline_dir

EXPECTED_PIPES = [
    "claimspan_sentences",
    "claimspan_hide_space",
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
    "claimspan_show_space",
    "claimspan_actors",
    "claimspan_dates",
    "claimspan_figures",
    "claimspan_claims",
    "claimspan_checkworthy",
]


def test_config_loads_expected_pipes(nlp):
    assert nlp.pipe_names == EXPECTED_PIPES


def test_config_sourced_model_keeps_its_weights(nlp):
    doc = nlp("Prime Minister Shehbaz Sharif met officials in Kabul on Monday.")
    assert ("Shehbaz Sharif", "PERSON") in [(ent.text, ent.label_) for ent in doc.ents]


def test_config_entry_points_match_factories(repo_dir):
    project = tomllib.loads((repo_dir / "pyproject.toml").read_text())
    factories = project["project"]["entry-points"]["spacy_factories"]
    assert set(factories) == {name for name in EXPECTED_PIPES if name.startswith("claimspan_")}
    registered = registry.factories.get_all()
    for name, target in factories.items():
        module, function = target.split(":")
        assert name in registered
        assert getattr(__import__(module, fromlist=[function]), function).__name__ == function


@pytest.mark.parametrize("name", [name for name in EXPECTED_PIPES if name.startswith("claimspan_")])
def test_config_component_adds_from_plain_dict(name):
    blank = spacy.blank("en")
    blank.add_pipe(name, config={})
    assert blank.pipe_names == [name]


def test_config_data_paths_are_relative_to_config():
    text = (pipeline_dir() / "config.cfg").read_text()
    assert "${paths.root}/actors.jsonl" in text
    assert "/work/" not in text


def test_config_refuses_another_model_version(monkeypatch):
    import importlib.metadata

    from claimspan import loader
    from claimspan.errors import ClaimspanError

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "3.7.1")
    with pytest.raises(ClaimspanError, match=r"\[E202\].*3\.7\.1 installed, 3\.8\.0 required"):
        loader.check_model()
