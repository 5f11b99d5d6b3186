"""The learned tagger's veto of a rule's source (GUIDELINES R56): a saying the model reads as inside
someone else's reported content ("she says" inside the mayor's reported clause) is no source."""

from __future__ import annotations

from spacy.tokens import Span

from ...extensions import char_span, token_span
from .cues import CueTable, connective
from .learned import LABELS, QUOTE_MARKS, AttributionTagger, Tagged

# columns of the tagger's marginals, by the labels it was trained with
SOURCE_LABELS = [LABELS.index("B-SRC"), LABELS.index("I-SRC")]
CUE_LABELS = [LABELS.index("B-CUE"), LABELS.index("I-CUE")]
CONTENT_LABEL = LABELS.index("CON")
# a speaker named as the verb's own subject; narrower than clauses.SUBJECT_DEPS (no expletive or clausal subject)
SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass"})
# R56 drops a rule's source only when the model reads its source and cue words as reported content this
# surely (their mean): on the two halves of train, below it a dropped rule source was right as often as wrong
REPORTED_CONTENT = 0.8


def rejects(tagger: AttributionTagger, source: dict, sent: Span, cues: CueTable, tagged: dict[int, Tagged]) -> bool:
    """Whether the model reads a rule's source and cue as inside someone else's reported content (R56):
    the source is the subject of its cue verb in this sentence ("you see", "I think", "that said"
    inside a quotation), no word of the source is likely a source nor any word of the cue likely a
    cue, and the source and cue words together read as content. Other constructions (a noun or phrase
    cue, "quoted X as saying", a speaker in an earlier sentence) follow rules the model was not
    trained on and stay."""
    if tagger.veto_threshold is None:
        return False
    doc = sent.doc
    source_span = char_span(doc, source["start"], source["end"], alignment_mode="expand")
    cue_span = char_span(doc, source["cue"]["start"], source["cue"]["end"], alignment_mode="expand")
    if source_span is None or cue_span is None or source_span.start < sent.start or source_span.end > sent.end or cue_span.start < sent.start or cue_span.end > sent.end:
        return False
    verb, subject = cue_span.root, source_span.root
    if verb.pos_ not in ("VERB", "AUX") or subject.dep_ not in SPEAKER_DEPS or subject.head.i != verb.i:
        return False
    # the model is asked (and the sentence scored) only where the grammar already hints at nesting
    if not _under_a_cue(verb, tagger, cues) and not _inside_quotation(verb, sent):
        return False
    marginals = tagger.reading(sent, cues, tagged, scores_only=True).label_marginals(tagger.transitions)
    as_source = max(marginals[index - sent.start, SOURCE_LABELS].sum() for index in range(source_span.start, source_span.end))
    as_cue = max(marginals[index - sent.start, CUE_LABELS].sum() for index in range(cue_span.start, cue_span.end))
    if as_source >= tagger.veto_threshold or as_cue >= tagger.veto_threshold:
        return False
    words = [index - sent.start for index in (*range(source_span.start, source_span.end), *range(cue_span.start, cue_span.end))]
    return float(marginals[words, CONTENT_LABEL].mean()) >= REPORTED_CONTENT


def _under_a_cue(verb, tagger: AttributionTagger, cues: CueTable) -> bool:
    """A cue verb that hangs below another word the model or the cue table knows as a cue ("said she
    will spend the money she says ...")."""
    # ("That said, farmers say ...": the connective is no cue, R501)
    return any((ancestor.lemma_ in tagger.cue_words or ancestor.lemma_ in cues.types) and not connective(ancestor) for ancestor in verb.ancestors)


def _inside_quotation(verb, sent: Span) -> bool:
    """An odd number of quotation marks before the verb in its sentence."""
    return sum(1 for token in token_span(sent.doc, sent.start, verb.i) if token.text in QUOTE_MARKS) % 2 == 1
