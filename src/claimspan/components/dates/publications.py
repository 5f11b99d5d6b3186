"""Frequency words that name a newspaper or magazine, not a set of times (GUIDELINES R880-R882).

News calls a paper by its frequency: "the Gulf daily said", "the state's weekly", "Al-Sabah daily said",
"the Beijing Daily". There the word is the head of a noun phrase or the last word of a title, and its P1D or P1W
value is wrong. As an adverb or an adjective it stays a date: "published daily", "daily flights", "twice daily".
"""

from __future__ import annotations

from spacy.tokens import Token

# The frequency words papers are called by: "the daily", "the weekly", "the monthly".
PUBLICATION_WORDS = frozenset({"daily", "weekly", "monthly"})
# Right after a name, only these name a paper ("Al-Sabah daily"); "earning 40,000 Rand monthly" is a frequency.
NAMED_PUBLICATION_WORDS = frozenset({"daily", "weekly"})
# A title's last word may also be "Quarterly" ("Americas Quarterly").
TITLE_WORDS = PUBLICATION_WORDS | {"quarterly"}
NAME_TAGS = frozenset({"NNP", "NNPS"})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
# After the object of one of these the word says how often one goes there: "flies to Dubai daily".
PLACE_PREPOSITIONS = frozenset({"to", "from", "for", "in", "at", "into", "via", "between", "across", "around", "through"})
# The frequency of a noun after it ('the daily limit', 'the Nairobi daily flights'), read by the word's tag and by its
# dependency, since the parser sometimes hangs a noun's determiner on the frequency word.
MODIFIED_POS = frozenset({"NOUN", "NUM"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _is_name_word(token: Token, tags: frozenset[str] = NAME_TAGS) -> bool:
    return token.tag_ in tags and token.text[:1].isupper() and token.is_alpha


def names_a_publication(token: Token) -> bool:
    """True when the frequency word token names a paper: the last word of a title after a name ('Beijing Daily',
    "People's Daily", R880), the head of a noun phrase with a determiner or possessor ('the Gulf daily', R881), or
    a lower-case 'daily'/'weekly' right after a name ('Al-Sabah daily', R882)."""
    doc, word = token.doc, token.lower_
    if token.i == 0 or token.is_sent_start or word not in TITLE_WORDS:
        return False
    previous = doc[token.i - 1]
    if token.is_title:
        name = doc[token.i - 2] if previous.tag_ == "POS" and token.i >= 2 else previous
        # a title's capitalised words may be tagged as common nouns ("People's Daily")
        return _is_name_word(name, NAME_TAGS | COMMON_NOUN_TAGS)
    if word not in PUBLICATION_WORDS or not token.is_lower:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (following is not None and following.pos_ in MODIFIED_POS) or (token.dep_ in MODIFIER_DEPS and token.head.i > token.i):
        return False
    if any(child.dep_ in ("det", "poss") for child in token.children):
        # a common noun right before it heads the phrase itself ('on a farm daily'), unless joined to a
        # word by a hyphen ('the English-language daily')
        hyphenated = token.i >= 2 and doc[token.i - 2].text == "-"
        return previous.tag_ not in COMMON_NOUN_TAGS or hyphenated
    if word not in NAMED_PUBLICATION_WORDS or not _is_name_word(previous):
        return False
    return not (previous.dep_ == "pobj" and previous.head.lower_ in PLACE_PREPOSITIONS)
