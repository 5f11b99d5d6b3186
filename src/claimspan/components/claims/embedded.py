"""Attributions embedded inside a claim (GUIDELINES R135) or around it (R136).

One sentence may hold two reported contents with two sources: "Roe said the vote was close, hours after
the agency reported that the count had stopped", "a result that Ortiz said defied expectations". The
claim keeps its own source (R27, R44); a finite speech verb deeper inside it whose subject names a
speaker gives a second, nested claim: the verb's clause, attributed to that subject. Only the tokens of
a claim are looked at, and only those whose lemma is a cue of the table, so the cost follows the cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .attribution import CITING, _prep_object
from .clauses import Clause
from .cue_only import cue_only
from .quoting_reports import quoting_phrase
from .cues import OPENING_QUOTES, CueTable
from .source_records import source_record
from .speakers import FIRST_PERSON, THIRD_PERSON, Attribution, source_of
from .token_attrs import token_attrs

if TYPE_CHECKING:
    from . import ClaimExtractor, Found
    from .context import DocContext

# Where a cue verb sits when it is not its claim's own cue: an adverbial or relative clause, a reported or
# coordinated clause, a clause hung on a noun or a preposition.
EMBEDDED_DEPS = frozenset({"advcl", "relcl", "ccomp", "conj", "acl", "pcomp"})
# A finite verb with its own subject; participles and infinitives ("saying", "to defend") mostly report for
# the claim's own source, and on PolNeAR train they were wrong more often than right.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Nouns that count the people of a poll ("the number who said so"); a percentage or a number counts them too (R292).
PEOPLE_COUNTS = frozenset({"number", "share", "proportion", "percentage", "majority", "minority"})
# Relative and free-relative words whose gap a reported clause fills ("which the campaign says includes", R294).
GAP_WORDS = frozenset({"which", "that", "what"})
# Words that join the embedded clause to its claim and are left out of the nested claim ("after", "as", ",").
JOINING_DEPS = frozenset({"mark", "cc", "punct", "advmod"})


def embedded_cues(span: Span, own_cue: tuple[int, int], cues: CueTable, is_speaker: Callable[[Token], bool]) -> Iterator[Token]:
    """Finite speech verbs inside a claim, other than its own cue, whose subject names a speaker."""
    doc = span.doc
    attrs = token_attrs(doc)
    for index in range(span.start, span.end):
        if attrs.dep[index] not in EMBEDDED_DEPS or attrs.lemma[index] not in cues.verbs or (attrs.tag[index] not in FINITE_TAGS and not (attrs.tag[index] == "VBN" and attrs.dep[index] == "relcl")):
            continue
        token = doc[index]
        if own_cue[0] <= token.idx < own_cue[1] or cues.type_of(token) != "speech" or not cues.is_cue_verb(token):
            continue
        source = source_of(token)
        # "that", "which" and "who" name no one by themselves; misread subjects ("their smiles said") are no actor
        relative = source is not None and source.root.lower_ == "who" and (token.dep_ == "relcl" and (is_speaker(token.head) or _counts_people(token.head)) or _reports_for_who(token))
        gapped = source is not None and source.root.lower_ not in GAP_WORDS and source.root.pos_ in ("NOUN", "PROPN", "PRON", "DET") and _gapped(token)
        if source is None or source.root.lower_ in FIRST_PERSON or not (relative or gapped or source.root.lower_ in THIRD_PERSON or is_speaker(source.root)):
            continue
        # a perfect only in a "who" clause (R232): "who has criticized the toll"
        if token.tag_ == "VBN" and not (relative and _perfect(token)):
            continue
        yield token


def _reports_for_who(cue: Token) -> bool:
    """"dozens of farmers who claim the levy ruined them", "a neighbour, who answered the door and said she would
    vote": "who" stands for people, so a speech verb of a "who" clause (or coordinated with its verb) that has a
    reported clause with its own subject speaks for them, whatever noun the clause hangs on (R500). Without a
    reported clause the verb mostly names an act ("who wrote a cheque", "who applauded him")."""
    verb = cue
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    # a "who" clause on the subject defines whom the sentence is about ("Voters who say the bridge is safe were
    # divided"): it says who they are, not what they assert
    if verb.dep_ != "relcl" or verb.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    return any(child.dep_ == "ccomp" and any(grand.dep_ in ("nsubj", "nsubjpass", "expl") for grand in child.children) for child in cue.children)


def _gapped(cue: Token) -> bool:
    """"which the campaign says includes ...", "what observers said was a mark", "less praise than staff say she
    deserves", "laws that some say target farmers": the cue's clause reports about the noun its relative word or "than"
    stands for, so its subject is who speaks, whether or not it names an actor (R294). The relative word stands
    before the cue, as the subject or object of its reported clause, or as the cue's object ("that leaders denied",
    "which friends described as miserable"; for "say" only with a reported clause)."""
    if any(child.dep_ == "mark" and child.lower_ == "than" for child in cue.children):
        return True
    # "what the judge said" reports no clause: it names the words, not what they assert ("what researchers say they
    # need" does)
    clause = any(child.dep_ == "ccomp" for child in cue.children)
    objects = [child for child in cue.children if child.dep_ == "dobj"] if clause or cue.lemma_ != "say" else []
    words = [*objects, *(grand for child in cue.children if child.dep_ == "ccomp" for grand in child.children if grand.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(word.i < cue.i and word.lower_ in GAP_WORDS for word in words)


def _counts_people(noun: Token) -> bool:
    """"against 58 percent who say the same", "twice the share who said so": a count of those polled names
    the speakers of its "who" clause as a speaker's name does (R292). As the subject of a speech verb inside another
    claim ("after 55 percent said so") it does not: on PolNeAR train that gave as many sources PolNeAR leaves
    unmarked as marked ones."""
    return noun.lower_ in PEOPLE_COUNTS or (noun.ent_type_ in ("PERCENT", "CARDINAL") and noun.pos_ in ("NOUN", "NUM"))


def _perfect(verb: Token) -> bool:
    """"who has criticized the plan": a past participle with "have" is a finite verb in the perfect (R232); with a
    passive auxiliary ("has been criticized") it reports nothing of its subject."""
    children = [(child.dep_, child.lemma_) for child in verb.children]
    return ("aux", "have") in children and not any(dep == "auxpass" for dep, _ in children)


def embedded_clause(cue: Token, span: Span) -> Clause:
    """The nested claim: the cue's clause within the claim, without the words that join it ("after", "as")."""
    doc = cue.doc
    start = max(cue.left_edge.i, span.start)
    end = min(cue.right_edge.i + 1, span.end)
    first_argument = min((child.left_edge.i for child in cue.children if child.dep_ in ("nsubj", "nsubjpass")), default=cue.i)
    while start < first_argument and (doc[start].is_space or doc[start].dep_ in JOINING_DEPS and doc[start].head == cue):
        start += 1
    while end > cue.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Clause(head=cue, start_token=start, end_token=end)


