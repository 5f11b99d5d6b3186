"""How a source's `resolved` mention is shown to a reviewer (claimspan show, the review app).

For a possessive source that names its own speaker ("His running mate, Martha Karua"), `resolved` is the
possessor's antecedent (GUIDELINES R29), not the speaker: "(= Raila Odinga)" after it reads as if Odinga spoke.
The note says which word it resolves: "(his = Raila Odinga)"."""

from __future__ import annotations

from .records import Source

POSSESSIVES = frozenset({"his", "her", "its", "their"})


def referent_note(source: Source) -> str:
    """" (= mention)" for a referring source, " (his = mention)" when only its possessive refers; "" if unresolved."""
    if source.resolved is None:
        return ""
    first_word = source.text.split(maxsplit=1)[0].lower() if source.text.strip() else ""
    if first_word in POSSESSIVES:
        return f" ({first_word} = {source.resolved.text})"
    return f" (= {source.resolved.text})"
