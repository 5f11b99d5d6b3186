"""The claimspan pipeline stages; importing this package registers their factories."""

from . import actors, checkworthy, claims, dates, figures, sentences  # noqa: F401
