"""Kept so imports from before the actor stage became a package keep working; the code is in claimspan.components.actors.actor_types."""

from .components.actors.actor_types import *  # noqa: F401,F403
