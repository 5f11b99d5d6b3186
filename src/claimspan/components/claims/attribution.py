"""Attribution: who a clause's assertion comes from, the cue that says so, and what pronouns refer to.

Patterns (GUIDELINES R29), tried in this order on a clause:
1. a cue verb heading the clause with a complement: "X says/claimed/hopes (that) ...",
   "X held Y responsible for ..." (a cue whose table entry `requires` a dependent);
2. a cue verb beside the clause: "..., he said" (parataxis) or "X issued a statement saying ...";
3. a preposition cue: "According to X, ...", "in the view of X";
4. a reporting noun with a that-clause: "... by the finding that ..." (source: its possessor or the
   subject of the verb it depends on);
5. a speech verb ending the clause after a quotation, wherever the parser hung it ("...,” Roe said.", R118).
Before them, a speaker set off by commas inside the clause (R161), and for a cue verb one after its final comma
(R178): clause_edges.py. A clause with none of them may continue an earlier source (context.DocContext.continued_source) or
have one by layout (layout.py). What makes a verb a cue is in cues.py; who its speaker is, in speakers.py.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...extensions import token_span
from .claim_types import OBLIGATION_MODALS
from .belief_adjectives import belief_adjective
from .clause_edges import closing_speaker, parenthetical_speaker, stranded_speaker, trailing_speaker
from .coordinated_speakers import coordinated_speaker
from .head_acts import head_act
from .misread_evidence import misread_evidence
from .modified_subjects import modified_subject_speaker, modifier_verb_speaker
from .copular_nouns import copular_content
from .reporting_nouns import first_person_owner, noun_content
from .clauses import SUBJECT_DEPS
from .cues import CueTable, content_head
from .speakers import EXPLETIVES, SPEAKER_ENTITIES, WH_WORDS, Attribution, agent_object, first_person, source_of, phrase
from .token_attrs import token_attrs
from .source_edges import demonstrative

PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp", "conj"})
# Preposition cues whose object is what is cited, most often a reason or a document, not who reports it.
CITING = frozenset({"citing", "quoting"})


def _participle_source(participle: Token, head: Token) -> Optional[Span]:
    """Who a participle cue reports: its own subject ("with the spokesman saying ..."), the object of
    "quoted X as saying", else the subject of the clause's verb ("X issued a statement saying ...")."""
    own = [child for child in participle.children if child.dep_ == "nsubj" and child.i < participle.i]
    if own:
        return phrase(own[0])
    if participle.dep_ == "acl" and _counted_or_named(participle.head):
        # "62 percent of drivers saying ...", "911 calls saying ...": the noun the participle describes speaks,
        # not the subject of the clause around it (R164); "issued a statement saying" stays the issuer's
        return phrase(participle.head, drop=frozenset({"acl", "relcl", "punct"}))
    if participle.dep_ == "pcomp" and participle.head.lower_ == "as":
        # "quoted X as saying", and in the passive "X was quoted as saying"
        objects = [child for child in head.children if child.dep_ in ("dobj", "nsubjpass") and child.i < participle.i]
        if objects:
            return phrase(objects[0])
    # "Roe was critical of the plan, telling the paper: “The plan is ...”": the parser may make the quotation's
    # verb the sentence's head; the speaker is the subject of the verb the participle hangs on (R203)
    if participle.head is not head and participle.head.pos_ in ("VERB", "AUX") and participle.dep_ == "advcl" and head.i > participle.i:
        return source_of(participle.head)
    return source_of(head)


def _counted_or_named(noun: Token) -> bool:
    """A noun that counts people or names a speaker: "62 percent of drivers", "911 calls", "Hispanics"."""
    return noun.pos_ in ("NOUN", "PROPN", "NUM") and (noun.ent_type_ in SPEAKER_ENTITIES or noun.ent_type_ in ("PERCENT", "CARDINAL") or any(child.dep_ == "nummod" for child in noun.children))


