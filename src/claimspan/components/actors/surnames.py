"""A body whose name is the end of a person's full name in the same article is that person (R262).

The model reads a surname standing alone as an organisation, most often a hyphenated or double one ('Simone
Mangal-Joly' ... 'Mangal-Joly explained', 'Mauricio Claver-Carone' ... 'Claver-Carone', 'Salvador Valdés Mesa' ...
'Valdés Mesa said', 'Bilawal Bhutto-Zardari' ... 'Bhutto-Zardari'). The article has named the person in full, so
the short form is that person and takes the full name's id when persons are linked (R69). A name that ends in a
body's head word, or that is longer than a double surname ('El Nido Maternity Center'), stays a body: there the
model made the 'person' out of the body."""

from __future__ import annotations

from spacy.tokens import Doc

from ...extensions import span_text
from .actor_spans import Candidate
from .actor_types import ORGANIZATION_HEADS

# A short form is a surname, double or hyphenated ('Valdés Mesa', 'Mangal-Joly'), in words written apart; a longer
# tail is a body the model took into a 'person' ('Cariño El Nido Maternity Center').
MAX_SURNAME_WORDS = 2


def surnames_read_as_bodies(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """The mentions with each model-read organisation that ends a longer person name of the article made a person
    without an id, so that person linking gives it the full name's id."""
    tails: set[tuple[str, ...]] = set()
    for candidate in accepted:
        if candidate.label == "PERSON" and candidate.end - candidate.start > 1:
            words = tuple(token.text for token in doc[candidate.start : candidate.end])
            tails.update(words[cut:] for cut in range(1, len(words)))
    if not tails:
        return accepted
    result = []
    for candidate in accepted:
        if candidate.label == "ORGANIZATION" and candidate.linkable and candidate.link is None:
            span = doc[candidate.start : candidate.end]
            words = tuple(token.text for token in span)
            # an acronym is a body's own short name ('the BNP'), never a surname
            short = len(span.text.split()) <= MAX_SURNAME_WORDS and not any(word.isupper() for word in words)
            if short and words in tails and words[-1].lower() not in ORGANIZATION_HEADS:
                candidate = Candidate(candidate.start, candidate.end, "PERSON", "", span_text(span), priority=1)
        result.append(candidate)
    return result
