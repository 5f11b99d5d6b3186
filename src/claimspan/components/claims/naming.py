"""The name a naming verb gives, where the parser hides it (GUIDELINES R230), and the naming participles that
report no one (R231).

A naming verb (an entry of pipeline/cues.jsonl whose content is "predicate": call, term, label, dub) reports a
judgement only with both the thing named and the name: "called the plan a disaster". cues.py finds the usual
parse (an object with a predicate, an apposition, a quotation after the object); these are the parses the small
model gives instead, seen on PolNeAR train:
- the name as the verb's only predicate, the thing named read as its subject or as a second predicate
  ("calls the mayor unqualified", "called the mayor “a real leader”");
- the thing named read as an open complement that holds the name ("calling the mayor a fraud");
- a quotation that opens inside the object, after the thing named ("called Okafor “the best mayor in years”").
"""

from __future__ import annotations

from spacy.tokens import Token

from .quotation_marks import OPENING_QUOTES

NAMES = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# what the parser makes of the name when it hangs it on the thing named ("calling the mayor a fraud")
NAME_UNDER_THING = frozenset({"dobj", "attr", "appos", "oprd"})


def hidden_name(verb: Token) -> bool:
    """Whether a naming verb with a subject of its own gives a name the parser hung somewhere unusual."""
    children = list(verb.children)
    # the active voice only: "a group called Color of Change" and "was called a hero" name nothing the subject said
    if not any(child.dep_ == "nsubj" for child in children):
        return False
    predicates = [child for child in children if child.dep_ == "oprd" and child.i > verb.i and child.pos_ in NAMES]
    # (a relative clause's name is R208's: "a plan he calls “Confident Bristol”" stays inside its claim)
    if predicates and not any(child.dep_ == "dobj" for child in children) and verb.dep_ != "relcl":
        if len(predicates) > 1 or _opens_with_quotation(predicates[0]):
            return True
        # "calls the mayor unqualified": the thing named as the name's own subject
        if any(grand.dep_ == "nsubj" and grand.i < predicates[0].i for grand in predicates[0].children):
            return True
    for child in children:
        if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("NOUN", "PROPN", "PRON"):
            if any(grand.dep_ in NAME_UNDER_THING and grand.i > child.i and grand.pos_ in NAMES for grand in child.children):
                return True
        if child.dep_ == "dobj" and child.i > verb.i and _quotation_inside(child):
            return True
    return False


def named_by_no_one(verb: Token, *, naming: bool = True) -> bool:
    """An "as" cue that reports no one's naming (R231). "His jet, often referred to as Air Force Two, ...", "Roe,
    described as a hero, ...": a past participle without a subject, auxiliary or agent of its own describes the noun
    it hangs on. The parser often makes the noun the participle's subject: a bare noun, a comma and the verb right
    after it."""
    if verb.tag_ == "VBN" and not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for child in verb.children):
        return True
    # "are often referred to by officials as ...": the passive names its subject in the writer's sentence (R117); a
    # belief's passive ("is seen by voters as") still holds the agent's view
    if naming and any(child.dep_ == "auxpass" for child in verb.children):
        return True
    doc = verb.doc
    before = verb.i - 1
    while before > 0 and doc[before].pos_ == "ADV":
        before -= 1
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.i < before]
    if not subjects or doc[before].text != ",":
        return False
    # "Roe, a senator, referred to ..." and "Roe, during the debate, referred to ...": words between the commas speak
    words = [token for token in subjects[0].subtree if token.i < before]
    return words[-1].i == before - 1 and not any(token.is_punct for token in words)


def _opens_with_quotation(name: Token) -> bool:
    first = name.left_edge
    return first.i > 0 and (first.text in OPENING_QUOTES or name.doc[first.i - 1].text in OPENING_QUOTES)


def _quotation_inside(obj: Token) -> bool:
    """"called Okafor “the best mayor”": the parser made the quoted name the object, the thing named a modifier
    before the opening mark."""
    first = obj.left_edge
    for index in range(first.i + 1, obj.i):
        if obj.doc[index].text in OPENING_QUOTES:
            return any(token.pos_ in ("PROPN", "PRON", "NOUN") for token in obj.doc[first.i : index])
    return False
