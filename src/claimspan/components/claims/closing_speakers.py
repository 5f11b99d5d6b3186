"""Quotations over several sentences whose speaker follows the closing mark ("“A. B!” Roe said."): the
whole quotation is the speaker's, from the sentence where it opened (GUIDELINES R157, R118)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .cues import CueTable
from .speakers import first_person, source_of


# A speaker after a closing quotation mark is a short phrase and its verb: "..., Roe said on Monday.", "said Roe".
MAX_TAIL_TOKENS = 12
# A speaker's words the parser hung on no subject slot: a title and a name ("screenwriter Tom Hill").
MAX_STRANDED_TOKENS = 5


def speaker_closing_quotation(sent: Span, quote_end: int, cues: CueTable) -> Optional[tuple[Token, Span]]:
    """(cue, speaker) when what follows a closing quotation mark in a sentence, up to the sentence's end, is
    only a speech verb and its speaker ("... Will be such fun!” Roe tweeted.", "...,” said Roe."): the whole
    quotation is theirs, from the sentence where it opened (R157)."""
    doc = sent.doc
    tail = [token for token in sent if token.idx >= quote_end and not token.is_space]
    while tail and tail[-1].is_punct:
        tail.pop()
    if tail and tail[0].text == ",":
        tail = tail[1:]
    if not tail or len(tail) > 2 * MAX_TAIL_TOKENS:
        return None
    verbs = [token for token in tail if token.pos_ == "VERB" and cues.type_of(token) == "speech"]
    # the speaker is a short phrase before the verb; a time, a place or an occasion may follow it ("..., Roe said
    # Monday in an interview with the Gazette", R206)
    if len(verbs) == 1 and verbs[0].i - tail[0].i > MAX_TAIL_TOKENS:
        return None
    # the verb's clausal complement is the quotation itself; one after the mark is other content ("said it would")
    if len(verbs) != 1 or any(child.dep_ in ("neg", "ccomp", "dobj") and child.idx >= quote_end and not _speaker_or_addressee(child, verbs[0], tail[0]) for child in verbs[0].children):
        return None
    verb = verbs[0]
    subjects = [token for token in tail if token.dep_ in ("nsubj", "nsubjpass") and token.head == verb]
    if not subjects and tail[0] is verb:
        # "...!!” posted Sharon Roe.": the parser may read the inverted speaker's name as the verb's object (R202)
        subjects = [child for child in verb.children if child.dep_ == "dobj" and child.left_edge.i == verb.i + 1 and child.pos_ == "PROPN"]
    if not subjects and tail[0] is not verb:
        # "...,” screenwriter Tom Hill wrote on Twitter.": the parser may make a verb of a title before the name
        # and lose the subject; the name between the mark and the verb is the speaker (R206)
        end = verb.i
        while end > tail[0].i and doc[end - 1].text == ",":
            end -= 1
        stranded = doc[tail[0].i : end]
        after = [token for token in tail if token.i > verb.i]
        if 0 < len(stranded) <= MAX_STRANDED_TOKENS and stranded[-1].pos_ == "PROPN" and all(token.is_alpha or token.text in (".", "-", ",") for token in stranded) and all(verb in token.ancestors for token in after):
            return verb, stranded
    # every word of the tail hangs on the verb: "...,” Roe said, and the crowd cheered" goes on to another clause
    if len(subjects) != 1 or any(token is not verb and verb not in token.ancestors for token in tail):
        return None
    speaker = source_of(verb) or doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
    if first_person(speaker):
        return None
    return verb, speaker


def quotations_in_sentence(sent: Span, candidates: list, quotes: list[tuple[int, int]], cues: CueTable) -> tuple[list, list, list]:
    """A quotation over several sentences whose speaker follows its closing mark ("“A. B!” Roe said.") is the
    speaker's from its first sentence on (R157). Of the claims found so far (`candidates`, with a `span`):
    those inside quotations still open at the sentence's end, those inside quotations that closed in it with
    no speaker after them (the splitter may have cut "“...!” Roe said." in two, R118), and (claims, (cue,
    speaker)) for each quotation that closed on its speaker."""
    still_open: list = []
    closed: list = []
    credits: list = []
    for quote_start, quote_end in quotes:
        if quote_end <= sent.start_char or quote_start >= sent.end_char:
            continue
        inside = [item for item in candidates if quote_start <= item.span.start_char and item.span.end_char <= quote_end]
        # (and the claim that runs on over the speaker after the closing mark, R206)
        running_on = [item for item in candidates if quote_start <= item.span.start_char < quote_end < item.span.end_char <= sent.end_char]
        if quote_end > sent.end_char:
            still_open += inside
            continue
        if quote_start >= sent.start_char:
            # "“A, because B!!” posted Sharon Roe.": the splitter may cut the speaker off as a clause of its own;
            # a quotation that opens the sentence and closes on its speaker is still theirs (R202)
            first = next((token.idx for token in sent if not token.is_space), -1)
            tail = speaker_closing_quotation(sent, quote_end, cues) if quote_start == first else None
            if tail is not None:
                # (with the claim that runs on over the speaker, when the splitter did not cut it there)
                credits.append(([item for item in candidates if quote_start <= item.span.start_char < quote_end], tail))
            continue
        tail = speaker_closing_quotation(sent, quote_end, cues)
        if tail is not None:
            credits.append((inside + running_on, tail))
        else:
            closed += [item for item in inside if item.span.sent.start_char < sent.start_char]
    return still_open, closed, credits


def _speaker_or_addressee(child: Token, verb: Token, first: Token) -> bool:
    """An object after the closing mark that is no other content: the inverted speaker's name ("...” posted Roe")
    or whom the quotation was told ("...,” Roe told reporters"; R202)."""
    if child.dep_ != "dobj":
        return False
    inverted = verb is first and child.pos_ == "PROPN" and child.left_edge.i == verb.i + 1
    return inverted or (verb.lemma_ == "tell" and child.pos_ in ("PROPN", "NOUN") and not any(grand.dep_ in ("ccomp", "xcomp", "relcl") for grand in child.children))
