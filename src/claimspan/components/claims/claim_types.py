"""Claim types and the precedence rule that picks one when several fit.

Types (GUIDELINES: claim types):
- attributed: the text reports what a source said, found or believes ("According to the report, ...");
- recommendation: what someone should do (should, must, ought to, needs to, has to);
- prediction: about the future (will, shall, is going to, is expected/likely/unlikely/set/due to,
  intends/plans to, may/might + verb, "is/are to" + verb, a date after the publication year on a
  verb not in the past: "cutting 30,000 jobs by 2012" in 2006);
- statistic: the main clause rests on a figure (a figures-stage span, else a CARDINAL/MONEY/PERCENT/
  QUANTITY entity) or states a ranking or trend ("the deadliest year", "a significant surge");
- event: a specific happening or state of affairs stated as fact (indicative, not modal);
- assessment: the writer's evaluation or interpretation: a linking verb with an evaluative predicate
  ("is a compulsion", "turned out to be"), an interpretive verb ("This indicates"), "seems", a
  want ascribed without a source ("Neither side wants ..."), an intent read into actions ("were
  designed to"), a causal verb whose subject is no actor ("The Taliban's unwillingness ... upended"),
  or a demonstrative subject that sums up earlier text ("These measures yielded ...") with no date.
  A linking verb with a relational adjective states a fact ("was responsible for the attacks": event).

Precedence rule: attributed > recommendation > prediction > statistic > event > assessment.
The first type in that order that fits is the claim's type; the other fitting types go to
`flags`, in the same order; a claim nothing else fits is an assessment.
The order puts who vouches for a claim first (a reviewer checks a quote against its source before
anything else), then modality (a recommendation or prediction cannot be checked as a fact), then
what kind of fact it is.
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from spacy.tokens import Span, Token

from .clauses import has_subject
from .token_attrs import token_attrs

PRECEDENCE = ("attributed", "recommendation", "prediction", "statistic", "event", "assessment")
RECOMMENDATION_MODALS = frozenset({"should", "must", "ought", "shall"})
# the modals that tell someone what to do; "shall" also states the future ("the court shall rule")
OBLIGATION_MODALS = RECOMMENDATION_MODALS - {"shall"}
NECESSITY_VERBS = frozenset({"need", "have"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo"})
# "is expected to resume", "is likely to rise", "is set to", "is due to", "is about to", "is going to"
FUTURE_PREDICATES = frozenset({"expect", "likely", "unlikely", "set", "due", "about", "go", "poise", "slate", "plan", "schedule", "bind", "intend"})
# "may/might + verb" speaks of what is possible ahead ("the aircraft may become redundant"), unless perfect ("may have been")
POSSIBILITY_MODALS = frozenset({"may", "might"})
LINKING_VERBS = frozenset({"be", "seem", "appear", "remain", "prove", "look", "sound", "turn"})
CHANGE_VERBS = frozenset({"become", "grow", "get"})
INTERPRETIVE_VERBS = frozenset({"indicate", "suggest", "mean", "show", "reflect", "demonstrate", "underline", "underscore", "imply", "illustrate", "signify"})
MENTAL_STATE_VERBS = frozenset({"want", "wish", "prefer", "desire"})
# "were designed to raise the costs": the writer reading an intent into actions
INTENT_PARTICIPLES = frozenset({"design", "intend", "mean", "calculate"})
# "X upended / undermined / fuelled Y": causal analysis by the writer, unless an actor does it
CAUSAL_VERBS = frozenset({"upend", "undermine", "erode", "derail", "hamper", "jeopardize", "jeopardise", "weaken", "strengthen", "bolster", "fuel", "exacerbate", "worsen", "complicate", "deepen", "embolden", "enable", "reinforce", "damage", "hurt", "spur", "trigger", "undercut", "stymie", "thwart"})
# Adjectives stating a relation as fact, not evaluating: "was responsible for the attacks", "is linked to"
RELATIONAL_ADJECTIVES = frozenset({"responsible", "involved", "linked", "connected", "affiliated", "associated", "related", "tied", "present", "absent", "located", "based", "married", "eligible", "liable"})
SUBORDINATE_DEPS = frozenset({"relcl", "advcl", "acl"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})
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
    """The verb's aux/auxpass children (read off the Doc's cached heads, not Token.children)."""
    doc = verb.doc
    return [doc[index] for index in token_attrs(doc).auxiliaries.get(verb.i, ())]


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
        # the parser may make "ought" itself the clause verb, with "to insist" its complement
        if lowers & OBLIGATION_MODALS or link.tag_ == "MD" and link.lower_ == "ought":
            return True
        # "needs to consider", "has to act" (present tense only: "had to" reports the past; not "have options to exercise")
        if link.lemma_ in NECESSITY_VERBS and link.tag_ in ("VBZ", "VBP") and any(child.dep_ == "xcomp" for child in link.children) and not any(child.dep_ == "dobj" for child in link.children):
            return True
    return False


def is_prediction(verb: Token, *, reported: bool = False) -> bool:
    """Future reference on the clause's verb: will/shall, "is expected to", "is likely to", "is going to";
    "would" counts only inside a reported clause ("Islamabad hopes ... would encourage")."""
    modals = set(FUTURE_MODALS) | ({"would", "'d"} if reported else set())
    # the auxiliaries and complements are read off the Doc's columns: this runs for every clause verb
    attrs = token_attrs(verb.doc)
    lower, dep, lemma, children = attrs.lower, attrs.dep, attrs.lemma, attrs.children
    for link in _governing(verb):
        auxiliaries = {lower[index] for index in attrs.auxiliaries.get(link.i, ())}
        if auxiliaries & modals:
            return True
        if auxiliaries & POSSIBILITY_MODALS and "have" not in auxiliaries and link.tag_ == "VB":
            return True
        if link.lemma_ in FUTURE_PREDICATES and any(dep[child] == "xcomp" for child in children[link.i]):
            return link.lemma_ != "go" or link.tag_ == "VBG"
        for child in children[link.i]:
            if dep[child] == "acomp" and lemma[child] in FUTURE_PREDICATES and any(dep[grand] == "xcomp" for grand in children[child]):
                return True
    return False


def has_be_to(tokens: Sequence[Token]) -> bool:
    """Present "is/are to" + verb among a clause's tokens: a plan or schedule ("are to be announced",
    "The plan is to end the losses"). Read off the words, because the parser often misattaches "are"."""
    for token in tokens:
        if token.lemma_ == "be" and token.tag_ in ("VBZ", "VBP") and token.i + 2 < len(token.doc):
            after, verb = token.doc[token.i + 1], token.doc[token.i + 2]
            if after.lower_ == "to" and verb.tag_ == "VB":
                return True
    return False


def assessment_strength(verb: Token, *, has_date: bool, actor_subject: bool = False) -> Optional[str]:
    """'strong' when the writer evaluates or interprets rather than reports (the claim is an assessment
    unless a higher type fits), 'weak' when a reported change carries an evaluation ("became tougher":
    an event with an assessment flag), else None.
    actor_subject: the subject names an actor (a causal verb then reports what the actor did)."""
    if verb.lemma_ in INTERPRETIVE_VERBS or verb.lemma_ in ("seem", "appear"):
        return "strong"
    if verb.lemma_ in INTENT_PARTICIPLES and verb.tag_ == "VBN" and any(child.dep_ == "auxpass" for child in verb.children) and any(child.dep_ == "xcomp" for child in verb.children):
        # "Coercive actions were designed to raise the costs": intent read into actions
        return "strong"
    if verb.lemma_ in CAUSAL_VERBS and not actor_subject and not has_date:
        return "strong"
    if verb.lemma_ in MENTAL_STATE_VERBS:
        # the writer ascribing wants and intentions without a source is interpretation ("Neither side wants ...")
        return "strong"
    # the verb's children read from the Doc's columns: this runs on every clause, and a Token per child cost more
    attrs = token_attrs(verb.doc)
    dep, lemma, lower, children = attrs.dep, attrs.lemma, attrs.lower, attrs.children
    existential = any(dep[child] == "expl" for child in children[verb.i])
    predicates = [child for child in children[verb.i] if dep[child] in ("attr", "acomp", "oprd") or (dep[child] == "xcomp" and lemma[child] == "be")]
    if verb.lemma_ in CHANGE_VERBS and predicates:
        return "weak"
    if verb.lemma_ in LINKING_VERBS and predicates and not existential and not has_date:
        if all(lemma[predicate].lower() in RELATIONAL_ADJECTIVES for predicate in predicates):
            # "The leader was responsible for conducting ambushes": a fact about him, not an evaluation
            return None
        return "strong"
    subjects = [child for child in children[verb.i] if dep[child] in ("nsubj", "nsubjpass")]
    if subjects and not has_date:
        subject = subjects[0]
        # "These measures yielded ...": a demonstrative subject sums up earlier text, which is interpretation
        if lower[subject] in DEMONSTRATIVES or any(dep[child] == "det" and lower[child] in DEMONSTRATIVES for child in children[subject]):
            return "strong"
    return None


def is_ranking_or_trend(verb: Token) -> bool:
    """A superlative or a trend word among the main verb's arguments ("the deadliest year", "a surge")."""
    attrs = token_attrs(verb.doc)
    dep, children = attrs.dep, attrs.children
    if verb.lemma_ in TREND_WORDS and not any(dep[child] == "xcomp" for child in children[verb.i]) and not any(dep[child] == "nsubj" and attrs.lower[child] in PERSONAL_PRONOUNS for child in children[verb.i]):
        # "sales declined", not "He declined to comment"
        return True
    for argument in children[verb.i]:
        if dep[argument] not in ("attr", "nsubj", "nsubjpass", "dobj"):
            continue
        if attrs.lemma[argument] in TREND_WORDS or any(attrs.tag[child] == "JJS" and dep[child] == "amod" for child in children[argument]):
            return True
    return False


