"""claimspan_claims: clause-level claims with type, source, quotes, hedges and negation.

Each main clause that asserts something checkable becomes a span in doc.spans["claims"]
(label_ = claim type), and an attribution embedded in one of them a nested claim of its own (GUIDELINES
R135, embedded.py); each claim's `._.claim_record` is a plain dict with the Claim fields this stage owns
(sentence, type, flags, subject, predicate, object, source, quotes, hedges, negated);
convert.claim_records adds ids, offsets and the actor/date/figure mentions inside the claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ...extensions import doc_text, register_extensions, token_span
from ...tables import CueEntry, HedgeEntry, RoleEntry, read_table
from .asked_quotations import asker_after_question
from .attribution import find_attribution
from .speakers import Attribution
from .cues import CueTable, quotation_precedes
from .assertions import ends_as_sentence, is_checkable
from .clauses import Clause, is_verb, split_clauses, whole_sentence
from .closing_prepositions import closing_preposition
from .closing_speakers import quotations_in_sentence
from .context import DocContext
from .embedded import with_embedded
from .second_acts import with_second_acts
from .participle_acts import with_participle_acts
from .claim_records import agreement, claim_record
from .source_edges import demonstrative, generic_speaker
from .source_records import announced_source, source_record
from .cue_only import cue_only, subordinate_report
from .cue_phrases import cue_phrase
from .headline_cues import with_headline_cue
from .headlines import verbless_line_claim
from .hedging import build_hedge_matcher
from .learned import AttributionTagger, load_tagger
from .layout import announced_speaker, colon_source, colon_speaker, headline_speaker, highlight_cue, layout_source, quotation_dash_speaker, speaker_after_quotation, verb_colon_speaker
from .signed_quotations import signed_after_quotation
from .veto import rejects
from .question_quotes import question_speaker
from .question_tails import statement_before_question
from ..batching import in_batches


@Language.factory(
    "claimspan_claims",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.tag"],
    default_config={"min_content": 2, "intentions_and_stances": False},
)
def make_claims(nlp: Language, name: str, min_content: int, intentions_and_stances: bool) -> "ClaimExtractor":
    register_extensions()
    return ClaimExtractor(name=name, min_content=min_content, intentions_and_stances=intentions_and_stances)


@dataclass(frozen=True)
class Found:
    """A claim found by `find`: its span and its record fields."""

    span: Span
    record: dict
    record_head: Token


class ClaimExtractor:
    """Split sentences into main clauses and describe each checkable one as a claim."""

    def __init__(self, *, name: str = "claimspan_claims", min_content: int = 2, intentions_and_stances: bool = False) -> None:
        self.name = name
        self.min_content = min_content
        # PolNeAR's broader scheme (GUIDELINES R49): also attribute intentions ("wants to") and stances ("endorsed X")
        self.intentions_and_stances = intentions_and_stances
        self.cues = CueTable({}, frozenset(), ())
        self.hedge_matcher: Optional[PhraseMatcher] = None
        self.hedge_tags: dict[str, str] = {}
        self.prep_matcher: Optional[PhraseMatcher] = None
        self.tagger: Optional[AttributionTagger] = None
        # group nouns that do not speak for the name they belong to ("Petro's critics", R181)
        self.apart_nouns: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None, cues_path: Optional[str] = None, hedges_path: Optional[str] = None, tagger_path: Optional[str] = None, intention_cues_path: Optional[str] = None, roles_path: Optional[str] = None) -> None:
        self.tagger = load_tagger(Path(tagger_path)) if tagger_path else None
        if roles_path:
            self.apart_nouns = frozenset(role.role for role in read_table(Path(roles_path), RoleEntry) if role.kind == "apart")
        if self.tagger is not None:
            self.tagger.intentions_and_stances = self.intentions_and_stances
        if cues_path:
            broader = read_table(Path(intention_cues_path), CueEntry) if self.intentions_and_stances and intention_cues_path else []
            self.cues = CueTable.from_entries([*read_table(Path(cues_path), CueEntry), *broader])
        if nlp is None:
            return
        if hedges_path:
            self.hedge_matcher, self.hedge_tags = build_hedge_matcher(nlp, read_table(Path(hedges_path), HedgeEntry))
        self.prep_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue in self.cues.preps:
            self.prep_matcher.add(cue, [nlp.make_doc(cue)])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, list(self.find(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        return in_batches(self, docs, batch_size)

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        spans = []
        for item in found:
            item.span.label_ = item.record["type"]
            source = item.record.get("source")
            if source is not None:
                # the cue as the phrase a reader marks, once every rule has read the cue verb's own offsets (R450)
                item.record["source"] = {**source, "cue": cue_phrase(doc, source["cue"], self.cues)}
            item.span._.claim_record = item.record
            spans.append(item.span)
        doc.spans["claims"] = spans

    def find(self, doc: Doc) -> Iterator[Found]:
        """Yield the claims of a doc in text order."""
        context = DocContext.build(doc, self)
        text = doc_text(doc)
        first_line_end = text.find("\n", len(text) - len(text.lstrip()))
        first_sentence = True
        before: Optional[Span] = None
        previous: list[Found] = []
        # the claims of quotations still open at the end of the sentence before (R157)
        earlier: list[Found] = []
        # ... and of those that closed in it with no speaker after them yet (R118, R157)
        closed: list[Found] = []
        for sent in doc.sents:
            # a line without final punctuation is boilerplate, except the headline (GUIDELINES R26: what
            # starts on the first line, or in a text of one line its first sentence), its highlight lines
            # and a speaker's colon line (R46, R47)
            is_headline = sent.start_char <= first_line_end if first_line_end >= 0 else first_sentence
            first_sentence = first_sentence and not text[sent.start_char : sent.end_char].strip()
            highlight = not is_headline and context.headline_source is not None and highlight_cue(sent, self.cues) is not None
            if not ends_as_sentence(sent) and not is_headline and not highlight and colon_speaker(sent) is None and quotation_dash_speaker(sent) is None and signed_after_quotation(sent, before) is None:
                # "He said:" alone on its line is no claim, but announces the quotation of the next paragraph (R158)
                announced = announced_speaker(sent, self.cues)
                if announced is not None and announced[2]:
                    context.announced = announced
                continue
            if not is_headline and not highlight:
                context.headline_source = None
            if context.announced is not None:
                # the quotation opened right after an announced speaker is theirs to its end, questions and all (R160)
                first = next((token.idx for token in sent if not token.is_space), sent.start_char)
                quote = next(((start, end) for start, end in context.quotes if start == first), None)
                context.announced_quote = (*quote, context.announced[0], context.announced[1]) if quote is not None else None
            # a report before the quoted question that ends the sentence is claimed up to that question (R550)
            statement = statement_before_question(sent, self.cues.is_cue_verb) or sent
            found = self._sentence_claims(doc, statement, context, is_headline=is_headline, highlight=highlight)
            if is_headline:
                with_headline_cue(self, found, context)
            found = with_embedded(self, doc, statement, found, context)
            found = with_second_acts(self, doc, statement, found, context)
            found = with_participle_acts(self, doc, statement, found, context)
            tail = speaker_after_quotation(sent, before, self.cues) if previous or closed else None
            if tail is None and (previous or closed):
                # "- Jane Roe." under a quotation paragraph signs it (R930)
                tail = signed_after_quotation(sent, before)
            if tail is not None:
                self._credit_quotation([*closed, *previous], tail, context)
            earlier, closed, credits = quotations_in_sentence(sent, [*earlier, *found], context.quotes, self.cues)
            for quoted, speaker in credits:
                self._credit_quotation(quoted, speaker, context)
            # a speaker who asked the question a quotation closes announces the next quotation too (R410)
            context.announced = announced_speaker(sent, self.cues) or asker_after_question(sent, before)
            before, previous = sent, found
            if is_headline:
                context.headline_source = next((item.record["source"] for item in found if item.record["source"] is not None), None)
                speaker = headline_speaker(sent, self.cues) if context.headline_source is None else None
                if speaker is not None:
                    context.headline_source = source_record(Attribution(cue=doc[speaker[0].i : speaker[0].i + 1], source=speaker[1], content=None), context)
            yield from found

    def _credit_quotation(self, quoted: list[Found], tail: tuple[Token, Span], context: "DocContext") -> None:
        """The unsourced claims of a quotation whose speaker follows in a sentence of its own (R118) are
        described again with that speaker; their records are changed in place, as `find` has yielded them."""
        cue, speaker = tail
        source = source_record(Attribution(cue=cue.doc[cue.i : cue.i + 1], source=speaker, content=None), context)
        for item in quoted:
            # only what lies inside the quotation: the sentence may also hold the writer's own words
            # (a claim may run on over the speaker's own words after the closing mark: "“...!!” posted Roe")
            last = max(cue.sent.end_char, speaker.end_char)
            quote = next(((start, end) for start, end in context.quotes if start <= item.span.start_char < end and item.span.end_char <= max(end, last)), None)
            current = item.record["source"]
            # a source carried over from a sentence before the quotation opened (R45) gives way to the speaker who
            # closes it (R201); one that announced it in its opening sentence ("The colonel said: “...") keeps it
            if quote is not None and (current is None or current["cue"]["end"] <= _sentence_start(cue.doc, quote[0])):
                record = self._describe(item.span, item.record_head, item.span.sent, context, inherited=source)
                item.record.clear()
                item.record.update(record)

    def _sentence_claims(self, doc: Doc, sent: Span, context: "DocContext", *, is_headline: bool, highlight: bool = False) -> list[Found]:
        clauses = split_clauses(sent, is_cue_verb=self.cues.is_cue_verb, is_reported=self.cues.reports_clause)
        if not clauses:
            # a highlight line the parser reads without a verb ("Terms peace in Kurram top priority") is the
            # headline speaker's claim all the same (R47, R193)
            headline = self._headline(doc, sent, context, highlight=highlight) if is_headline or highlight else None
            if headline is None:
                return []
            context.remember(headline.span, headline.record)
            return [headline]
        # each part is remembered before the next is described, so a pronoun or a continued
        # quotation can refer back within the sentence ("X says ...; it noted ...")
        mark = context.mark()
        parts = self._parts(doc, clauses, sent, context)
        trailing = parts[-1].record["source"] if parts else None
        # the last clause opens with its content, not with its source ("..., but B, the manager said"), or is only
        # its speaker and cue ("..., police said"; R223)
        if trailing is not None and len(parts) > 1 and (min(trailing["start"], trailing["cue"]["start"]) > parts[-1].span.start_char and not subordinate_report(parts[-1].span, trailing) or _bare_cue(parts[-1])) and all(part.record["source"] is None for part in parts[:-1]):
            # a cue after the last clause ("A, but B,” Mook said") reports the clauses before it too (GUIDELINES R45)
            context.rewind(mark)
            parts = self._parts(doc, clauses, sent, context, inherited=trailing)
        closing = closing_preposition(sent, [part.span for part in parts], context.prep_matches, self.cues) if parts and all(part.record["source"] is None for part in parts) else None
        if closing is not None:
            # "A, while B, according to X": the phrase after the last part, in none of them, reports them all (R199)
            context.rewind(mark)
            parts = self._parts(doc, clauses, sent, context, inherited=source_record(closing, context))
        groups: list[list[Found]] = []
        for part in parts:
            if groups and agreement(groups[-1][-1].record) == agreement(part.record):
                groups[-1].append(part)
            else:
                groups.append([part])
        if len(groups) == len(parts):
            return parts
        # neighbouring parts that agree in type, polarity and source stay one claim (GUIDELINES R27)
        context.rewind(mark)
        result = []
        for group in groups:
            merged = self._merge(doc, sent, group, context, whole=len(group) == len(parts)) if len(group) > 1 else None
            for found in [merged] if merged is not None else group:
                context.remember(found.span, found.record)
                result.append(found)
        return result

    def _merge(self, doc: Doc, sent: Span, group: list[Found], context: "DocContext", *, whole: bool) -> Optional[Found]:
        """One claim for neighbouring parts that agree: the whole sentence, or the stretch they cover."""
        heads = [part.record_head for part in group]
        top = next((head for head in heads if all(other is head or head in other.ancestors for other in heads)), heads[0])
        if whole:
            clause = whole_sentence(sent, head=None if is_verb(sent.root) else top)
        else:
            clause = Clause(head=top, start_token=group[0].span.start, end_token=group[-1].span.end)
        merged = self._claim(doc, clause, sent, context)
        if merged is None:
            return None
        # the first part names the source; a later one may only refer back to it
        merged.record["source"] = group[0].record["source"] or merged.record["source"]
        return merged

    def _headline(self, doc: Doc, sent: Span, context: "DocContext", *, highlight: bool = False) -> Optional[Found]:
        found = verbless_line_claim(sent, context, self.cues, min_content=self.min_content, highlight=highlight)
        return Found(span=found[0], record=found[1], record_head=found[0].root) if found is not None else None

    def _parts(self, doc: Doc, clauses: list[Clause], sent: Span, context: "DocContext", *, inherited: Optional[dict] = None) -> list[Found]:
        parts = []
        for clause in clauses:
            part = self._claim(doc, clause, sent, context, inherited=inherited)
            if part is not None:
                parts.append(part)
                context.remember(part.span, part.record)
        return parts

    def _claim(self, doc: Doc, clause: Clause, sent: Span, context: "DocContext", *, inherited: Optional[dict] = None) -> Optional[Found]:
        span = token_span(doc, clause.start_token, clause.end_token)
        if not is_checkable(span, min_content=self.min_content):
            return None
        return Found(span=span, record=self._describe(span, clause.head, sent, context, inherited=inherited), record_head=clause.head)

    def _describe(self, span: Span, head: Token, sent: Span, context: "DocContext", *, inherited: Optional[dict] = None) -> dict:
        attribution = find_attribution(span, head, self.cues, context.prep_matches)
        if attribution is not None and attribution.source is not None and generic_speaker(attribution.source) and context.in_quotation(attribution.cue.start_char):
            # "“Some say Trump is our man ...,” Roe said": the quoted speaker's generalisation; the claim is the
            # quotation's, and its speaker is found as for any other sentence of it (R924, as R31 for "I think")
            attribution = None
        # a speaker before the colon that opens the sentence owns what follows it, cues inside included, unless a
        # speaker is named after the quotation's closing mark ("His verdict: “...,” he said"; R179)
        colon = colon_source(span, head, sent, context.actor_id)
        if colon is not None and attribution is not None and not quotation_precedes(attribution.cue.root):
            attribution = None
        elif colon is not None and attribution is not None:
            colon = None
        source = colon if colon is not None else source_record(attribution, context) if attribution and attribution.source is not None else inherited
        content = attribution.content if source and attribution is not None and attribution.content is not None else head
        if source is None and attribution is None:
            source = layout_source(span, head, sent, context.headline_source, self.cues, context.actor_id)
        colon = verb_colon_speaker(span, context.names_speaker) if source is None and attribution is None else None
        if colon is not None:
            source = source_record(Attribution(cue=span.doc[colon[0].i : colon[0].i + 1], source=colon[1], content=None), context)
        if source is None:
            # the speaker announced just before is nearer than the source of an earlier claim (R160)
            source = announced_source(span, context)
        if source is None:
            # ... or the speaker who announced a quotation opened by a question (R291)
            source = context.continued_source(span, head) or (question_speaker(span, self.cues, context) if attribution is None else None)
        if source is not None and self.tagger is not None and rejects(self.tagger, source, sent, self.cues, context.tagged):
            # the learned tagger reads this source and cue as inside someone else's reported content (GUIDELINES R56)
            source, attribution, content = None, None, head
        learned = self.tagger.attribution(span, sent, self.cues, context.tagged) if source is None and self.tagger is not None else None
        # the tagger, too, may read a demonstrative as a speaker ("This only confirms ..."; R921)
        if learned is not None and learned.source is not None and not demonstrative(learned.source, self.cues.type_of(learned.cue.root)):
            source = source_record(learned, context)
        return claim_record(span, head, sent, content, source, attribution, context)


def _bare_cue(part: Found) -> bool:
    return cue_only(part.span, part.record_head, part.record["source"])


def _sentence_start(doc: Doc, offset: int) -> int:
    """The first character of the sentence that holds a character offset."""
    opening = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return opening.sent.start_char if opening is not None else offset
