"""claimspan: structured, source-anchored claims from news and opinion articles."""

__version__ = "0.1.0"


def load(config_path=None, **kwargs):
    """Load the claimspan pipeline (see claimspan.loader.load)."""
    from .loader import load as _load

    return _load(config_path, **kwargs)
