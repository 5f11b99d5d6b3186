"""Attribution by layout rather than by a verb (GUIDELINES R46, R47).

- A speaker before a colon: "Khan: “We will not accept this budget”" (the colon is the cue);
  a dateline ("ISLAMABAD: ...") is not a speaker; also a transcript's repeated "TAPPER:" (R116) and a
  digest's "HEADING - Name: “...”" (R115).
- A sentence that ends by announcing a speaker ("Sam Lau said in a statement." / "Hewitt writes:"):
  the quotation after it (after a colon, whatever follows) reports that speaker (R45); one that is only a
  speaker and a verb after a quotation ("“...!” Bush said.") reports the quotation before it (R118).
- Any verb of a speaker before a colon and a quotation ("Roe fired back: “...”") reports it (R163).
- A quotation signed after a dash: "“We will not reopen it early” - Councillor Jane Roe." (R125).
  Signed on a sentence or line of its own ("- Jane Roe." under the quotation): signed_quotations.py (R930).
- Highlight lines under a headline that names a source: "Premier vows to end load-shedding" followed
  by "Says the budget will fund new dams" and "Terms protests a conspiracy": each subjectless line
  opening with a cue verb reports the headline's source.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ...extensions import RECENT_DOCS, RecentDocs, doc_text, token_span
from .clause_spans import dateline_before_colon
from .speakers import THIRD_PERSON, first_person, source_of
from .cues import CLOSING_QUOTES, OPENING_QUOTES, CueTable, content_head
from .parts import text_span
from .token_attrs import token_attrs
from .transcript_labels import shares_surname
from .announcements import colon_announcement

# A speaker's name before a colon is short ("Senator Jane Roe:", "Q:").
MAX_SPEAKER_TOKENS = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Words that open a colon headline without naming who speaks ("Update: ...", "Watch: ...").
LAYOUT_LABELS = frozenset({"update", "updated", "watch", "video", "photos", "exclusive", "breaking", "live", "opinion", "analysis", "editorial", "note", "related", "read", "listen"})
MIN_HEADLINE_CONTENT_WORDS = 3
# A transcript's speaker label is a short name ("JAKE TAPPER") that opens this many lines of the text.
MAX_LABEL_TOKENS = 3
MIN_LABEL_LINES = 2
NAME_PARTICLES = frozenset({"of", "the", "de", "van", "von", "al", "bin"})


# Each Doc's colon speakers by sentence (start, end), for the Docs of a batch: the claims stage asks about a
# sentence once for the sentence and up to twice for each of its claims (colon_source, then layout_source).
_COLON_SPEAKERS = RecentDocs(lambda doc: {}, RECENT_DOCS)


def colon_speaker(sent: Span) -> Optional[tuple[Span, Span]]:
    """(speaker, colon) when a sentence opens with a short name, a colon and a quotation, or with a
    person's name and a colon; None otherwise."""
    known = _COLON_SPEAKERS(sent.doc)
    bounds = (sent.start, sent.end)
    if bounds not in known:
        known[bounds] = _colon_speaker(sent)
    return known[bounds]


def _colon_speaker(sent: Span) -> Optional[tuple[Span, Span]]:
    doc = sent.doc
    start = next((token.i for token in sent if not token.is_space), sent.end)
    colon = next((token.i for token in token_span(doc, start, min(start + MAX_SPEAKER_TOKENS + 1, sent.end)) if token.text == ":"), None)
    if colon is None or colon == start:
        return _dash_speaker(sent)
    speaker = doc[start:colon]
    if any(token.pos_ in ("VERB", "AUX") and token.tag_ != "NNP" for token in speaker) or not any(token.pos_ in ("PROPN", "NOUN") for token in speaker):
        return None
    # a dateline or a date line ("ISLAMABAD:", "Monday:") names a place or a time, not a speaker
    if all(token.ent_type_ in PLACE_LABELS or not token.is_alpha for token in speaker):
        return None
    # "Karachi, May 2:" is a dateline even when the model takes the city for a person (R125)
    if any(token.ent_type_ in ("DATE", "TIME") for token in speaker) and any(token.text == "," for token in speaker):
        return None
    after = colon + 1
    while after < sent.end and doc[after].is_space:
        after += 1
    if after >= sent.end:
        return None
    if doc[after].text in OPENING_QUOTES or any(token.ent_type_ == "PERSON" for token in speaker) or _titled_headline_speaker(sent, speaker, after) or _transcript_label(speaker):
        return speaker, doc[colon : colon + 1]
    return None


