"""The claimspan pipeline stages; importing this package registers their factories."""

from . import actors, apostrophes, checkworthy, claims, dates, figures, layout, sentences  # noqa: F401