def is_event(verb: Token, *, assessment: bool) -> bool:
    """A happening or state of affairs stated as fact: indicative, not modal, not an evaluation."""
    if assessment or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(aux.tag_ == "MD" for aux in _auxiliaries(verb))


def is_future_dated(verb: Token, dates: Sequence[tuple[Span, Optional[str]]], published: Optional[str]) -> bool:
    """A clause not in a past tense whose verb has a date after the publication year ("cutting
    30,000 jobs by 2012" in a 2006 article) is about the future. The date must hang on the verb
    or its verbal complement, not on a noun ("options to exercise by 2018").
    dates: (date span, ISO value) pairs inside the claim; published: the anchor date (ISO)."""
    if not published or verb.tag_ in ("VBD", "VBN") or any(aux.tag_ == "VBD" for aux in verb.children if aux.dep_ in ("aux", "auxpass")):
        return False
    chain = _verb_chain(verb)
    return any(value and value[:4].isdigit() and value[:4] > published[:4] and _governing_verb(date.root) in chain for date, value in dates)


def main_clause(verb: Token, span: Span) -> set[int]:
    """Token indices of the verb's own clause, without its relative, adverbial and adnominal clauses."""
    excluded = set()
    doc = span.doc
    deps = token_attrs(doc).dep
    verb_index = verb.i
    root_index = None
    for index in range(span.start, span.end):
        if deps[index] not in SUBORDINATE_DEPS or index == verb_index:
            continue
        if root_index is None:
            root_index = span.root.i
        if index == root_index:
            continue
        token = doc[index]
        # a to-infinitive without a subject of its own continues the assertion ("rebounded to close at $41.09")
        infinitive = token.dep_ != "relcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children) and not has_subject(token)
        if not infinitive:
            excluded.update(range(token.left_edge.i, token.right_edge.i + 1))
    return set(range(span.start, span.end)) - excluded


def _governing_verb(token: Token) -> Optional[Token]:
    """The nearest verb above a token (through prepositions and nouns)."""
    for _ in range(8):
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and its open complements ("is to end", "plans to cut")."""
    chain = [verb]
    for _ in range(4):
        # not the complement of an object ("have options to exercise by 2018")
        complements = [child for child in chain[-1].children if child.dep_ == "xcomp"]
        if not complements or any(child.dep_ == "dobj" for child in chain[-1].children):
            break
        chain.append(complements[0])
    return chain