def find_attribution(clause: Span, head: Token, cues: CueTable, prep_matches: list[tuple[int, int]]) -> Optional[Attribution]:
    """The attribution of a clause, or None for the writer's own voice."""
    doc = clause.doc
    deferred = None
    parenthetical = parenthetical_speaker(clause, head, cues) or misread_evidence(clause, head, cues)
    if parenthetical is not None:
        return parenthetical
    if cues.is_cue_verb(head) and not _obliged(head):
        # a speaker after the final comma reports the clause's own cue too (R178)
        trailing = trailing_speaker(clause, head, cues)
        if trailing is not None:
            return trailing
        source = source_of(head)
        if source is None and cues.type_of(head) in ("speech", "evidential"):
            source = stranded_speaker(clause, head)
        # "This only confirms ...": a demonstrative points at a thing or at text, not at a speaker (R921)
        if source is not None and not first_person(source) and not demonstrative(source, cues.type_of(head)):
            found = Attribution(cue=token_span(doc, head.i, head.i + 1), source=source, content=content_head(head))
            if found.content is not None:
                return found
            # a cue with only an object or a quotation ("defended the choice by saying that ...") gives way
            # to a cue with a clause further in
            deferred = found
    found = head_act(deferred, _inner_attribution(clause, head, cues, prep_matches), head, cues)
    if found is None and deferred is None:
        found = closing_speaker(clause, head, cues)
    if found is None and deferred is None:
        found = coordinated_speaker(clause, head, cues)
    if found is None and deferred is None:
        found = belief_adjective(clause, head, cues)
    if found is None and deferred is None:
        found = modified_subject_speaker(clause, head, cues)
    if found is None and deferred is None:
        # the mirror: the cue verb read as a modifier of its own subject (R830)
        found = modifier_verb_speaker(clause, head, cues)
    return found if found is not None else deferred


def _obliged(verb: Token) -> bool:
    """"Parliament should demand an audit": a cue under a modal of obligation is the writer telling someone
    what to say, a recommendation in the writer's voice, not a report of what they said (R86)."""
    return any(child.dep_ == "aux" and child.lower_ in OBLIGATION_MODALS for child in verb.children)


