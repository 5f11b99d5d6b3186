"""The attribution cue table (pipeline/cues.jsonl) and what makes a verb a cue in a given sentence.

A cue verb needs content (GUIDELINES R29, R41): a that- or to-clause, or what its table entry allows
besides (a judged object, an object with its predicate), or, for speech, a quotation right before
or after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from spacy.tokens import Token

from ...extensions import RECENT_DOCS, RecentDocs, sentence_starts
from ...tables import CueEntry
from .aspect_senses import reports_nothing
from .naming import hidden_name, named_by_no_one
from .predicate_as import predicate_as
from .small_clauses import person_placed, small_clause
from .quotation_marks import CLOSING_QUOTES, OPENING_QUOTES, inverted_after_quotation, quotation_after_addressee
from .token_attrs import token_attrs

COMPLEMENT_DEPS = frozenset({"ccomp"})
NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})
# Cue verbs whose to-infinitive is the reported content ("expected to focus", "vowed to retaliate").
INFINITIVE_CUES = frozenset({"expect", "hope", "promise", "pledge", "vow", "threaten", "claim"})
OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp", "acomp", "attr"})
# Words after "say" from which a noun object is taken to be a misread clause.
MISPARSED_CLAUSE_TOKENS = 4
MISREAD_CLAUSE_CUES = frozenset({"say", "show"})
# Verbs whose passive with an agent reports what the agent said or published ("was first reported by", "was
# tweeted by"); judging acts ("was criticized by", "was rejected by") are no report of their subject (R117).
PASSIVE_REPORTS = frozenset({"report", "tweet", "post", "write", "mention", "announce", "reveal", "confirm", "claim", "echo"})
# Answers that stand for a proposition after a verb of saying (R138), and where the parser puts them.
ANSWERS = frozenset({"yes", "no", "so"})
# "That said, ...", "This said, ...": the subject of a connective that concedes the sentence before (R501)
CONNECTIVE_SUBJECTS = frozenset({"that", "this"})
ANSWER_DEPS = frozenset({"dobj", "intj", "advmod", "ccomp", "attr", "npadvmod", "dep", "oprd"})


@dataclass(frozen=True)
class CueTable:
    """The attribution cues of pipeline/cues.jsonl, by kind."""

    verbs: dict[str, frozenset[Optional[str]]]
    nouns: frozenset[str]
    preps: tuple[str, ...]
    # lemma -> what the verb needs as content without a required word ("clause", "object", "predicate")
    contents: dict[str, str] = field(default_factory=dict)
    # cue (verb or noun lemma, preposition phrase) -> speech, belief, evidential or directive
    types: dict[str, str] = field(default_factory=dict)
    # preposition cue -> the type of reporting noun its object must be ("in" + an evidential noun: "In a poll", R360)
    prep_needs: dict[str, str] = field(default_factory=dict)
    # predicate adjective -> its type ("confident" -> belief: "X is confident that ...", R432)
    adjectives: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[CueEntry]) -> "CueTable":
        verbs: dict[str, set[Optional[str]]] = {}
        nouns, preps = set(), []
        contents: dict[str, str] = {}
        types: dict[str, str] = {}
        prep_needs: dict[str, str] = {}
        adjectives: dict[str, str] = {}
        for entry in entries:
            cue = entry.cue.lower()
            if entry.kind == "adjective":
                # kept out of the type table, as "in" is: the learned tagger's features look words up there, and it
                # was fitted without these
                adjectives[cue] = entry.type
                continue
            if entry.kind == "prep" and entry.requires is not None:
                # "in" is a cue only before a reporting noun (R360); as a word of the type table it would make every
                # "in" a cue word to the tagger's features and to the veto, which look words up there
                prep_needs[cue] = entry.requires
                preps.append(cue)
                continue
            types.setdefault(cue, entry.type)
            if entry.kind == "verb":
                verbs.setdefault(cue, set()).add(entry.requires)
                if entry.requires is None:
                    contents[cue] = entry.content
            elif entry.kind == "noun":
                nouns.add(cue)
            else:
                preps.append(cue)
        return cls({lemma: frozenset(needs) for lemma, needs in verbs.items()}, frozenset(nouns), tuple(preps), contents, types, prep_needs, adjectives)

    def __post_init__(self) -> None:
        # each Doc's answers of is_cue_verb by token index, for the Docs of a batch: the clause splitter, the
        # relative-clause and second-report rules and the question tests ask about the same verbs again (about 1.7
        # calls per verb asked about), and the answer reads only the parse and this table, which no stage changes
        object.__setattr__(self, "_cue_verbs", RecentDocs(lambda doc: {}, RECENT_DOCS))

    def type_of(self, token: Token) -> Optional[str]:
        """speech, belief, evidential or directive: the type of the table entry a cue word belongs to."""
        for form in _base_forms(token):
            if form in self.types:
                return self.types[form]
        return None

    def reports_clause(self, token: Token) -> bool:
        """A speech, belief or evidential cue verb with a clause as its content ("said the talks had failed")."""
        return self.type_of(token) in ("speech", "belief", "evidential") and content_head(token) is not None

    def _takescontent_head(self, token: Token) -> bool:
        """A clause, or what the entry allows besides: a noun phrase object ("praised the deal"), an
        object with its predicate ("called it a hoax"), or, for speech, a quotation right after it
        ("said: “...”")."""
        if content_head(token) is not None:
            return True
        form = next((form for form in _base_forms(token) if form in self.contents), None)
        mode = self.contents.get(form, "clause") if form else "clause"
        objects = [child for child in token.children if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON")]
        if mode == "object" and objects and not _adjectival(token):
            return True
        # "proposed barring all visitors", "promised cutting taxes": a gerund with its own object is the thing
        # proposed or promised (R209)
        if mode == "object" and _gerund_content(token):
            return True
        if mode == "predicate" and objects and any(child.dep_ in ("oprd", "ccomp", "xcomp") or (child.dep_ == "prep" and child.lower_ == "as") for child in token.children):
            return True
        if mode == "predicate" and (any(_predicate_read_as_apposition(obj) or _quoted_predicate(obj) for obj in objects) or hidden_name(token)):
            return True
        kind = self.types.get(form or "", "")
        # an intention's content is its infinitive ("wants to repeal the law"; only in the broader scheme, R49)
        if kind == "intention" and any(child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") for child in token.children):
            return True
        # "..., fundraising documents show." and "a poll shows Sanders leading" report like speech (R52)
        if kind == "evidential" and (_after_comma(token) or _misparsed_clause(token) or self._finding(token, objects)):
            return True
        return kind == "speech" and (_answer(token) or _quotation_follows(token) or quotation_after_addressee(token) or quotation_precedes(token) or _after_comma(token) or _misparsed_clause(token) or _gerund_content(token) or _passive_report(token))

    def _finding(self, verb: Token, objects: list[Token]) -> bool:
        """"A poll shows the mayor with a lead", "the survey found 90 percent support for the toll": the noun
        object of an evidential verb is its finding when the subject is itself evidence, a noun of the table's
        evidential nouns (poll, survey, study; R177). "The mayor found a buyer" reports nothing."""
        subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i]
        # ... or a small clause: "found both men largely unknown", "has shown him trailing" (R312)
        return bool(subjects) and (bool(objects) and (objects[0].pos_ != "PRON" or person_placed(verb, objects[0])) or small_clause(verb)) and self.types.get(subjects[0].lemma_.lower()) == "evidential" and subjects[0].lemma_.lower() in self.nouns

    def verb_needs(self, token: Token) -> Optional[frozenset[Optional[str]]]:
        """The table entry of a verb, found by its lemma or, when the lemmatizer errs ("hopes" -> "hop"),
        by its form without the inflection."""
        # "That said," is a connective (R501); "continued to renew it", "add up to" report nothing (R926)
        if connective(token) or reports_nothing(token):
            return None
        for form in _base_forms(token):
            if form in self.verbs:
                return self.verbs[form]
        return None

    def is_cue_verb(self, token: Token) -> bool:
        """A cue verb with what makes it report something: a clausal complement or its required word."""
        known = self._cue_verbs(token.doc)
        answer = known.get(token.i)
        if answer is None:
            answer = known[token.i] = self._is_cue_verb(token)
        return answer

    def _is_cue_verb(self, token: Token) -> bool:
        needs = self.verb_needs(token)
        if needs is None or token.pos_ not in ("VERB", "AUX"):
            return False
        if None in needs and self._takescontent_head(token):
            return True
        # the required word is a dependent of the verb or of its object ("held the militia responsible"),
        # not a word deeper down ("called in to engage ... on their positions")
        # ... or the marker of its clause ("called for the allies to organize ...")
        words = {word.lower_ for child in token.children for word in (child, *(grand for grand in child.children if child.dep_ in OBJECT_DEPS or grand.dep_ == "mark"))}
        if "as" in needs and named_by_no_one(token, naming=self.type_of(token) == "speech"):
            return False
        # "described the plan during an interview as ...": the parser hangs the predicate's "as" below the object; "as
        # the crowd left" and "as well as" introduce no predicate (R510)
        if "as" in needs:
            words.discard("as")
            if predicate_as(token):
                words.add("as")
        # "pushed back the barriers" moves a thing; "pushed back on the charge" and "hit the mayor back" answer (R233)
        words -= {"back"} if any(child.dep_ == "dobj" and child.i > token.i + 1 and child.doc[token.i + 1].lower_ == "back" for child in token.children) else set()
        # a particle changes the verb ("called in"), unless it is the required word ("pointed out", "lashed out")
        return token.dep_ != "prt" and not any(child.dep_ == "prt" and child.lower_ not in needs for child in token.children) and any(need in words for need in needs if need)


def connective(verb: Token) -> bool:
    """"That said, the mayor cannot win outright": "that said" opening a sentence (after "But" or "And" at most) is a
    connective meaning "even so", not a report whose source is "That" (R501)."""
    doc = verb.doc
    if verb.i < 1 or verb.lemma_ != "say" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    subject = doc[verb.i - 1]
    opening = [token for token in doc[verb.sent.start : subject.i] if not token.is_space]
    return subject.lower_ in CONNECTIVE_SUBJECTS and all(token.dep_ == "cc" or token.is_punct for token in opening)


def _adjectival(token: Token) -> bool:
    """"won 758 pledged delegates", "the convention's pledged delegates": a past participle the parser hangs under a
    noun or a preposition, without a subject or an auxiliary of its own, describes the noun after it (R208)."""
    # a "subject" that ends in a possessive marker is the noun's possessor ("the convention's pledged delegates")
    if any(child.dep_ in ("aux", "auxpass") or (child.dep_ in ("nsubj", "nsubjpass") and child.right_edge.dep_ != "case") for child in token.children) or token.tag_ not in ("VBN", "VBD"):
        return False
    if any(child.dep_ == "nsubj" for child in token.children):
        return True
    # ... or reads as a verb right after a possessive, an article or a preposition's object ("in both pledged delegates")
    return token.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis") or (token.i > 0 and token.nbor(-1).dep_ in ("case", "det", "poss", "pobj", "nummod"))


def _misparsed_clause(token: Token) -> bool:
    """"says the populist movement appeals to ...", "said the words “amount to ...”": after "say" the
    parser may read the reported clause as a noun (R51); a noun object or complement that runs on for
    several words is that clause. "said it" stays no cue ("said so", "said yes" are answers, R138)."""
    if token.lemma_.lower() not in MISREAD_CLAUSE_CUES:
        return False
    objects = [child for child in token.children if child.dep_ in ("dobj", "ccomp") and child.pos_ in ("NOUN", "PROPN") and child.i > token.i]
    # "have said trimming those imports must be ...": a gerund subject read as the verb's complement
    objects += [child for child in token.children if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > token.i and any(grand.dep_ == "ccomp" for grand in child.subtree)]
    # "said for the first time that intelligence had passed ...": the that-clause hung on the phrase before it
    objects += [child for child in token.children if child.dep_ == "prep" and child.i > token.i and any(grand.lower_ == "that" and grand.dep_ in ("mark", "advmod") and grand.head.pos_ in ("VERB", "AUX") for grand in child.subtree)]
    return any(child.right_edge.i - token.i >= MISPARSED_CLAUSE_TOKENS for child in objects)


def _answer(token: Token) -> bool:
    """"46 percent said yes", "a third said the same", "he said so": an answer or an agreement stands for the
    proposition asked or said before it (R138)."""
    # only "say": "continues to draw support, and so ..." and "hard to answer no" report no answer
    return token.lemma_ == "say" and any(child.dep_ in ANSWER_DEPS and child.i > token.i and (child.lower_ in ANSWERS or (child.lower_ == "same" and child.i == token.i + 2 and token.nbor(1).lower_ == "the")) for child in token.children)


def _gerund_content(token: Token) -> bool:
    """"reported raising $9 million", "denied having met him": a gerund with its own object or complement
    after a speech verb is a clause reported (R120)."""
    # "continued screening people" goes on doing, it reports nothing
    return token.lemma_ != "continue" and any(child.dep_ in ("xcomp", "dobj", "ccomp") and child.tag_ == "VBG" and child.i > token.i and any(grand.dep_ in ("dobj", "ccomp", "attr", "acomp", "dative") for grand in child.children) for child in token.children)


def _passive_report(token: Token) -> bool:
    """"The visit was first reported by the Gazette": a passive report with its agent; the subject is what
    was reported and the agent who reported it (R117)."""
    children = [child.dep_ for child in token.children]
    return token.lemma_ in PASSIVE_REPORTS and "neg" not in children and "auxpass" in children and "nsubjpass" in children and any(child.dep_ == "agent" and any(grand.dep_ == "pobj" for grand in child.children) for child in token.children)


def _quotation_follows(token: Token) -> bool:
    """A quotation opens right after the verb, after at most a comma or colon ("said: “We will win”")."""
    doc = token.doc
    index = token.i + 1
    if index < len(doc) and doc[index].text in (",", ":"):
        index += 1
    while index < len(doc) and doc[index].is_space and "\n" not in doc[index].text:
        index += 1
    return index < len(doc) and doc[index].text in OPENING_QUOTES


def quotation_precedes(token: Token) -> bool:
    """A quotation closes right before the verb or its subject ("“We will win,” Trump said", "..., said Trump")."""
    doc = token.doc
    subjects = [child for child in token.lefts if child.dep_ in ("nsubj", "nsubjpass")]
    # of two subjects the parser gave the verb, the one next to it ("“Clearly an able person,” Roe said": the
    # quotation's noun read as a second subject; R205)
    start = subjects[-1].left_edge.i if subjects else token.i
    # the mark itself or a comma after it ("“...” Trump said", "“...”, Trump said"), not a full stop
    # between ("...fighters”. It “continues ...”")
    # ... inside the verb's sentence ("... to justice.” The search continued" is not)
    if inverted_after_quotation(token):
        return True
    if start - 1 <= sentence_starts(doc)[token.i]:
        return False
    before = doc[start - 1].text
    return before in CLOSING_QUOTES or (before == "," and doc[start - 2].text in CLOSING_QUOTES)


def _after_comma(token: Token) -> bool:
    """A speech verb after a comma, with its subject, that ends the sentence ("..., he said.",
    "..., said the director"): what comes before the comma is its content, even when the parser took
    it for a noun phrase."""
    doc = token.doc
    # a participle with no subject on either side reports nothing before the comma: "won the primary, adding to her
    # lead" (R401)
    if token.tag_ == "VBG" and not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
        return False
    subjects = [child for child in token.lefts if child.dep_ in ("nsubj", "nsubjpass")]
    # the subject next to the verb: the content before the comma may be read as a second subject (R205)
    start = subjects[-1].left_edge.i if subjects else token.i
    if start < 3 or doc[start - 1].text != ",":
        return False
    later = [other for other in doc[token.i + 1 : token.sent.end] if not other.is_punct and not other.is_space]
    # only the speaker, a time or a place may follow ("said Monday", "said in an interview")
    # an object before the verb is the fronted content the parser misread ("Those who take on debt struggle, he
    # said": "Those" as the object of "said", R204); only one after it is other content
    return all(other.i <= token.right_edge.i and other.dep_ not in ("ccomp", "dobj", "xcomp") for other in later) and not any(child.dep_ in ("ccomp", "dobj") and child.i > token.i for child in token.children)


def _base_forms(token: Token) -> Iterator[str]:
    yield token.lemma_.lower()
    lower = token.lower_
    yield lower
    for suffix in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            yield lower[: -len(suffix)]
    # the model lemmatizes "hoping" (and "hopes", "hoped") as "hop": the stem with its "e" back is the verb
    if lower.endswith("ing") and len(lower) > 5:
        yield lower[:-3] + "e"


def _has_own_subject(head: Token) -> bool:
    """"saying she was appalled": the parser may head a reported clause with an adjective or participle it
    tags as no verb; a complement with its own subject and auxiliary is still a clause (R41, R53)."""
    return head.pos_ in ("ADJ", "NOUN") and any(child.dep_ in ("nsubj", "nsubjpass") for child in head.children) and any(child.dep_ in ("aux", "auxpass", "cop") for child in head.children)


def content_head(verb: Token) -> Optional[Token]:
    """The head of the reported clause: a clausal complement headed by a verb (not a misparsed noun)."""
    # read off the Doc's columns: this runs for every cue candidate, and Token.children builds each child anew
    doc = verb.doc
    attrs = token_attrs(doc)
    dep, pos, lower, children = attrs.dep, attrs.pos, attrs.lower, attrs.children
    for child in children[verb.i]:
        if dep[child] in COMPLEMENT_DEPS and (pos[child] in ("VERB", "AUX") or _has_own_subject(doc[child])):
            return doc[child]
        if dep[child] == "xcomp" and pos[child] in ("VERB", "AUX") and any(form in INFINITIVE_CUES for form in _base_forms(verb)):
            # "he expected to focus on four brands", "they vowed to retaliate", "she promised to be a champion" (R208)
            return doc[child]
    # "stated the principle that ...", "stressed his view that ...": an object with a that-clause
    for child in children[verb.i]:
        if dep[child] == "dobj" and pos[child] == "NOUN":
            for clause in children[child]:
                if dep[clause] in NOUN_COMPLEMENT_DEPS and pos[clause] in ("VERB", "AUX") and any(dep[grand] == "mark" and lower[grand] == "that" for grand in children[clause]):
                    return doc[clause]
    return None


def _predicate_read_as_apposition(obj: Token) -> bool:
    """"termed the minister's claim a lie": the parser often hangs the predicate on the object as an
    apposition; with no comma between them it is the predicate the judging verb gives (R41)."""
    for child in obj.children:
        if child.dep_ == "appos" and child.i > obj.i:
            first = child.left_edge
            if first.i > 0 and first.nbor(-1).is_punct:
                continue
            return True
    return False


# How far after the object's head a quotation may open and still be the name given to it ("called the use of
# emergency orders “quite dangerous”").
MAX_QUOTED_PREDICATE_GAP = 8


def _quoted_predicate(obj: Token) -> bool:
    """"called the plan “a disaster”", "called that “beyond absurd”": a quotation right after a naming verb's
    object is the predicate it gives, wherever the parser hung the quoted words (R159). Only the object's own
    words may stand between them: "called the mayor to say “...”" quotes what was said, not a name."""
    doc = obj.doc
    subtree = {token.i for token in obj.subtree}
    for index in range(obj.i + 1, min(obj.i + 1 + MAX_QUOTED_PREDICATE_GAP, len(doc))):
        token = doc[index]
        if token.text in OPENING_QUOTES:
            return index + 1 < len(doc) and doc[index + 1].is_alpha
        if index not in subtree or token.text in (",", ":", ";", "."):
            return False
    return False