# " - Michael Roe: “...": a dash, a short name, a colon and an opening quotation mark (R115)
DASH_SPEAKER = re.compile(r"\s[-–—]+\s*([A-Z][^:\n]{1,60}):\s*[“\"]")
NAME_JOINERS = frozenset({"and", "&", "."})


def _dash_speaker(sent: Span) -> Optional[tuple[Span, Span]]:
    """(speaker, colon) for a quotation that a line introduces after a dash with a short name and a colon
    ("TURNOUT WAS HIGH - Michael Roe: “At long last ...”", a poll digest's style): the proper names right
    before the colon are the speaker ("More from Roe:" -> "Roe")."""
    doc = sent.doc
    match = DASH_SPEAKER.search(doc_text(doc), sent.start_char, sent.end_char)
    if match is None:
        return None
    colon = doc.char_span(match.end(1), match.end(1) + 1)
    if colon is None:
        return None
    first = colon.start
    while first - 1 >= sent.start and doc[first - 1].idx >= match.start(1) and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].lower_ in NAME_JOINERS):
        first -= 1
    while first < colon.start and doc[first].lower_ in NAME_JOINERS:
        first += 1
    if first == colon.start or colon.start - first > MAX_SPEAKER_TOKENS:
        return None
    return doc[first : colon.start], colon


# "“We will not reopen it early” - Councillor Jane Roe." / "“...” — Dr Faisal Sultan, health adviser": a
# closing quotation mark, a dash and the speaker's name to the end of the line (R125)
QUOTE_DASH_SPEAKER = re.compile(r"[”\"]\s*([-–—]+)\s*([A-Z][^\n“”\"]{1,80}?)[.\s]*$")
MAX_DASH_SPEAKER_TOKENS = 12


def quotation_dash_speaker(sent: Span) -> Optional[tuple[Span, Span]]:
    """(speaker, dash) when a sentence is a quotation signed after a dash with a name and, optionally, its
    appositive; None otherwise. The name must hold a proper noun: "“...” - in full" signs nothing."""
    doc = sent.doc
    first = next((token for token in sent if not token.is_space), None)
    if first is None or first.text not in OPENING_QUOTES:
        return None
    match = QUOTE_DASH_SPEAKER.search(doc_text(doc), sent.start_char, sent.end_char)
    signature = dash_signature(doc, match) if match is not None else None
    if signature is None:
        return None
    dash, speaker = signature
    return speaker, dash


def dash_signature(doc: Doc, match: re.Match) -> Optional[tuple[Span, Span]]:
    """(dash, speaker) of a signature matched as a dash (group 1) and a name (group 2), or None: the name must hold
    a proper noun and stay short ("- in full" signs nothing), and a place after the dash is a dateline ("- Kabul.")."""
    dash = doc.char_span(match.start(1), match.end(1))
    speaker = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    if dash is None or speaker is None or len(speaker) > MAX_DASH_SPEAKER_TOKENS or not any(token.pos_ == "PROPN" for token in speaker):
        return None
    if speaker[0].ent_type_ in PLACE_LABELS:
        return None
    return dash, speaker


def _transcript_label(speaker: Span) -> bool:
    """An interview or debate transcript ("TAPPER: ...", "Matthews: ..."): a capitalised name at the start of
    a line that opens at least one other line of the document with the same colon (R116). A label word
    ("Update:", "Note:") and a letter ("Q:", "A:") name no one."""
    text = doc_text(speaker.doc)
    start = speaker.start_char
    if start > 0 and text[start - 1] != "\n" or speaker[0].lower_ in LAYOUT_LABELS:
        return False
    if len(speaker) > MAX_LABEL_TOKENS or len(speaker.text) < 2 or not all(token.is_title or token.is_upper for token in speaker if token.is_alpha):
        return False
    label = text[start : speaker.end_char] + ":"
    return text.count("\n" + label) + text.startswith(label) >= MIN_LABEL_LINES or shares_surname(text, label[:-1])


