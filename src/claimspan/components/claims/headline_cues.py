"""A headline's cue the parser misreads (GUIDELINES R211): "Union group slams mayor over bus cuts", "New Poll
Shows Wide Split Opening", "Governor Calls On Mayor To Resign". Headline case and telegraphic grammar make the parser
read the cue verb as a noun and the name before it as a verb, so the rules find no source. A short name at the start
of the headline, a word right after it that is a form of a cue verb of the table, and words after that: the name is
the source and the word the cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Span, Token

from .claim_types import choose_type
from .cues import CueTable
from .source_records import source_record
from .speakers import Attribution

if TYPE_CHECKING:
    from . import ClaimExtractor, Found
    from .context import DocContext

# A headline's speaker is a short name ("Super PAC", "New Poll", "Atlantic City officials").
MAX_SPEAKER_TOKENS = 4
# What the cue reports needs some words of its own.
MIN_CONTENT_WORDS = 2
# Words that open a headline but name no one ("After", "As", "Why", "How").
NOT_SPEAKERS = frozenset({"on", "in", "for", "at", "by", "from", "more", "some", "no", "after", "as", "why", "how", "what", "when", "where", "who", "if", "while", "amid", "before", "with", "here", "this", "that", "these", "there", "it", "i", "we", "you"})
# Where the parser puts a noun that heads or modifies the subject.
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "amod"})
SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "PART"})
# Cues that take no proposition in a headline's grammar ("Trump Rally Draws ..." has no cue; "plans", "wants" are
# intentions, R49).
CUE_TYPES = frozenset({"speech", "evidential", "directive", "belief"})


def headline_cue(span: Span, cues: CueTable) -> Optional[tuple[Span, Token]]:
    """(speaker, cue word) of a headline whose cue the parser misread, or None."""
    words = [token for token in span if not token.is_space]
    for position in range(1, min(MAX_SPEAKER_TOKENS, len(words) - MIN_CONTENT_WORDS - 1) + 1):
        word = words[position]
        form = _cue_form(word, cues) if word.is_alpha else None
        # a word the parser reads as the subject or part of it is a noun ("Jobs report gives ...", "Paris attacks test ...")
        if form is None or word.dep_ in NOUN_DEPS:
            continue
        # a verb the parser read right, with the infinitive it governs, was no cue to the rules ("continues to draw")
        if word.pos_ == "VERB" and any(child.dep_ == "xcomp" for child in word.children):
            continue
        # ... and so is a word read as a noun before a past verb ("Turkish suspect donated ...", "emails released ...")
        if word.pos_ != "VERB" and any(token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN") for token in words[position + 1 :]):
            continue
        # an entry that needs a word needs it right after ("Calls On", "hits back"; "hits home" is no cue)
        needs = cues.verbs[form]
        if None not in needs and not any(token.lower_ in needs for token in words[position + 1 : position + 3]):
            continue
        speaker = words[:position]
        first = speaker[0]
        if not (first.is_title or first.is_upper) or first.lower_ in NOT_SPEAKERS:
            return None
        # the parser may tag a capitalised name as a verb ("Trump/VERB Calls On ..."): a capitalised word is a name
        if not all(token.pos_ in SPEAKER_POS or token.is_title or token.is_upper for token in speaker) or any(token.lower_ in NOT_SPEAKERS for token in speaker):
            return None
        if sum(1 for token in words[position + 1 :] if token.is_alpha) < MIN_CONTENT_WORDS:
            return None
        # evidence is shown by evidence ("New Poll Shows ..."), not by whoever finds something ("Syrians find a home")
        if cues.types.get(form) == "evidential" and not (speaker[-1].lemma_.lower() in cues.nouns and cues.types.get(speaker[-1].lemma_.lower()) == "evidential"):
            return None
        return span.doc[first.i : speaker[-1].i + 1], word
    return None


def _cue_form(word: Token, cues: CueTable) -> Optional[str]:
    """The cue verb a headline word is a present form of ("blasts", "Shows", "suggest", "Calls")."""
    lower = word.lower_
    for form in (lower, lower[:-1] if lower.endswith("s") else None, lower[:-2] if lower.endswith("es") else None):
        if form and form in cues.verbs and cues.types.get(form) in CUE_TYPES:
            return form
    return None


def with_headline_cue(extractor: "ClaimExtractor", found: list["Found"], context: "DocContext") -> None:
    """Give the headline's claim the speaker and cue the parser missed, when no rule gave it a source (in place)."""
    if len(found) != 1 or found[0].record["source"] is not None:
        return
    item = found[0]
    if any(token.pos_ in ("VERB", "AUX") and _cue_form(token, extractor.cues) is None and token.i > item.span.start for token in item.span[:2]):
        return
    cue = headline_cue(item.span, extractor.cues)
    if cue is None:
        return
    speaker, word = cue
    record = item.record
    record["source"] = source_record(Attribution(cue=word.doc[word.i : word.i + 1], source=speaker, content=None), context)
    record["type"], record["flags"] = choose_type({record["type"], *record["flags"], "attributed"})
