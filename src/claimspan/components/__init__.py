"""The claimspan pipeline stages; importing this package registers their factories."""

from . import actors, claims, dates, figures, sentences  # noqa: F401
