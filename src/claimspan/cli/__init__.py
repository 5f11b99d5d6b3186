"""The claimspan command line; importing the command modules registers them on the app."""

from . import bench, evaluate, extract, schema, score, show  # noqa: F401
from . import soak  # noqa: F401
from .main import app

__all__ = ["app"]
