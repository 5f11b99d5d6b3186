"""Bodies named by an ordinal before a word of the role table's 'numbered' kind: the federal appeals courts of the
United States ('the 9th Circuit', 'the 5th U.S. Circuit Court of Appeals', GUIDELINES R321).

An ordinal opening a name makes it an edition or a plan (R75: '54th National Conference'), and the model leaves the
ordinal out of 'U.S. Circuit Court of Appeals', so the court that ruled lost its number or its mention."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from ...extensions import tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate
from .not_actors import ORDINAL

# Written between the ordinal and the numbered word ('5th U.S. Circuit').
COUNTRY_MARKS = frozenset({"U.S.", "US"})
# The rest of an appeals court's full name after the numbered word ('Circuit Court of Appeals').
COURT_OF_APPEALS = ("court", "of", "appeals")


def ordinal_bodies(doc: Doc, words: dict[int, int], candidates: list[Candidate]) -> Iterator[Candidate]:
    """'the 9th Circuit', 'the 11th U.S. Circuit Court of Appeals': one body per ordinal, whatever the form, with
    the id of its full name ('org:9th-circuit-court-of-appeals'). words: start -> end of the numbered words."""
    starting = {c.start: c.end for c in candidates if c.label == "ORGANIZATION"}
    for word_start, word_end in words.items():
        start = word_start - 1
        if start >= 1 and doc[start].text in COUNTRY_MARKS:
            start -= 1
        if start < 0 or not ORDINAL.match(doc[start].text) or not doc[word_start].is_title:
            continue
        end = max(word_end, starting.get(start + 1, word_end), starting.get(word_start, word_end))
        if tuple(token.lower_ for token in doc[word_end : word_end + len(COURT_OF_APPEALS)]) == COURT_OF_APPEALS:
            end = max(end, word_end + len(COURT_OF_APPEALS))
        ordinal, numbered = doc[start].text.lower(), tokens_text(doc, word_start, word_end)
        name = f"{ordinal} {numbered} Court of Appeals"
        yield Candidate(start, end, "ORGANIZATION", f"org:{slugify(name)}", name, priority=0)
