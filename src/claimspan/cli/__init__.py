"""The claimspan command line; importing the command modules registers them on the app."""

from . import bench, evaluate, extract, interchange, review, schema, score, show, soak, train, tune  # noqa: F401
from .main import app

__all__ = ["app"]