def _inner_attribution(clause: Span, head: Token, cues: CueTable, prep_matches: list[tuple[int, int]]) -> Optional[Attribution]:
    """Patterns 2-4: a cue beside the clause verb, a participle or infinitive cue, a preposition, a noun."""
    doc = clause.doc
    attrs = token_attrs(doc)
    # only a parataxis or adverbial clause can be the cue here: the others are skipped before a Token is built
    # the parser often hangs "The bridge, as Roe said, will ..." on the subject noun: that as-clause counts too (R461)
    on_subject = [grand.i for subject in head.children if subject.dep_ in ("nsubj", "nsubjpass") for grand in subject.children if grand.dep_ == "advcl"]
    for index in [*attrs.children[head.i], *on_subject]:
        if attrs.dep[index] not in ("parataxis", "advcl"):
            continue
        child = doc[index]
        # "..., he said" (parataxis); "As BuzzFeed first reported, ...", "..., as Sanders has acknowledged"
        # (an as-clause whose cue has no content of its own: the clause it hangs on is the content)
        as_clause = child.dep_ == "advcl" and content_head(child) is None and any(grand.lower_ == "as" and grand.dep_ in ("mark", "advmod") for grand in child.children)
        # the splitter may have cut the as-clause off as a claim of its own; it still reports this one (R199)
        # (only one that opens or closes the clause: in mid-clause, "the fact that A, as Roe said, magnifies B",
        # its report is of the words before it)
        # ... or one right after a subject with no verb of its own ("The plan, as Roe noted, is too costly": R461)
        if (index < clause.start or index >= clause.end) and not (as_clause and _bare_report(child) and (_at_edge(head, child) or _after_bare_subject(head, child))):
            continue
        if as_clause and _acts_on_someone(child):
            continue
        if index in on_subject and not (as_clause and _bare_report(child) and _after_bare_subject(head, child)):
            continue
        if (child.dep_ == "parataxis" and cues.verb_needs(child) is not None) or (as_clause and (cues.verb_needs(child) is not None or _puts_it(child))):
            source = _as_agent(child) if as_clause else None
            source = source if source is not None else source_of(child)
            if source is not None and not first_person(source) and not demonstrative(source, cues.type_of(child)):
                return Attribution(cue=doc[child.i : child.i + 1], source=source, content=head)

    carriers = carried_verbs(head)
    for index in range(clause.start, clause.end):
        if attrs.tag[index] != "VBG":
            continue
        token = doc[index]
        # "X issued a statement saying ...", "..., calling it ...": a participle cue on the clause's verb or its object
        # "justified the choice by saying, “...”": the participle is the object of a preposition on the verb
        # ... also on a verb the clause verb carries ("were able to dodge the question by saying ...", R780)
        by_phrase = token.dep_ == "pcomp" and token.head.dep_ == "prep" and (token.head.head == head or (token.head.head in carriers and token.head.lower_ == "by"))
        if token.tag_ == "VBG" and (token.dep_ in PARTICIPLE_DEPS and head in (token.head, token.head.head) or by_phrase) and cues.is_cue_verb(token):
            source = _participle_source(token, head)
            if source is not None:
                return Attribution(cue=doc[token.i : token.i + 1], source=source, content=content_head(token))
    for child in _complement_candidates(head, carriers):
        # (only these three dependencies can make an infinitive or complement cue)
        if child.dep_ not in ("advcl", "xcomp", "oprd"):
            continue
        # "went on to say that ...", "called say the plan is ...", "met the press to announce that ...":
        # a cue verb as the clause verb's complement or purpose,
        # unless it reports a question ("declined to predict when ...")
        infinitive = child.dep_ == "advcl" and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        # a purpose clause needs a reported clause ("used a loudspeaker to call for all occupants to exit" is an act)
        # ("continued to question X" is speech; "used a loudspeaker to call for ..." is an act: the verb has an object)
        complement = child.dep_ in ("xcomp", "oprd") and not _reports_question(child) and (content_head(child) is not None or not any(grand.dep_ == "dobj" for grand in head.children))
        purpose = infinitive and not _is_questioncontent_head(content_head(child))
        # "Donors ought to insist that ...": the parser makes "ought" the clause verb (R86)
        if (complement or purpose) and cues.is_cue_verb(child) and head.lower_ not in OBLIGATION_MODALS:
            source = source_of(head)
            # "It would be a mistake to dismiss this", "It is fair to say that ...": an extraposing copula's "it"
            # is no speaker, the writer is (R196)
            if source is not None and head.lemma_ == "be" and len(source) == 1 and source[0].lower_ in EXPLETIVES:
                continue
            if source is not None and not first_person(source) and not demonstrative(source, cues.type_of(child)):
                return Attribution(cue=doc[child.i : child.i + 1], source=source, content=content_head(child))
    for start, end in prep_matches:
        if clause.start <= start and end <= clause.end:
            source = _prep_object(doc, end, cues)
            # "citing the ongoing investigation" gives a reason; only "citing Rubio" names a source (R137)
            if source is not None and doc[start].lower_ in CITING and not (source.root.pos_ == "PROPN" or source.root.ent_type_ in SPEAKER_ENTITIES):
                continue
            if source is not None:
                return Attribution(cue=doc[start:end], source=source, content=head)
    for index in range(clause.start, clause.end):
        if attrs.pos[index] != "NOUN":
            continue
        token = doc[index]
        if token.lemma_.lower() in cues.nouns:
            # "the view that ...", or "X's view is that ..." (R431)
            content = noun_content(token, cues) or copular_content(token)
            if content is not None and first_person_owner(token):
                # "our belief that ...": the owner is the writer or the quotation's speaker (R361)
                continue
            if content is not None and token.dep_ == "dobj" and cues.verb_needs(token.head) is not None and source_of(token.head) is not None:
                # "He stressed his view that ...": the verb is the cue and its subject the source
                return Attribution(cue=doc[token.head.i : token.head.i + 1], source=source_of(token.head), content=content)
            if content is not None:
                cue_start = token.i
                possessors = [child for child in token.children if child.dep_ == "poss"]
                source = phrase(possessors[0]) if possessors else _governing_source(token)
                return Attribution(cue=doc[cue_start : token.i + 1], source=source, content=content)
    return None


