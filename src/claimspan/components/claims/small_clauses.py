"""A finding given as a small clause (GUIDELINES R312): "the survey found both men largely unknown", "the poll finds the
senator faring better", "every poll has shown him trailing the governor". The parser reads the finding as an object
with a predicate, or as a complement headed by an adjective or a participle without an auxiliary, which no clause test
takes for content. Only the verb's own children are looked at."""

from __future__ import annotations

from spacy.tokens import Token

# Where the parser puts the predicate of a small clause: a complement, an open complement, an object predicate.
PREDICATE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})
PREDICATE_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN", "PROPN", "ADP"})
# Pronouns of persons a finding places ("shows him with a lead"); "it", "this", "that" are things shown.
PERSON_PRONOUNS = frozenset({"him", "her", "them", "us"})
# Prepositions and adverbs that place someone in a race or a count ("with a lead", "in the lead", "ahead", "behind").
PLACING_WORDS = frozenset({"with", "in", "at", "ahead", "behind", "down", "up", "among"})


def person_placed(verb: Token, obj: Token) -> bool:
    """"The poll shows her with a net lead", "polls show him well behind": a pronoun of a person followed by where the
    finding places them is a small clause the parser reads as an object and an adjunct (R513)."""
    # only "show": "the study found them in the archive" is where they were found
    if obj.lower_ not in PERSON_PRONOUNS or verb.lemma_.lower() != "show":
        return False
    doc, following = obj.doc, obj.i + 1
    # at most two adverbs between ("her now in a tight race", "them well behind")
    while following < min(obj.i + 3, verb.sent.end) and doc[following].pos_ == "ADV" and doc[following].lower_ not in PLACING_WORDS:
        following += 1
    return following < verb.sent.end and doc[following].lower_ in PLACING_WORDS and doc[following].head.i in (verb.i, obj.i)


def small_clause(verb: Token) -> bool:
    """The verb's complement after it is a predicate with a subject: a complement with a subject of its own, or an
    object followed by an open complement ("him trailing", "Trump the winner"); a bare complement ("found it hard")
    or a to-infinitive ("showed to be") is not."""
    children = [child for child in verb.children if child.i > verb.i]
    objects = [child for child in children if child.dep_ in ("dobj", "dative")]
    for child in children:
        if child.dep_ not in PREDICATE_DEPS or child.pos_ not in PREDICATE_POS or any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children):
            continue
        # "found it hard to reach": an expletive subject holds no finding
        if child.dep_ == "ccomp" and any(grand.dep_ in ("nsubj", "nsubjpass") and grand.i < child.i and grand.lower_ not in ("it", "there") for grand in child.children):
            return True
        if child.dep_ in ("xcomp", "oprd") and (objects and objects[0].i < child.i or child.pos_ in ("NOUN", "PROPN")):
            return True
    return False
