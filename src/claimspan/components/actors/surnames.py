"""A body whose name is the end of a person's full name in the same article is that person (R262).

The model reads a surname standing alone as an organisation, most often a hyphenated or double one ('Simone
Mangal-Joly' ... 'Mangal-Joly explained', 'Mauricio Claver-Carone' ... 'Claver-Carone', 'Salvador Valdés Mesa' ...
'Valdés Mesa said', 'Bilawal Bhutto-Zardari' ... 'Bhutto-Zardari'). The article has named the person in full, so
the short form is that person and takes the full name's id when persons are linked (R69). A name that ends in a
body's head word, or that is longer than a double surname ('El Nido Maternity Center'), stays a body: there the
model made the 'person' out of the body."""

from __future__ import annotations

from spacy.tokens import Doc

from ...extensions import span_text, token_span
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
            span = token_span(doc, candidate.start, candidate.end)
            words = tuple(token.text for token in span)
            # an acronym is a body's own short name ('the BNP'), never a surname
            short = len(span.text.split()) <= MAX_SURNAME_WORDS and not any(word.isupper() for word in words)
            if short and words in tails and words[-1].lower() not in ORGANIZATION_HEADS:
                candidate = Candidate(candidate.start, candidate.end, "PERSON", "", span_text(span), priority=1)
        result.append(candidate)
    return result


# Words that make the next one a parent's name, not the person's own ('Ammar bin Humaid Al Nuaimi': 'Humaid' is his
# father, who may be named in the same article).
PATRONYMIC_WORDS = frozenset({"bin", "ibn", "bint", "ben", "ould", "wad", "binti", "s/o", "d/o"})
MIN_INNER_NAME_WORDS = 3
# A closing quote before the word: the end of a name with a nickname the model did not take ('Joaquín “El Chapo” Guzmán').
CLOSING_QUOTES = frozenset({"”", "’", '"', "'"})


def _ends_a_longer_name(doc: Doc, start: int) -> bool:
    previous = doc[start - 1] if start > 0 else None
    return previous is not None and previous.text in CLOSING_QUOTES


def inner_names(doc: Doc, accepted: list[Candidate]) -> list[Candidate]:
    """The mentions with each lone word person linked to the one full name of the article that has that word
    inside it, neither first nor last (R263): 'Teodoro Obiang Nguema' ... 'Obiang', 'Ali Bagheri Kani' ... 'Bagheri',
    'Luis Alberto Lacalle Herrera' ... 'Lacalle', 'Austin Li Jiaqi' ... 'Li'. Runs after person linking (R69), on the
    lone words it left unlinked."""
    owners: dict[str, set[int]] = {}
    for index, candidate in enumerate(accepted):
        if candidate.label == "PERSON" and candidate.link is None and candidate.end - candidate.start >= MIN_INNER_NAME_WORDS:
            tokens = doc[candidate.start : candidate.end]
            for position in range(1, len(tokens) - 1):
                if tokens[position].is_title and tokens[position - 1].lower_ not in PATRONYMIC_WORDS:
                    owners.setdefault(tokens[position].text, set()).add(index)
    if not owners:
        return accepted
    result = []
    for candidate in accepted:
        if candidate.label == "PERSON" and candidate.link is None and candidate.end - candidate.start == 1 and not _ends_a_longer_name(doc, candidate.start):
            found = owners.get(doc[candidate.start].text, set())
            full_ids = {accepted[index].actor_id for index in found}
            if len(full_ids) == 1:
                full = accepted[min(found)]
                candidate = Candidate(candidate.start, candidate.end, "PERSON", full.actor_id, full.name, candidate.priority, link=full.name)
        result.append(candidate)
    return result
