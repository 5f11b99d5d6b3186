"""Claim types and the precedence rule that picks one when several fit.

Types (GUIDELINES: claim types):
- attributed: the text reports what a source said, found or believes ("According to the report, ...");
- recommendation: what someone should do (should, must, ought to, needs to, has to);
- prediction: about the future (will, shall, is going to, is expected/likely/set/due to);
- statistic: the main clause rests on a figure (a figures-stage span, else a CARDINAL/MONEY/PERCENT/
  QUANTITY entity) or states a ranking or trend ("the deadliest year", "a significant surge");
- event: a specific happening or state of affairs stated as fact (indicative, not modal);
- assessment: the writer's evaluation or interpretation: a linking verb with an evaluative predicate
  ("is a compulsion", "turned out to be"), an interpretive verb ("This indicates"), "seems", a
  want or intention ascribed without a source ("Neither side wants ..."), or a
  demonstrative subject that sums up earlier text ("These measures yielded ...") with no date.

Precedence rule: attributed > recommendation > prediction > statistic > event > assessment.
The first type in that order that fits is the claim's type; the other fitting types go to
`flags`, in the same order; a claim nothing else fits is an assessment.
The order puts who vouches for a claim first (a reviewer checks a quote against its source before
anything else), then modality (a recommendation or prediction cannot be checked as a fact), then
what kind of fact it is.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

PRECEDENCE = ("attributed", "recommendation", "prediction", "statistic", "event", "assessment")
RECOMMENDATION_MODALS = frozenset({"should", "must", "ought", "shall"})
NECESSITY_VERBS = frozenset({"need", "have"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo"})
# "is expected to resume", "is likely to rise", "is set to", "is due to", "is about to", "is going to"
FUTURE_PREDICATES = frozenset({"expect", "likely", "set", "due", "about", "go", "poise", "slate", "plan", "schedule", "bind"})
LINKING_VERBS = frozenset({"be", "seem", "appear", "remain", "prove", "look", "sound", "turn"})
CHANGE_VERBS = frozenset({"become", "grow", "get"})
INTERPRETIVE_VERBS = frozenset({"indicate", "suggest", "mean", "show", "reflect", "demonstrate", "underline", "underscore", "imply", "illustrate", "signify"})
MENTAL_STATE_VERBS = frozenset({"want", "wish", "prefer", "intend", "desire"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
TREND_WORDS = frozenset({"surge", "rise", "increase", "decline", "drop", "fall", "growth", "jump", "spike", "plunge", "soar", "double", "triple", "halve", "decrease", "slump"})


def choose_type(fitting: Iterable[str]) -> tuple[str, list[str]]:
    """Apply the precedence rule: return (type, flags) for the set of types that fit a claim.

    >>> choose_type({"statistic", "attributed"})
    ('attributed', ['statistic'])
    """
    present = set(fitting)
    ordered = [kind for kind in PRECEDENCE if kind in present]
    if not ordered:
        return "assessment", []
    return ordered[0], ordered[1:]


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _governing(verb: Token) -> list[Token]:
    """The verb and the verbs it is the open complement of ("needs to consider" -> needs, consider)."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return chain


def is_recommendation(verb: Token) -> bool:
    """should/must/ought to/shall + verb, or "needs to"/"has to" + verb, on the clause's own verb."""
    for link in _governing(verb):
        lowers = {aux.lower_ for aux in _auxiliaries(link)}
        if lowers & (RECOMMENDATION_MODALS - {"shall"}):
            return True
        # "needs to consider", "has to act" (present tense only: "had to" reports the past)
        if link.lemma_ in NECESSITY_VERBS and link.tag_ in ("VBZ", "VBP") and any(child.dep_ == "xcomp" for child in link.children):
            return True
    return False


def is_prediction(verb: Token, *, reported: bool = False) -> bool:
    """Future reference on the clause's verb: will/shall, "is expected to", "is likely to", "is going to";
    "would" counts only inside a reported clause ("Islamabad hopes ... would encourage")."""
    modals = set(FUTURE_MODALS) | ({"would", "'d"} if reported else set())
    for link in _governing(verb):
        if {aux.lower_ for aux in _auxiliaries(link)} & modals:
            return True
        if link.lemma_ in FUTURE_PREDICATES and any(child.dep_ == "xcomp" for child in link.children):
            return link.lemma_ != "go" or link.tag_ == "VBG"
        for child in link.children:
            if child.dep_ == "acomp" and child.lemma_ in FUTURE_PREDICATES and any(grand.dep_ == "xcomp" for grand in child.children):
                return True
    return False


def assessment_strength(verb: Token, *, has_date: bool) -> Optional[str]:
    """'strong' when the writer evaluates or interprets rather than reports (the claim is an assessment
    unless a higher type fits), 'weak' when a reported change carries an evaluation ("became tougher":
    an event with an assessment flag), else None."""
    if verb.lemma_ in INTERPRETIVE_VERBS or verb.lemma_ in ("seem", "appear"):
        return "strong"
    if verb.lemma_ in MENTAL_STATE_VERBS:
        # the writer ascribing wants and intentions without a source is interpretation ("Neither side wants ...")
        return "strong"
    existential = any(child.dep_ == "expl" for child in verb.children)
    predicates = [child for child in verb.children if child.dep_ in ("attr", "acomp", "oprd") or (child.dep_ == "xcomp" and child.lemma_ == "be")]
    if verb.lemma_ in CHANGE_VERBS and predicates:
        return "weak"
    if verb.lemma_ in LINKING_VERBS and predicates and not existential and not has_date:
        return "strong"
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if subjects and not has_date:
        subject = subjects[0]
        # "These measures yielded ...": a demonstrative subject sums up earlier text, which is interpretation
        if subject.lower_ in DEMONSTRATIVES or any(child.dep_ == "det" and child.lower_ in DEMONSTRATIVES for child in subject.children):
            return "strong"
    return None


def is_ranking_or_trend(verb: Token) -> bool:
    """A superlative or a trend word among the main verb's arguments ("the deadliest year", "a surge")."""
    if verb.lemma_ in TREND_WORDS:
        return True
    for argument in verb.children:
        if argument.dep_ not in ("attr", "nsubj", "nsubjpass", "dobj"):
            continue
        if argument.lemma_ in TREND_WORDS or any(child.tag_ == "JJS" and child.dep_ == "amod" for child in argument.children):
            return True
    return False


def is_event(verb: Token, *, assessment: bool) -> bool:
    """A happening or state of affairs stated as fact: indicative, not modal, not an evaluation."""
    if assessment or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(aux.tag_ == "MD" for aux in _auxiliaries(verb))
