"""Companies the model leaves untagged that the text defines as companies (GUIDELINES R750).

Business news names a start-up by one invented word the model does not know ("Zumbly", "Quindor") and then says what
it is: "Zumbly is a delivery start-up", "Quindor, a fintech company,", "the founder and CEO of Zumbly". The model often
gives such a word no entity at all, and no speech verb or company suffix marks it, so it was lost with every repeat.
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from ...extensions import tokens_text
from .actor_linking import slugify
from .actor_spans import Candidate

# Entity labels of a word the rule may read as a company: none, or one the actor stage keeps no mention for when the
# word stands alone (an invented name read as a people, a product or a title). Places and persons keep their reading.
DEFINED_LABELS = frozenset({"", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})
# After a founder's noun, a word read as a people is a faith or a nation founded ('the founder of Islam'), no company.
FOUNDER_LABELS = frozenset({"", "ORG", "PRODUCT"})
HYPHENS = frozenset({"-", "‐", "‑"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
COMPANY_PREPOSITIONS = frozenset({"of", "at"})
# Behind every other candidate: a table name, the model's own entity or a person found by a title wins the words.
PRIORITY = 3


def _phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The word of doc[start:end] whose head lies outside it ('up' of 'start - up')."""
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token
    return doc[end - 1]


def _name(doc: Doc, token: Token, labels: frozenset[str]) -> Optional[tuple[int, int]]:
    """(start, end) of the capitalised name that token ends, with the capitalised words compounded to it right before
    ('Mercado Libre'); None for a word that is no name: a pronoun, a stop word, a word in lower case, a name with an
    article ('the Kingdom') or one the model reads as a place or a person."""
    if token.tag_ not in NAME_TAGS or not token.text[:1].isupper() or token.is_stop or token.ent_type_ not in labels:
        return None
    if any(child.dep_ == "det" for child in token.children):
        return None
    start = token.i
    while start > 1 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
        start -= 2  # a name joined by a hyphen is one name ('SNC-Lavalin')
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i and doc[start - 1].tag_ in NAME_TAGS and doc[start - 1].text[:1].isupper():
        start -= 1
    if any(doc[i].ent_type_ not in labels for i in range(start, token.i)):
        return None
    return start, token.i + 1


def _defined(noun: Token) -> Optional[Token]:
    """The name a company noun defines: the subject of 'is' whose attribute it is ('Zumbly is a delivery start-up'),
    or the name it stands in apposition to ('Quindor, a fintech company,'). Where the parser misses the subject of an
    unknown word, the name right before the verb is it. A capitalised noun is a name's last word, not a class
    ('Development Company' in a headline)."""
    if not noun.is_lower:
        return None
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    verb = noun.head
    subject = next((child for child in verb.lefts if child.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.i > 0:
        subject = verb.doc[verb.i - 1]
    return subject


def _founded(role: Token) -> Iterator[Token]:
    """The names a founder's or chief's noun belongs to: 'founder of Zumbly', 'CEO at Zumbly', "Zumbly's founder"."""
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ in COMPANY_PREPOSITIONS:
            yield from (grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
        elif child.dep_ == "poss":
            yield child


def defined_companies(doc: Doc, class_nouns: dict[int, int], founder_nouns: dict[int, int]) -> Iterator[Candidate]:
    """Company candidates for the names the text defines by a company noun (R750).
    class_nouns, founder_nouns: start -> end of the nouns the role table lists as organisation or company-class nouns
    ('company', 'start-up', 'platform') and as a company's founders and chiefs ('founder', 'ceo')."""
    found: dict[tuple[int, int], None] = {}
    for start, end in class_nouns.items():
        subject = _defined(_phrase_head(doc, start, end))
        span = _name(doc, subject, DEFINED_LABELS) if subject is not None else None
        if span is not None:
            found[span] = None
    for start, end in founder_nouns.items():
        for name in _founded(_phrase_head(doc, start, end)):
            span = _name(doc, name, FOUNDER_LABELS)
            if span is not None:
                found[span] = None
    for start, end in found:
        text = tokens_text(doc, start, end)
        yield Candidate(start, end, "ORGANIZATION", f"org:{slugify(text)}", text, priority=PRIORITY, linkable=True)