def reporting_phrase(span: Span, own_cue: tuple[int, int], prep_matches: list[tuple[int, int]], cues: CueTable) -> Optional[tuple[Span, Span, int, int]]:
    """(cue, source, start, end of the rest) for a preposition cue that opens or closes a claim whose own cue
    is another one: "Roe said the vote was close, according to the agency" reports that Roe said so (R136)."""
    doc = span.doc
    for start, end in prep_matches:
        phrase_chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        # the claim's own cue may be a word of the phrase ("As reported by the newspaper, ...", R106)
        if not (span.start <= start and end <= span.end) or (own_cue[0] < phrase_chars[1] and phrase_chars[0] < own_cue[1]) or doc[start].lower_ in CITING:
            continue
        source = _prep_object(doc, end, cues)
        if source is None or source.root.lower_ in FIRST_PERSON:
            return None
        phrase_end = max(source.end, doc[end - 1].right_edge.i + 1)
        if start == span.start or (start == span.start + 1 and doc[span.start].is_punct):
            rest_start, rest_end = phrase_end, span.end
        elif phrase_end >= span.end:
            rest_start, rest_end = span.start, start
        else:
            # a phrase in mid-claim leaves no whole content on either side
            return None
        while rest_start < rest_end and (doc[rest_start].is_punct and doc[rest_start].text not in OPENING_QUOTES or doc[rest_start].is_space):
            rest_start += 1
        while rest_end > rest_start and doc[rest_end - 1].text in (",", ";", "—", "-", "--") or rest_end > rest_start and doc[rest_end - 1].is_space:
            rest_end -= 1
        if rest_end - rest_start < 2:
            return None
        return doc[start:end], source, rest_start, rest_end
    return None


