"""The "as" of "describe X as Y", "see X as Y" (GUIDELINES R41, R510): right after the verb or its object, or where the
parser hangs it below the object: on a noun of a phrase between ("described the plan during an interview as ..."), on
the object's own words ("characterized the voters' view of the race as ...", "described winning the nod as ..."), or
as the marker of the predicate it made the head ("view the mayor as far better prepared", "see the push as driven by
fear"). An "as" that opens a clause with its own subject ("as the crowd left") or a conjunction ("as well as") is none."""

from __future__ import annotations

from spacy.tokens import Token

# Where the "as" may hang right below the verb: on the verb, on its object or predicate, or as a clause's marker.
OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp", "acomp", "attr"})
# The words between "as" and the cue verb may be the object, its phrases and the predicate the parser made their head.
PATH_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "advcl", "acl", "oprd", "npadvmod", "amod", "compound", "poss"})
# How many words may stand on the path from "as" up to the verb ("as" -> noun -> "of" -> object -> verb).
MAX_PATH = 5
# "as well as", "as if", "as soon as", "as long as", "as usual": conjunctions and adverbials, not the predicate's "as".
NOT_PREDICATE_AFTER = frozenset({"well", "if", "though", "soon", "long", "much", "many", "to", "for", "of", "part", "usual", "expected", "planned", "promised", "such"})
# "as a result", "as a whole": adverbials
NOT_PREDICATE_PHRASES = frozenset({"a result", "a whole", "a consequence", "a group", "a rule"})
PREDICATE_POS = frozenset({"ADJ", "VERB"})


def predicate_as(verb: Token) -> bool:
    """An "as" that introduces the predicate the verb gives its object (or, with no object, its subject)."""
    near = [word for child in verb.children for word in (child, *(grand for grand in child.children if child.dep_ in OBJECT_DEPS or grand.dep_ == "mark"))]
    if any(word.lower_ == "as" and _marks_predicate(word) for word in near):
        return True
    objects = [child for child in verb.children if child.i > verb.i and (child.dep_ == "dobj" or (child.dep_ == "xcomp" and child.tag_ == "VBG"))]
    if not objects:
        return False
    return any(word.lower_ == "as" and _marks_predicate(word) and _below_object(word, verb) for word in verb.doc[objects[0].i + 1 : verb.sent.end])


def _marks_predicate(word: Token) -> bool:
    doc = word.doc
    if word.dep_ == "cc" or word.i + 1 >= len(doc) or doc[word.i + 1].lower_ in NOT_PREDICATE_AFTER or doc[word.i - 1].lower_ in ("such", "so", "just", "well"):
        return False
    # "as far as", "as good as": a comparison
    if any(other.lower_ == "as" for other in doc[word.i + 1 : word.i + 4]) or doc[word.i + 1 : word.i + 3].text.lower() in NOT_PREDICATE_PHRASES:
        return False
    # "as the crowd left": a clause with its own subject tells when
    return not (word.dep_ == "mark" and any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in word.head.children))


def _below_object(word: Token, verb: Token) -> bool:
    node = word.head
    if word.dep_ in ("advmod", "mark"):
        # "as far better prepared": the parser may hang "as" on the degree adverb of the predicate
        while node.pos_ == "ADV" and node.dep_ == "advmod":
            node = node.head
        # the marker of a predicate adjective or participle with no subject of its own
        if node.pos_ not in PREDICATE_POS or any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in node.children):
            return False
    elif word.dep_ != "prep":
        return False
    steps = 0
    while node != verb:
        if node.dep_ not in PATH_DEPS or steps >= MAX_PATH or node.head == node:
            return False
        # a clause with a subject of its own on the way up is another speaker's or the writer's
        if node.dep_ == "relcl" or any(child.dep_ in ("nsubj", "nsubjpass") for child in node.children):
            return False
        node, steps = node.head, steps + 1
    return True