def _titled_headline_speaker(sent: Span, speaker: Span, after: int) -> bool:
    """A headline "Sanders: Brexit's message could draw support" or "Poll: Trump ties Clinton" (R50): at the
    start of the text, a capitalised name (the model often misses it as a person) and a few words after the colon."""
    doc = sent.doc
    if any(not token.is_space for token in doc[: sent.start]) or speaker[0].lower_ in LAYOUT_LABELS:
        return False
    if not all(token.is_title or token.is_upper or not token.is_alpha or token.lower_ in NAME_PARTICLES for token in speaker):
        return False
    # a verbless headline still reports ("Clinton: Time for a new strategy")
    words = (token for token in doc[after : sent.end] if token.is_alpha)
    return len(list(islice(words, MIN_HEADLINE_CONTENT_WORDS))) == MIN_HEADLINE_CONTENT_WORDS


def headline_speaker(sent: Span, cues: CueTable) -> Optional[tuple[Token, Span]]:
    """(cue, speaker) of a headline whose main verb is a cue verb with a subject, whatever its object:
    "Chief Minister vows action against hoarders" reports no proposition itself, yet the highlight lines
    under it ("Says ...", "Warns ...") are what that speaker said (R126)."""
    root = sent.root
    if root.pos_ != "VERB" or cues.verb_needs(root) is None:
        return None
    source = source_of(root)
    if source is None or first_person(source):
        return None
    return root, source


# marks that open a bullet line: highlight lines under a headline are often bulleted ("* Says ...", "• Terms ...")
BULLET_MARKS = frozenset({"*", "•", "·", "▪", "►", "‣", "-", "–", "—"})


def line_start(sent: Span) -> Optional[Token]:
    """The first word of a line, after its bullet mark if it has one."""
    return next((token for token in sent if not token.is_space and token.text not in BULLET_MARKS), None)


def highlight_cue(sent: Span, cues: CueTable) -> Optional[Token]:
    """The cue verb opening a subjectless highlight line ("Says ...", "* Terms ..."), or None."""
    first = line_start(sent)
    if first is None or not first.is_title or not first.lower_.endswith("s") or any(child.dep_ in ("nsubj", "nsubjpass") for child in first.children):
        return None
    lower = first.lower_
    for form in (lower[:-1], lower[:-2]):
        if form in cues.verbs:
            return first
    return None


def announced_speaker(sent: Span, cues: CueTable) -> Optional[tuple[Token, Span, bool]]:
    """(cue, source, ends with a colon) when a sentence without a quotation ends by announcing a
    speaker whose words follow it: its main verb is a speech cue with a subject and no content."""
    root = sent.root
    if root.pos_ != "VERB" or cues.type_of(root) != "speech" or content_head(root) is not None:
        return colon_announcement(sent, cues)
    tokens = [token for token in sent if not token.is_space]
    if not tokens or tokens[-1].text not in (".", ":") or any(token.text in OPENING_QUOTES or token.text in CLOSING_QUOTES for token in tokens):
        return None
    source = source_of(root)
    if source is None or first_person(source):
        return None
    return root, source, tokens[-1].text == ":"


def speaker_after_quotation(sent: Span, before: Optional[Span], cues: CueTable) -> Optional[tuple[Token, Span]]:
    """(cue, speaker) when a sentence is only a speaker and a speech verb ("Bush said.", "Clinton wrote on
    Twitter on Monday.") right after a sentence of the same paragraph that ends with a closing quotation mark:
    the sentence splitter cut "“...!” Bush said." in two, and the quotation before is what the speaker said (R118)."""
    last = next((token for token in reversed(before) if not token.is_space), None) if before is not None else None
    first = next((token for token in sent if not token.is_space), None)
    if last is None or first is None or last.text not in CLOSING_QUOTES or "\n" in doc_text(sent.doc)[last.idx : first.idx]:
        return None
    announced = announced_speaker(sent, cues)
    # "The campaign did not respond." answers nothing
    if announced is None or announced[2] or any(child.dep_ == "neg" for child in announced[0].children):
        return None
    return announced[0], announced[1]