def with_embedded(extractor: "ClaimExtractor", doc: Doc, sent: Span, found: list["Found"], context: "DocContext") -> list["Found"]:
    """The sentence's claims, with a nested claim for each attribution embedded in one of them (R135) or
    reporting its speaker from around it (R136), in text order."""
    nested = []
    for item in found:
        source = item.record["source"]
        own_cue = (source["cue"]["start"], source["cue"]["end"]) if source is not None else (-1, -1)
        for cue in embedded_cues(item.span, own_cue, extractor.cues, context.names_speaker):
            part = extractor._claim(doc, embedded_clause(cue, item.span), sent, context)
            inner = part.record["source"] if part is not None else None
            # kept only when the cue found is the embedded one and names someone else than the claim's source
            if inner is None or inner["cue"]["start"] != cue.idx or (source is not None and (inner["start"], inner["end"]) == (source["start"], source["end"])):
                continue
            if source is None and cue_only(part.span, part.record_head, inner) and _closes(part.span, item.span):
                # "“...!!” posted Jane Roe.", "“...” that would ..., Okafor wrote in a court filing.": a speaker and cue
                # that close the claim are its source, however the parser hung them on its words (R223)
                record = extractor._describe(item.span, item.record_head, sent, context, inherited=inner)
                # (a question keeps no source, R162: then the speaker's own claim stays)
                if record["source"] is not None:
                    item.record.clear()
                    item.record.update(record)
                    source = item.record["source"]
                    continue
            nested.append(part)
        reported = reporting_phrase(item.span, own_cue, context.prep_matches, extractor.cues) or quoting_phrase(item.span, own_cue) if source is not None else None
        if reported is not None and (reported[1].start_char, reported[1].end_char) != (source["start"], source["end"]):
            cue, speaker, start, end = reported
            part = extractor._claim(doc, Clause(head=item.record_head if start <= item.record_head.i < end else doc[start:end].root, start_token=start, end_token=end), sent, context)
            if part is not None:
                part.record["source"] = source_record(Attribution(cue=cue, source=speaker, content=None), context)
                nested.append(part)
    return with_nested(found, nested)


def _closes(part: Span, claim: Span) -> bool:
    """Whether a part runs to the end of the claim, but for punctuation, and does not open it."""
    end = claim.end
    while end > part.end and (claim.doc[end - 1].is_punct or claim.doc[end - 1].is_space):
        end -= 1
    return part.end == end and part.start > claim.start


def with_nested(found: list["Found"], nested: list["Found"]) -> list["Found"]:
    """The sentence's claims and the nested ones, in text order, a nested claim with another's offsets left out:
    Span._ values are keyed by offsets, so it would share that claim's record."""
    taken = {(item.span.start, item.span.end) for item in found}
    kept = []
    for part in nested:
        if (part.span.start, part.span.end) not in taken:
            taken.add((part.span.start, part.span.end))
            kept.append(part)
    if not kept:
        return found
    return sorted([*found, *kept], key=lambda item: (item.span.start, -item.span.end))
