"""A transcript names a speaker in full at the first turn and by surname after it ("JAKE TAPPER: ..." then
"TAPPER: ..."; GUIDELINES R254): either label is a speaker's, though neither opens two lines by itself."""

from __future__ import annotations

import re
from functools import lru_cache

# A speaker label opening a line: one to three capitalised words and a colon ("TAPPER:", "Chris Matthews:").
LINE_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):", re.MULTILINE)


def shares_surname(text: str, label: str) -> bool:
    """Whether another line of the text opens with a label that has the same last word as `label` and more or
    fewer words ("JAKE TAPPER" and "TAPPER"): a full name and its surname, one speaker's two labels."""
    words = tuple(label.split())
    if not words or not words[-1].isalpha() or len(words[-1]) < 2:
        return False
    labels = _line_labels(text)
    # a label that opens the text is a dateline's place ("NEW DELHI: ..." and a later "DELHI: ..."), not a turn
    if any(start == 0 and other[-1] == words[-1] for start, other in labels):
        return False
    return any(other != words and other[-1] == words[-1] and (len(other) == 1 or len(words) == 1) for _, other in labels)


@lru_cache(maxsize=4)
def _line_labels(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(offset, words) of every line label of a text, found once per text: every colon line of a transcript asks."""
    return tuple((match.start(), tuple(match.group(1).split())) for match in LINE_LABEL.finditer(text))