def opens_announced_quotation(span: Span, announced: tuple[Token, Span, bool]) -> bool:
    """Whether a claim opens the sentence right after an announced speaker with a quotation (or with
    anything, after a colon)."""
    _, _, colon = announced
    first = next((token for token in span.sent if not token.is_space), None)
    return first is not None and span.start <= first.i + 1 and (colon or first.text in OPENING_QUOTES)


def layout_source(span: Span, head: Token, sent: Span, headline_source: Optional[dict], cues: CueTable, actor_id: Callable[[Span], Optional[str]]) -> Optional[dict]:
    """A speaker before a colon, or the headline's source for a highlight line, as a source record."""
    signed = quotation_dash_speaker(sent)
    if signed is not None and span.start < signed[1].start:
        speaker, cue = signed
        return {**text_span(speaker), "actor_id": actor_id(speaker), "resolved": None, "cue": text_span(cue)}
    colon = colon_source(span, head, sent, actor_id)
    if colon is not None:
        return colon
    cue = highlight_cue(sent, cues) if headline_source is not None else None
    if cue is not None and span.start <= cue.i < span.end:
        return {**headline_source, "cue": text_span(span.doc[cue.i : cue.i + 1])}
    return None


def colon_source(span: Span, head: Token, sent: Span, actor_id: Callable[[Span], Optional[str]]) -> Optional[dict]:
    """The speaker before a colon that opens the sentence, for a claim after or around the colon (R115, R179)."""
    colon = colon_speaker(sent)
    # the parser often makes the speaker the head of a colon line ("Lynch: No outside influence ..."): a claim
    # that holds the colon reports the speaker as one whose verb comes after it does (R115)
    if colon is not None and (head.i > colon[1].start or span.start <= colon[1].start < span.end):
        speaker, cue = colon
        identity = actor_id(speaker)
        if (identity is None or identity.startswith("country:")) and dateline_before_colon(speaker):
            return None  # "ISLAMABAD: ...", "KUWAIT: ...": where the story was filed, not who speaks (R220); "BBC: ..." speaks
        return {**text_span(speaker), "actor_id": identity, "resolved": None, "cue": text_span(cue)}
    return None



# Verbs that describe their subject ("seemed content:"), not an act of speaking.
DESCRIBING_VERBS = frozenset({"seem", "appear", "look", "sound", "become", "remain", "feel", "be"})


def verb_colon_speaker(span: Span, is_speaker: Callable[[Token], bool]) -> Optional[tuple[Token, Span]]:
    """(verb, speaker) for "Okafor gloated: “...”", "Okafor fired back: “...”": whatever the verb before a colon,
    a quotation right after it is what its subject said, when the subject names someone who speaks (R163)."""
    doc = span.doc
    # read off the Doc's columns: this runs for every claim without a source, and most hold no colon
    lower = token_attrs(doc).lower
    for index in range(span.start, span.end - 1):
        if lower[index] != ":":
            continue
        colon = doc[index]
        after = index + 1
        while after < span.end and doc[after].is_space:
            after += 1
        verb = colon.head
        if after >= span.end or doc[after].text not in OPENING_QUOTES or verb.pos_ != "VERB" or verb.i > index or verb.i < span.start:
            return None
        # "Clinton seemed irritated: “...”" describes the speaker; a comma between verb and colon ("returned to the
        # rally, where he ...:") leaves the colon to another clause
        if verb.lemma_ in DESCRIBING_VERBS or any(child.dep_ == "acomp" for child in verb.children) or any(token.text == "," for token in doc[verb.i : index]):
            return None
        subject = next((child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i), None)
        if subject is None or not (subject.lower_ in THIRD_PERSON or subject.pos_ == "PROPN" or is_speaker(subject)):
            return None
        speaker = source_of(verb)
        return (verb, speaker) if speaker is not None else None
    return None