def carried_verbs(head: Token) -> list[Token]:
    """The clause verb and the verbs it carries whose subject is its own: its to-infinitive complements and those of
    its predicate adjective ("is correct to note", "were more likely to say", "appeared to assert ... by saying"), one
    level down (R780). What a cue among them reports, the clause's subject said."""
    # read off the Doc's columns: this runs for every clause, and most clause verbs have neither
    attrs = token_attrs(head.doc)
    dep, pos, children = attrs.dep, attrs.pos, attrs.children
    complements = [grand for child in children[head.i] for grand in ([child] if dep[child] == "xcomp" else children[child] if dep[child] == "acomp" else [])]
    carried = [verb for verb in complements if dep[verb] == "xcomp" and pos[verb] in ("VERB", "AUX") and not any(dep[own] in ("nsubj", "nsubjpass") for own in children[verb])]
    return [head, *(head.doc[verb] for verb in carried)]


def _complement_candidates(head: Token, carriers: list[Token]) -> list[Token]:
    """The clause verb's own complements and purposes, then the to-infinitives of its predicate adjective ("was quick
    to point out that ...", R780), which must report a clause of their own: a passive ("more likely to be viewed as")
    or a bare verb ("happy to point out" in a relative clause) reports nothing the clause's subject said, nor does a
    negated one ("was careful not to say that ...")."""
    attrs = token_attrs(head.doc)
    own = [head.doc[child] for child in attrs.children[head.i] if attrs.dep[child] in ("advcl", "xcomp", "oprd")]
    return own + [verb for verb in carriers[1:] if verb not in own and content_head(verb) is not None and not any(attrs.dep[child] == "neg" for child in attrs.children[verb.i])]


# What a bare report in an as-clause may have besides its speaker: "As the paper first reported on Monday, ...".
BARE_REPORT_DEPS = frozenset({"nsubj", "aux", "advmod", "mark", "punct", "npadvmod", "prep"})
# Particles that complete a report verb in an as-clause without adding content ("as Roe pointed out", R460).
REPORT_PARTICLES = frozenset({"out"})
# Where a report was made, for a preposition that is no object of the verb ("said in an interview").
REPORT_VENUES = frozenset({"interview", "statement", "speech", "tweet", "post", "column", "article", "report", "letter", "email", "broadcast", "show", "program", "programme", "debate"})


# Speech verbs that report no content in an as-clause: "as Bush continued", "as the judge spoke" say when.
EVENT_AS_VERBS = frozenset({"continue", "speak", "talk", "comment", "respond", "reply", "answer", "ask", "chant"})


