"""Split a parsed sentence into main clauses, each a candidate claim, and drop what asserts nothing.

Candidate split points (GUIDELINES R27):
- a coordinated verb with its own subject ("X did A and Y did B");
- a coordinated attribution verb ("X did A and claimed B"), whose assertion differs in kind;
- a semicolon between two verbs;
- an adverbial clause with its own subject introduced by when/although/though/as/while/whereas;
- a participial cue after a comma on a verb that is no cue ("He declined to comment, saying that ...");
- a ", so" before a clause with its own finite verb ("Neither side wants X, so Y is a compulsion").
A sentence whose parse has no verbal root (the parser took a noun for the root) still gives one
clause if it has a finite verb (`fallback_head`).
The component keeps the split only when the parts differ in type, polarity or source. Relative and
complement clauses always stay inside their main clause.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Span, Token

from ...extensions import span_text
from .cues import connective
from .clause_spans import CONDITIONAL_MARKS, SUBORDINATE_MARKS, closing_quote_end, content_start, is_verb, trim_clause
from .quotation_marks import quotation_end
from .second_reports import second_reports
from .token_attrs import token_attrs

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
EDGE_DEPS = frozenset({"cc", "punct", "mark"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NON_MAIN_DEPS = frozenset({"relcl", "acl", "advcl", "amod", "ccomp", "xcomp", "csubj", "pcomp"})
TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "until", "once", "while"})


@dataclass(frozen=True)
class Clause:
    """One main clause: its head verb and its token range [start_token, end_token) in the Doc."""

    head: Token
    start_token: int
    end_token: int


def has_subject(token: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)


def split_clauses(sent: Span, *, is_cue_verb: Callable[[Token], bool], is_reported: Optional[Callable[[Token], bool]] = None) -> list[Clause]:
    """The candidate main clauses of a sentence, in text order, without the joining words.

    The component merges them back into one sentence-wide claim when they agree in type, polarity
    and source (GUIDELINES R27), so this function may over-split.
    """
    start = content_start(sent)
    root = sent.root
    if connective(root):
        # "That said, farmers say ...": the parser may make the connective the sentence's head (R501)
        root = next((child for child in root.children if child.dep_ == "ccomp" and child.i > root.i), root)
    if start >= sent.end or _is_question(sent):
        return []
    if root.i < start or not is_verb(root) or _bare_participle(root):
        # the parser took a noun, or a participle without an auxiliary, for the main verb, or made the dateline the
        # root and the report hang on it ("KARACHI: The provincial government closed ...", R273)
        head = fallback_head(sent.doc[start : sent.end])
        if head is None and is_verb(root):
            head = root
        if head is None:
            return []
        return _split_at_so([whole_sentence(sent, head=head)], sent)
    heads = [root]
    queue = [root]
    while queue:
        head = queue.pop()
        for child in head.children:
            if child.i >= start and is_verb(child) and (_starts_clause(child, head, is_cue_verb) or _reporting_adverbial(child, is_reported)):
                heads.append(child)
                queue.append(child)
    if is_reported is not None:
        heads += _relative_cues(sent, start, is_cue_verb, is_reported)
        heads += second_reports(heads, start, is_cue_verb)
    ranges = {head.i: ((start, sent.end) if head is root else (_clause_start(head, start), quotation_end(sent, head, is_cue_verb))) for head in heads}
    clauses = []
    for head in heads:
        low, high = ranges[head.i]
        covered = set()
        for other, (other_low, other_high) in ranges.items():
            if other != head.i and low <= other_low and other_high <= high:
                covered.update(range(other_low, other_high))
        begin, end = head.i, head.i + 1
        while begin - 1 >= low and begin - 1 not in covered:
            begin -= 1
        while end < high and end not in covered:
            end += 1
        # the sentence's first clause keeps its opening words ("But", "In fact,"); others start at their subject
        begin, end = trim_clause(sent, begin, end, leading=not (head is root and begin == start))
        end = closing_quote_end(sent, end)
        if begin <= head.i < end:
            clauses.append(Clause(head=head, start_token=begin, end_token=end))
    return _split_at_so(sorted(clauses, key=lambda clause: clause.start_token), sent)


def _reporting_adverbial(child: Token, is_reported: Optional[Callable[[Token], bool]]) -> bool:
    """An adverbial clause with its own subject that reports speech ("after the minister said the
    talks had failed", "as the report found that ..."): a claim of its own (GUIDELINES R44)."""
    # only a time clause: a reason or a condition ("because it thinks that ...") is part of the argument
    return is_reported is not None and child.dep_ == "advcl" and has_subject(child) and any(grand.dep_ in ("mark", "advmod") and grand.lower_ in TIME_MARKS for grand in child.children) and is_reported(child)


def _relative_cues(sent: Span, start: int, is_cue_verb: Callable[[Token], bool], is_reported: Callable[[Token], bool]) -> list[Token]:
    """A relative clause that ends the sentence and reports what someone said ("..., who said the talks
    had failed", "the list, which the campaign says includes ..."): a claim of its own (GUIDELINES R44)."""
    doc = sent.doc
    last = sent.end
    while last > start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    found = []
    relative = token_attrs(doc).relative_clauses
    # only a relative clause's verb can qualify: the Doc's sorted list of them spares a look at every other word
    for token in (doc[index] for index in relative[bisect_left(relative, start) : bisect_left(relative, last)]):
        if token.right_edge.i + 1 < last:
            continue
        # the cue heads the relative clause, or its complement does ("which the campaign says includes")
        cue = token if is_cue_verb(token) else next((child for child in token.children if child.dep_ == "ccomp" and is_cue_verb(child)), None)
        # a passive ("which was announced by Ford") keeps its clause in the sentence
        if cue is not None and token.left_edge.i > start and not any(child.dep_ == "auxpass" for child in cue.children) and is_reported(cue):
            found.append(token)
    return found


def whole_sentence(sent: Span, *, head: Optional[Token] = None) -> Clause:
    """The sentence as one clause (after any dateline), for clauses that agree and are merged back."""
    begin, end = trim_clause(sent, content_start(sent), sent.end, leading=False)
    return Clause(head=head if head is not None else sent.root, start_token=begin, end_token=end)


def is_finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and (token.tag_ in FINITE_TAGS or "Fin" in token.morph.get("VerbForm"))


def fallback_head(span: Span) -> Optional[Token]:
    """The main verb of a clause whose parse has a noun for its root, or None when it has no finite
    verb (a verbless line asserts nothing). Preferred: a finite verb outside a relative clause, then a
    past form the parser took for a modifier ("talks ... explored avenues"), then any finite verb
    ("This at a time when the envoy was in Kabul")."""
    finite = [token for token in span if is_finite(token)]
    if not finite:
        return None
    verbs = [token for token in finite if token.dep_ not in ("aux", "auxpass")]
    main = [token for token in verbs if token.dep_ not in NON_MAIN_DEPS]
    if main:
        return main[0]
    past = [token for token in span if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN") and token.dep_ == "amod"]
    if past:
        return past[-1]
    return verbs[0] if verbs else finite[0].head


def _bare_participle(root: Token) -> bool:
    """A participle root with no auxiliary or subject of its own ("This at a time when the envoy
    was in Kabul holding talks"): a fragment whose finite verb is elsewhere."""
    if root.tag_ not in ("VBG", "VBN"):
        return False
    auxiliaries = [child for child in root.children if child.dep_ in ("aux", "auxpass")]
    named_subjects = [child for child in root.children if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON"]
    return not auxiliaries and not named_subjects


def _split_at_so(clauses: list[Clause], sent: Span) -> list[Clause]:
    """Cut a clause at ", so" (", so that") followed by a finite verb: the result is a clause of its
    own ("Neither side wants a breakdown, so re-engagement is a compulsion"); the parser rarely
    attaches it as a coordinated clause."""
    doc = sent.doc
    result = []
    for clause in clauses:
        lowers = token_attrs(doc).lower
        cut = next((index for index in range(clause.start_token + 1, max(clause.end_token - 1, clause.start_token + 1)) if lowers[index] == "so" and doc[index - 1].text in (",", ";")), None)
        if cut is None:
            result.append(clause)
            continue
        after = cut + 1 + (doc[cut + 1].lower_ == "that")
        left, right = doc[clause.start_token : cut - 1], doc[after : clause.end_token]
        right_head = _range_head(right)
        if right_head is None or not any(is_finite(token) for token in right) or not len(left):
            result.append(clause)
            continue
        left_head = clause.head if clause.start_token <= clause.head.i < cut - 1 else _range_head(left)
        begin, end = trim_clause(sent, left.start, left.end, leading=False)
        if left_head is not None and begin <= left_head.i < end:
            result.append(Clause(head=left_head, start_token=begin, end_token=end))
        begin, end = trim_clause(sent, right.start, right.end, leading=True)
        if begin <= right_head.i < end:
            result.append(Clause(head=right_head, start_token=begin, end_token=end))
    return result


def _range_head(span: Span) -> Optional[Token]:
    """The verb heading a stretch of tokens: a verb whose head lies outside it, else a finite verb."""
    outside = [token for token in span if is_verb(token) and token.dep_ not in ("aux", "auxpass") and not span.start <= token.head.i < span.end]
    if outside:
        return outside[0]
    return fallback_head(span)


def _starts_clause(child: Token, head: Token, is_cue_verb: Callable[[Token], bool]) -> bool:
    if child.dep_ in ("ccomp", "parataxis", "conj") and child.i < head.i and _before_semicolon(child, head):
        # "X says that ...; it noted that ...": the parser hangs the first clause on the second
        return True
    if child.tag_ == "VBG" and child.dep_ in ("advcl", "xcomp", "conj") and is_cue_verb(child) and not is_cue_verb(head) and _after_comma(child):
        # "He declined to comment, saying that ...": the participle reports what the writer's clause does not
        return True
    if child.dep_ == "conj":
        return (has_subject(child) and _joined(child)) or is_cue_verb(child) or _after_semicolon(child, head)
    if child.dep_ == "parataxis":
        return has_subject(child) and _after_semicolon(child, head)
    if child.dep_ == "advcl":
        marks = [grand for grand in child.children if grand.dep_ in ("mark", "advmod") and grand.lower_ in SUBORDINATE_MARKS]
        return bool(marks) and has_subject(child)
    return False


def _joined(child: Token) -> bool:
    """A coordinated clause follows a conjunction or punctuation ("..., and Y did B"); a "conj" right
    after a word is a misparse (the verb "'s" of a misspelt "it's total number ... jump to")."""
    doc = child.doc
    left = max(child.left_edge.i - 1, 0)
    for token in doc[left : child.i]:
        if token.is_punct or token.dep_ in ("cc", "preconj") or token.lower_ in ("and", "but", "or", "nor", "yet", "so"):
            return True
        if token.i >= child.left_edge.i:
            break
    return child.left_edge.i == 0 or child.i < child.head.i


def _after_semicolon(child: Token, head: Token) -> bool:
    left = child.left_edge.i
    return any(token.text == ";" for token in child.doc[head.i + 1 : left])


def _before_semicolon(child: Token, head: Token) -> bool:
    return any(token.text == ";" for token in child.doc[child.right_edge.i + 1 : head.left_edge.i if head.left_edge.i > child.right_edge.i else head.i])


def _after_comma(child: Token) -> bool:
    left = child.left_edge.i
    return left > 0 and child.doc[left - 1].text in (",", ";")


def _clause_start(head: Token, floor: int) -> int:
    """First token of the clause headed by `head`: its leftmost dependent, past joining words."""
    index = max(head.left_edge.i, floor)
    while index < head.i and (head.doc[index].dep_ in EDGE_DEPS and head.doc[index].lower_ not in CONDITIONAL_MARKS or head.doc[index].is_space):
        index += 1
    return index












def _is_question(sent: Span) -> bool:
    return span_text(sent).rstrip().rstrip("”\"’')").endswith("?")
