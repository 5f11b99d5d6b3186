"""What a referring source points back to (GUIDELINES R29): "It", "He", "Its latest report", "the report".

A source that is a pronoun, has a possessive pronoun, or is a definite description without a name
is resolved to an earlier mention: an earlier claim's source, the subject of an earlier claim, or
an actor mention before it, the nearest that fits the pronoun's person and number.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from ...extensions import doc_text
from .speakers import phrase

PERSONAL = frozenset({"he", "she", "him", "her", "his"})
NON_PERSONAL = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their"})
PRONOUN_SOURCES = PERSONAL | NON_PERSONAL | PLURAL
FEMALE_PRONOUNS = frozenset({"she", "her"})
# Words that tell a person's gender in news style: a courtesy title or a gendered role noun
FEMALE_WORDS = frozenset({"ms", "mrs", "miss", "madam", "lady", "dame", "begum", "smt", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "mother", "wife", "daughter", "sister"})
MALE_WORDS = frozenset({"mr", "sir", "shri", "spokesman", "chairman", "congressman", "businessman", "councilman", "father", "husband", "son", "brother"})
# Cue verbs that go on with the speaker quoted before ("he added", "she continued"), whoever the writer's own sentence
# between them is about (R600)
CONTINUING_VERBS = frozenset({"add", "continue"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
RELATIVE = frozenset({"who", "which", "that"})
COURTESY_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Begum|Shri|Smt)\.? ")
WORD_BOUNDARY = re.compile(r"\b")
# the courtesy titles of the Doc most recently asked about: (Doc, ((title, start, offset of the word after it), ...))
_TITLES: list = [None, ()]
# how each earlier source of the Doc most recently asked about refers back: (Doc, {(start, end): kind}). Every
# source looks back over all the earlier ones, so without it a long text costs the square of its sources.
_KINDS: list = [None, {}]
# How far back a referring source looks, in earlier sources and in actor mentions: an antecedent is near, and a
# bound keeps a text of thousands of sources linear (a 175,000-character text of short reports took minutes).
MAX_EARLIER_SOURCES = 200
MAX_EARLIER_ACTORS = 400


def pronoun_kind(source: Span) -> Optional[str]:
    """How a source refers back: 'pronoun' ("It"), 'possessive' ("Its latest report"), 'definite'
    ("the report", a common noun with a definite determiner and no name) or 'relative' ("who" in
    "Jane Roe, who said ..."); None if it names itself."""
    root = source.root
    if len(source) == 1 and root.lower_ in PRONOUN_SOURCES:
        return "pronoun"
    if len(source) == 1 and root.lower_ in RELATIVE and root.head.dep_ == "relcl" and root.head.head is not root.head:
        # "Jane Roe, who said ...": the noun the relative clause hangs on (GUIDELINES R44)
        return "relative"
    if any(child.dep_ == "poss" and child.lower_ in PRONOUN_SOURCES for child in root.children):
        return "possessive"
    has_name = any(token.pos_ == "PROPN" or token.ent_type_ for token in source)
    if root.pos_ == "NOUN" and not has_name and any(child.dep_ == "det" and child.lower_ in DEFINITE for child in root.children):
        return "definite"
    return None


def _known_kind(span: Span) -> Optional[str]:
    """pronoun_kind of an earlier mention, computed once per Doc."""
    if _KINDS[0] is not span.doc:
        _KINDS[:] = [span.doc, {}]
    key = (span.start, span.end)
    kinds = _KINDS[1]
    if key not in kinds:
        kinds[key] = pronoun_kind(span)
    return kinds[key]


def resolve(source: Span, kind: str, earlier: list[Span], actors: list[Span], *, subjects: tuple[Span, ...] = (), narrative: tuple[Span, ...] = ()) -> Optional[Span]:
    """The earlier mention a referring source points to (GUIDELINES R29).

    earlier: the sources of earlier claims (resolved where they were pronouns), nearest last;
    actors: actor mentions before the source; subjects: subjects of earlier claims, tried after the
    sources and before the actors ("The agency released figures. It said ..."); narrative: subjects of earlier
    claims told without a source, one of which is taken before the sources when it is nearer (R600).
    """
    root = source.root
    if kind == "relative":
        return phrase(root.head.head, drop=frozenset({"relcl", "appos", "punct"}))
    earlier, actors = earlier[-MAX_EARLIER_SOURCES:], actors[-MAX_EARLIER_ACTORS:]
    if kind == "definite":
        for candidate in reversed(earlier):
            # the first full mention, not an earlier "the report" that itself refers back
            if candidate.end <= source.start and _known_kind(candidate) not in ("pronoun", "definite") and candidate.root.lemma_ == root.lemma_:
                return candidate
        return _titled(source, (*earlier, *subjects))
    pronoun = root.lower_ if kind == "pronoun" else next(child.lower_ for child in root.children if child.dep_ == "poss")
    if kind == "possessive":
        # "President Bola Tinubu has approved the wage, his spokesman said": whose spokesman is the person the
        # sentence names before him, its first, not the speaker of the sentence before (R271)
        owner = next((actor for actor in actors if actor.start >= source.sent.start and actor.end <= source.start and actor.label_ == "PERSON" and _fits(actor, pronoun)), None)
        if owner is not None:
            return owner
    if kind == "pronoun":
        subject = _narrative_subject(source, pronoun, earlier, narrative)
        if subject is not None:
            return subject
    for candidate in reversed(earlier):
        if candidate.end > source.start or _known_kind(candidate) == "pronoun":
            continue
        # "Its latest report" refers to whoever owned the earlier report, if the text names them
        target = (_owner(candidate) or candidate) if kind == "possessive" else candidate
        if _fits(target, pronoun):
            return target
    for candidate in (*reversed(subjects), *reversed(actors)):
        if candidate.end <= source.start and _known_kind(candidate) != "pronoun" and _fits(candidate, pronoun):
            return candidate
    return None


def _narrative_subject(source: Span, pronoun: str, earlier: list[Span], narrative: tuple[Span, ...]) -> Optional[Span]:
    """The subject of the writer's own sentence just before a pronoun source, or of its own sentence, when it fits the
    pronoun and no source stands between them: "Sara Ali said ... Omar Haddad was more cautious. “...,” he said" is
    Haddad, the nearer person, not the earlier speaker (R600)."""
    if source.root.head.lemma_.lower() in CONTINUING_VERBS:
        return None
    sentence = source.sent
    before = sentence.start - 1
    while before >= 0 and source.doc[before].is_space:
        before -= 1
    first = source.doc[before].sent.start if before >= 0 else sentence.start
    for subject in reversed(narrative):
        if subject.end > source.start or subject.start < first:
            continue
        # a sentence in brackets is an aside ("(Roe Footwear makes her shoes.) She said ..."), not whom the text is about
        if _known_kind(subject) is not None or not _fits(subject, pronoun) or _in_brackets(subject):
            return None
        if any(subject.end <= candidate.start and candidate.end <= source.start for candidate in earlier[-3:]):
            return None
        return subject
    return None


def _in_brackets(span: Span) -> bool:
    first = next((token for token in span.sent if not token.is_space), None)
    return first is not None and first.text == "("


def _owner(candidate: Span) -> Optional[Span]:
    """Who a report belongs to: "reports by the X Team" -> "the X Team"; a named source is its own owner."""
    root = candidate.root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj" and grand.pos_ == "PROPN"]
            if objects:
                return phrase(objects[0])
    return None


def _fits(candidate: Span, pronoun: str) -> bool:
    root = candidate.root
    is_person = root.ent_type_ == "PERSON" or candidate.label_ == "PERSON"
    if pronoun in PERSONAL and _gender(candidate) not in (None, "female" if pronoun in FEMALE_PRONOUNS else "male"):
        # "Ms Chen said ... Mr Park said ... She said": she is Chen, not the nearer Park (R48)
        return False
    if pronoun in PERSONAL and _lone_letter(candidate):
        return False  # "on X. He said": the letter is a word, not a person's initial (R353)
    if pronoun in PERSONAL:
        # a gendered head noun ("the spokesman") or a person's name in apposition ("the minister, Ali
        # Khan") makes the phrase a person's even when its head is a common noun
        named = any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in root.children)
        # a name the model did not type is taken as a person's; places and groups are not
        gendered = root.lower_ in FEMALE_WORDS or root.lower_ in MALE_WORDS
        return is_person or named or gendered or (
            root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "NORP", "LOC") and candidate.label_ in ("", "PERSON")
        )
    if pronoun in PLURAL:
        return root.tag_ in ("NNS", "NNPS") or candidate.label_ in ("COUNTRY", "ARMED_GROUP", "ORGANIZATION")
    return not is_person and root.tag_ not in ("NNS", "NNPS")


def _lone_letter(candidate: Span) -> bool:
    text = candidate.text
    return len(candidate) == 1 and len(text) == 2 and text[0].isupper() and text[1] == "." and candidate.start > 0 and candidate.doc[candidate.start - 1].is_lower


def _titled(source: Span, candidates: tuple[Span, ...]) -> Optional[Span]:
    """"The governor" after "Governor Dan Ortiz", "the chief minister" after "Chief Minister Saima Qureshi"
    (R127): the nearest earlier named mention whose title before the name holds every word of the description."""
    words = [token.lower_ for token in source if token.is_alpha and token.dep_ != "det"]
    if not words:
        return None
    for candidate in sorted(candidates, key=lambda span: span.start, reverse=True):
        if candidate.end > source.start or _known_kind(candidate) is not None:
            continue
        names = [token for token in candidate if token.ent_type_ == "PERSON"]
        if not names:
            continue
        title = {token.lower_ for token in candidate if token.i < names[0].i}
        if all(word in title for word in words):
            return candidate
    return None


def _gender(candidate: Span) -> Optional[str]:
    """"female" or "male" when the mention, or a courtesy title before the person's surname anywhere in the
    text ("Maria Chen ... Ms Chen said"), tells it; None otherwise."""
    words = {token.lower_.rstrip(".") for token in candidate}
    names = [token for token in candidate if token.ent_type_ == "PERSON" or token.pos_ == "PROPN"]
    if names:
        words.update(title.lower() for title in _titles_before(candidate.doc, names[-1].text))
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female == male:
        return None
    return "female" if female else "male"


def _titles_before(doc, name: str) -> list[str]:
    r"""The courtesy titles written right before `name` anywhere in the text, as
    re.findall(r"\b(Mr|...)\.? " + re.escape(name) + r"\b") finds them: the titles are found once per
    Doc (a search of the whole text for every name took most of the time pronouns cost)."""
    if _TITLES[0] is not doc:
        _TITLES[:] = [doc, tuple((match.group(1), match.start(), match.end()) for match in COURTESY_TITLE.finditer(doc_text(doc)))]
    text = doc_text(doc)
    titles, scanned_to = [], 0
    for title, start, after in _TITLES[1]:
        end = after + len(name)
        # findall's matches do not overlap: a title inside the last match's name is not read again
        if start >= scanned_to and text.startswith(name, after) and WORD_BOUNDARY.match(text, end):
            titles.append(title)
            scanned_to = end
    return titles
