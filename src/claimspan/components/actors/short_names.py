"""Short names in brackets that shorten a body's name by its letters, not its initials (GUIDELINES R320).

Press outside the English-speaking world often defines a body by a short name made of the first letters of its
words, syllables included: "Tokyo Electric Power Company (Tepco)", "Confederation of Chilean Students (Confech)",
"Korea Trade-Investment Promotion Agency (KOTRA)". Such a name is no set of initials, so R70 left it an actor of its
own, or even a person."""

from __future__ import annotations

# The fewest letters of a short name read this way: two letters are left to R70's initials.
MIN_SHORT_LETTERS = 3


def shortens(short: str, words: list[str]) -> bool:
    """short is a contraction of the name's words: it opens with the first word's first letter, its letters come
    in the name's order, and they are drawn from more than the first word ('Tepco' for 'Tokyo Electric Power
    Company'; not 'Nation' for 'National Union', nor 'Ross' after 'Mackerler')."""
    words = [word.lower() for word in words if word.isalpha()]
    if len(words) < 2 or len(short) < MIN_SHORT_LETTERS or not short.isalpha() or not short[0].isupper():
        return False
    letters = short.lower()
    if letters[0] != words[0][0]:
        return False
    text, position, last = "".join(words), 0, -1
    for char in letters:
        position = text.find(char, position)
        if position < 0:
            return False
        last = position
        position += 1
    return last >= len(words[0])