def _bare_report(verb: Token) -> bool:
    """"As the paper reported", "as Roe said last week in Tel Aviv": an as-clause whose verb has only its speaker, a
    time, a place or a venue is the report of the clause it hangs on (R199); "as he spoke to accept the nomination",
    "as voters responded to the ads" are events of their own."""
    if verb.lemma_.lower() in EVENT_AS_VERBS:
        return False
    for child in verb.children:
        # the "it" of "as Roe put it" and whom "as Roe told reporters" addresses are no content of their own (R218)
        if child.dep_ == "dobj" and not _acts_on_someone(verb) and (verb.lemma_ == "tell" or _puts_it(verb)):
            continue
        # "as Roe pointed out": the particle completes the report, it adds no content (R460)
        if child.dep_ == "prt" and child.lower_ in REPORT_PARTICLES:
            continue
        if child.dep_ not in BARE_REPORT_DEPS:
            return False
        if child.dep_ == "prep":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if not objects or not (objects[0].ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT") or objects[0].lemma_.lower() in REPORT_VENUES):
                return False
    return True


def _acts_on_someone(verb: Token) -> bool:
    """"Drones hit Kharkiv as Kyiv pressed allies for air defence": an as-clause cue with an object of its own (not
    the addressee of "told", not the "it" of "as he put it") is an act of its own, not the report of the clause it
    hangs on (R218)."""
    return verb.lemma_.lower() != "tell" and any(child.dep_ == "dobj" and child.lower_ != "it" for child in verb.children)


def _at_edge(head: Token, child: Token) -> bool:
    """Whether only punctuation of the head's phrase lies before the child's phrase, or after it."""
    doc = head.doc
    before = doc[head.left_edge.i : child.left_edge.i]
    after = doc[child.right_edge.i + 1 : head.right_edge.i + 1]
    # an opening "But" or "And" joins the sentence to the one before: "But as Roe noted, ..." still opens it (R255)
    return all(token.is_punct or token.is_space or (token.dep_ == "cc" and token.head == head) for token in before) or all(token.is_punct or token.is_space for token in after)


def _after_bare_subject(head: Token, child: Token) -> bool:
    """"And that, as Roe points out, is a lot of money": an as-clause between the clause's subject and its verb,
    after a subject with no verb of its own, reports the whole clause (R461). A subject with a clause of its own ("the
    fact that A, as Roe said, magnifies B") may be what the as-clause reports, so it keeps R199's edge rule."""
    doc = head.doc
    subjects = [token for token in head.children if token.dep_ in ("nsubj", "nsubjpass") and token.i < child.i]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if any(token.pos_ in ("VERB", "AUX") and not child.left_edge.i <= token.i <= child.right_edge.i for token in subject.subtree):
        return False
    # (the as-clause itself may hang on the subject)
    before = [token for token in doc[head.left_edge.i : child.left_edge.i] if not subject.left_edge.i <= token.i <= subject.right_edge.i]
    between = doc[child.right_edge.i + 1 : head.i]
    return all(token.is_punct or token.is_space or (token.dep_ == "cc" and token.head == head) for token in before) and all(token.is_punct or token.is_space or token.dep_ in ("aux", "neg", "advmod") for token in between)


def _puts_it(verb: Token) -> bool:
    """"as the minister put it" (R107): "put" is no cue on its own ("put it on the table"), only in an
    as-clause with "it" as its object."""
    return verb.lemma_ == "put" and any(child.dep_ == "dobj" and child.lower_ == "it" for child in verb.children)


def _as_agent(verb: Token) -> Optional[Span]:
    """"As reported by the agency, ..." (R106): a passive as-clause without a subject of its own names its
    source in the by-phrase; the subject of the clause it hangs on is what was reported, not who reported it."""
    return None if any(child.dep_ in SUBJECT_DEPS for child in verb.children) else agent_object(verb)


def _reports_question(cue: Token) -> bool:
    """A cue whose clause is an indirect question ("declined to predict when ..."); a cue with an
    object ("continued to question Cruz's temperament") reports no question."""
    content = content_head(cue)
    return content is not None and _is_questioncontent_head(content)


def _is_questioncontent_head(content: Optional[Token]) -> bool:
    """An indirect question ("when the company would return to profit") reports no assertion."""
    return content is None or any(child.lower_ in WH_WORDS and child.dep_ in ("advmod", "mark", "nsubj", "dobj") for child in content.children)


def _governing_source(noun: Token) -> Optional[Span]:
    token = noun
    for _ in range(6):
        if token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return source_of(token)
    return None


def _reported_by_what(preposition: Token, cues: CueTable) -> Optional[Span]:
    """"according to what the ministry announced" (R108): the preposition governs a free relative whose verb
    is a cue; its subject is the source ("what the law allows" has no cue verb and names no source)."""
    for child in preposition.children:
        if child.dep_ == "pcomp" and cues.verb_needs(child) is not None and any(grand.lower_ == "what" and grand.dep_ in ("dobj", "nsubj") for grand in child.children):
            subjects = [grand for grand in child.children if grand.dep_ == "nsubj" and grand.lower_ != "what"]
            return phrase(subjects[0]) if subjects else None
    return None


def _prep_object(doc: Doc, end: int, cues: CueTable) -> Optional[Span]:
    """The noun phrase after a preposition cue ("according to official sources")."""
    last = doc[end - 1]
    objects = [child for child in last.children if child.dep_ == "pobj"]
    if objects:
        return phrase(objects[0], drop=frozenset({"relcl", "punct"}))
    reported = _reported_by_what(last, cues)
    if reported is not None:
        return reported
    stop = end
    while stop < len(doc) and not doc[stop].is_punct and doc[stop].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"):
        stop += 1
    return doc[end:stop] if stop > end else None
