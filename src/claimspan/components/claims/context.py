"""What the claims of one doc share: quotations, hedges, mentions, and the sources seen so far."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Span, Token

from ...extensions import char_span, doc_text, entities
from ...quotes import find_quotes
from .evidence_venues import keep_preposition
from .hedging import find_hedges
from .reference import pronoun_kind

if TYPE_CHECKING:
    from . import ClaimExtractor

FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
DATE_LABELS = frozenset({"DATE", "TIME"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# at most a sentence's end and a paragraph break between an attributed claim and a quotation that continues it (R900)
QUOTATION_GAP = 8
SMALL_WORDS = {"one": 1.0, "two": 2.0, "a": 1.0, "both": 2.0, "single": 1.0, "1": 1.0, "2": 2.0}


class DocContext:
    """What the claims of one doc share: quotes, hedges, mentions, and the sources seen so far."""

    def __init__(self) -> None:
        self.quotes: list[tuple[int, int]] = []
        self.hedges: list[tuple[int, int]] = []
        self.prep_matches: list[tuple[int, int]] = []
        self.actors: list[Span] = []
        self.actor_tokens: frozenset[int] = frozenset()
        self.dates: list[Span] = []
        self.figures: list[Span] = []
        self.sources: list[Span] = []
        self.subjects: list[Span] = []
        # the subjects of claims told in the writer's own words (no source, outside quotation marks): the person a
        # narrative sentence is about is the nearest antecedent of a "he said" after it (R600)
        self.narrative_subjects: list[Span] = []
        self.claims: list[tuple[Span, dict]] = []
        # the headline's source while its highlight lines follow (GUIDELINES R47)
        self.headline_source: Optional[dict] = None
        # (cue, speaker, ends with a colon) of the sentence before, when it ends by announcing a speaker (R45)
        self.announced: Optional[tuple] = None
        # (start, end, cue, speaker) of the quotation that opened right after an announced speaker (R160)
        self.announced_quote: Optional[tuple] = None
        # the learned tagger's reading of each sentence it tagged, by the sentence's first word (R55)
        self.tagged: dict = {}
        # the speaker who announced a quotation opened by a question, by the quotation's opening offset (R291)
        self.question_speakers: dict[int, Optional[dict]] = {}
        self.apart_nouns: frozenset[str] = frozenset()

    @classmethod
    def build(cls, doc: Doc, extractor: "ClaimExtractor") -> "DocContext":
        context = cls()
        context.quotes = find_quotes(doc_text(doc), doubled_apostrophes=True)
        if extractor.hedge_matcher is not None:
            context.hedges = find_hedges(doc, extractor.hedge_matcher, extractor.hedge_tags)
        if extractor.prep_matcher is not None:
            strings = doc.vocab.strings
            # a cue that needs a reporting noun after it ("In a poll, ...") is kept only where it has one (R360)
            context.prep_matches = [(start, end) for match_id, start, end in extractor.prep_matcher(doc) if keep_preposition(doc, strings[match_id], start, extractor.cues)]
        context.actors = _group_or_ents(doc, "actors", ACTOR_LABELS)
        # every token inside an actor, so a phrase is tested against a set, not against each actor in turn
        context.actor_tokens = frozenset(index for actor in context.actors for index in range(actor.start, actor.end))
        # only points in time make an event ("on Dec 24"), not durations ("three years of talks")
        context.dates = [span for span in _group_or_ents(doc, "dates", DATE_LABELS) if span.label_ in DATE_LABELS]
        context.figures = _group_or_ents(doc, "figures", FIGURE_LABELS)
        context.apart_nouns = extractor.apart_nouns
        return context

    @staticmethod
    def inside(mentions: list[Span], span: Span) -> list[Span]:
        start, end = span.start_char, span.end_char
        return [mention for mention in mentions if start <= mention.start_char and mention.end_char <= end]

    def has(self, mentions: list[Span], span: Span) -> bool:
        return bool(self.inside(mentions, span))

    def is_actor_phrase(self, head: Token) -> bool:
        """Whether a noun phrase names an actor: its head or a modifier of the head ("Pakistani fighter
        jets", "Taliban responses"), not a noun further down ("talks between Pakistani officials")."""
        tokens = {head.i} | {child.i for child in head.children if child.dep_ in ("compound", "amod", "nmod", "appos")}
        return not self.actor_tokens.isdisjoint(tokens)

    def names_speaker(self, head: Token) -> bool:
        """Whether a subject names someone who can speak: an actor, or a name the model tags as one (R135)."""
        return self.is_actor_phrase(head) or head.ent_type_ in ACTOR_LABELS

    def actors_before(self, offset: int) -> list[Span]:
        return [actor for actor in self.actors if actor.end <= offset]

    def full_name(self, actor: Optional[Span]) -> Optional[Span]:
        if actor is None or actor.label_ != "PERSON" or not actor.kb_id_:
            return actor
        same = [other for other in self.actors if other.kb_id_ == actor.kb_id_ and other.start <= actor.start]
        return max(same, key=lambda other: (len(other.text), -other.start))

    def actor_at(self, token: Token) -> Optional[Span]:
        return next((actor for actor in self.actors if actor.start <= token.i < actor.end), None)

    def actor_id(self, span: Optional[Span]) -> Optional[str]:
        """The id of the actor a phrase denotes: the one at its head ("reports by the X Team" -> the Team),
        else the first one inside it."""
        if span is None:
            return None
        root = span.root
        if root.lower_ in self.apart_nouns:
            return None  # "Petro's critics", "supporters of Sanders" are not Petro or Sanders (R181)
        titled = _titled_person_at_end(self.actors, span, root)
        if titled is not None:
            return titled.kb_id_
        heads = [root] + [grand for child in root.children if child.dep_ == "prep" and child.lower_ in ("by", "of", "from") for grand in child.children if grand.dep_ == "pobj"]
        for token in heads:
            actor = self.actor_at(token)
            if actor is not None and actor.kb_id_ and span.start <= actor.start and actor.end <= span.end:
                return actor.kb_id_
        inside = [actor for actor in self.actors if span.start <= actor.start and actor.end <= span.end and actor.kb_id_]
        named = next((actor for actor in inside if _names_the_head(actor, root, span)), None)
        return named.kb_id_ if named is not None else (inside[0].kb_id_ if inside else None)

    def mark(self) -> tuple[int, int, int, int]:
        """Where the remembered claims, subjects and sources stand now (for `rewind`)."""
        return len(self.claims), len(self.subjects), len(self.sources), len(self.narrative_subjects)

    def rewind(self, mark: tuple[int, int, int, int]) -> None:
        """Forget what was remembered since `mark` (parts of a sentence that are merged back)."""
        del self.claims[mark[0] :], self.subjects[mark[1] :], self.sources[mark[2] :], self.narrative_subjects[mark[3] :]

    def remember(self, span: Span, record: dict) -> None:
        self.claims.append((span, record))
        doc = span.doc
        subject = record["subject"]
        if subject is not None and subject["end"] <= span.end_char:
            subject_span = char_span(doc, subject["start"], subject["end"])
            if subject_span is not None:
                self.subjects.append(subject_span)
                if record["source"] is None and not self.in_quotation(subject_span.start_char):
                    self.narrative_subjects.append(subject_span)
        source = record["source"]
        if source is not None:
            source_span = char_span(doc, source["start"], source["end"])
            targets = [source_span]
            if source_span is not None and pronoun_kind(source_span) == "pronoun" and source["resolved"]:
                # a pronoun source is also remembered as what it refers to, so "it added" finds "The agency"
                targets.append(char_span(doc, source["resolved"]["start"], source["resolved"]["end"]))
            for target in targets:
                if target is not None and (not self.sources or self.sources[-1] != target):
                    self.sources.append(target)

    def in_quotation(self, offset: int) -> bool:
        """Whether a character lies inside a quotation: the quotes are in text order and do not overlap, so the last
        one opened before it is the only one that can hold it (a scan of them all per claim grows with the square)."""
        index = bisect_right(self.quotes, (offset, float("inf"))) - 1
        return index >= 0 and self.quotes[index][0] <= offset < self.quotes[index][1]

    def continued_source(self, span: Span, head: Token) -> Optional[dict]:
        """The source a clause inherits without a cue of its own (GUIDELINES R29):
        it lies inside a quotation opened in an earlier claim, or its verb is quoted right after an
        attributed claim ("Its report says “...”. It “continues to ...”")."""
        if not self.claims:
            return None
        previous_span, previous = self.claims[-1]
        text = doc_text(span.doc)
        for quote_start, quote_end in self.quotes:
            if quote_start < span.start_char < quote_end:
                if text[quote_start] == '"' and "”" in text[quote_start:quote_end]:
                    # a straight mark closed by a curly one ("show up.”") left the pairing open: the
                    # span is no quotation to carry a speaker over (GUIDELINES R45)
                    return None
                for claim_span, record in reversed(self.claims):
                    if claim_span.start_char <= quote_start < claim_span.end_char:
                        return record["source"]
                return self._source_before_quotation(text, quote_start, quote_end)
            if quote_start <= head.idx < quote_end and quote_start < span.end_char and previous["source"] is not None:
                if span.start_char - previous_span.end_char < 200 and _few_words_before(span, quote_start):
                    return previous["source"]
        return None

    def _source_before_quotation(self, text: str, quote_start: int, quote_end: int) -> Optional[dict]:
        """The source of the attributed claim that ends right before a quotation whose opening sentence is no claim
        of its own (“We’re ready.”, “It’s true.”): the quotation follows that speaker's words as the next
        sentence, only punctuation and spaces between (GUIDELINES R900). A quotation closed by a speaker of its own
        (“...,” he said; “...…” she added) is left to that speaker (R45, R201)."""
        closing = text[quote_start:quote_end].rstrip().rstrip("”\"'’").rstrip()
        after = text[quote_end : quote_end + 40].lstrip()
        if not closing.endswith((".", "!", "?")) or after[:1].islower():
            return None
        for claim_span, record in reversed(self.claims):
            if claim_span.end_char <= quote_start:
                between = text[claim_span.end_char : quote_start]
                if record["source"] is not None and len(between) < QUOTATION_GAP and not any(character.isalnum() for character in between):
                    return record["source"]
                return None
        return None


def is_count(figure: Span) -> bool:
    """A figure a statistic can rest on: not "one" or "two" as a mere determiner ("the two countries")."""
    value = figure._.figure_value if figure.has_extension("figure_value") else None
    if value is None and figure.label_ in FIGURE_LABELS:
        value = SMALL_WORDS.get(figure.text.lower())
    unit = figure._.figure_unit if figure.has_extension("figure_unit") else None
    return value is None or value > 2 or unit in ("percent", "USD", "EUR", "GBP")


def _few_words_before(span: Span, offset: int) -> bool:
    """Only a subject stands between the clause start and the quotation ("It “continues ...”")."""
    return sum(1 for token in span if token.idx < offset and not token.is_punct) <= 3


def _group_or_ents(doc: Doc, group: str, labels: frozenset[str]) -> list[Span]:
    """A stage's span group if it found anything in this doc, else the model's entities of those labels."""
    if group in doc.spans and len(doc.spans[group]):
        return sorted(doc.spans[group], key=lambda span: span.start)
    return [ent for ent in entities(doc) if ent.label_ in labels]


def _titled_person_at_end(actors: list[Span], span: Span, root: Token) -> Optional[Span]:
    """"Tehreek-e-Labbaik Pakistan (TLP) chief Saad Rizvi": the parser may make the body's name the phrase's head and
    the person its apposition; a person that ends the phrase right after a lower-case role noun, with no comma
    between, is still who speaks (R189)."""
    person = next((actor for actor in actors if actor.label_ == "PERSON" and actor.kb_id_ and span.start < actor.start and actor.end == span.end), None)
    if person is None or person.root.dep_ != "appos" or person.root.head.i != root.i:
        return None
    role = span.doc[person.start - 1]
    return person if role.pos_ == "NOUN" and role.is_lower else None


def _names_the_head(actor: Span, root: Token, span: Span) -> bool:
    """The name a source's head noun introduces is what the source denotes, not a body named before it (R189):
    an apposition ("Another automaker, General Motors"), a person ending the phrase after the head ("Airbus
    President and Chief Executive Officer, Tom Enders", "Apple Computer CEO Steve Jobs"), or a name right after
    the head that ends the phrase ("the firm General Motors")."""
    if actor.start <= root.i:
        return False
    if actor.root.dep_ == "appos" and actor.root.head.i == root.i:
        return True
    ends_phrase = actor.end == span.end or all(token.is_punct for token in span.doc[actor.end : span.end])
    return ends_phrase and (actor.label_ == "PERSON" or actor.start == root.i + 1)
