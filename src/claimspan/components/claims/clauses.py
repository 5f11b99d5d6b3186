"""Split a parsed sentence into main clauses, each a candidate claim, and drop what asserts nothing.

Candidate split points (GUIDELINES R27):
- a coordinated verb with its own subject ("X did A and Y did B");
- a coordinated attribution verb ("X did A and claimed B"), whose assertion differs in kind;
- a semicolon between two verbs;
- an adverbial clause with its own subject introduced by when/although/though/as/while/whereas.
The component keeps the split only when the parts differ in type, polarity or source. Relative and
complement clauses always stay inside their main clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
SUBORDINATE_MARKS = frozenset({"while", "whereas", "when", "although", "though", "as"})
EDGE_DEPS = frozenset({"cc", "punct", "mark"})
TERMINAL = (".", "!", "?", "”", '"', "''", "’", ")", "…")
DASHES = frozenset({"-", "—", "–", "--"})
# A dateline or boilerplate prefix ("KABUL, Afghanistan (Sept. 1) - ") is at most this many tokens.
MAX_PREFIX = 16
# Words that carry no checkable content of their own.
LIGHT_VERBS = frozenset({"be", "have", "do", "become", "seem", "get"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM"})


@dataclass(frozen=True)
class Clause:
    """One main clause: its head verb and its token range [start_token, end_token) in the Doc."""

    head: Token
    start_token: int
    end_token: int


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def has_subject(token: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)


def split_clauses(sent: Span, *, is_cue_verb: Callable[[Token], bool]) -> list[Clause]:
    """The candidate main clauses of a sentence, in text order, without the joining words.

    The component merges them back into one sentence-wide claim when they agree in type, polarity
    and source (GUIDELINES R27), so this function may over-split.
    """
    start = _content_start(sent)
    root = sent.root
    if start >= sent.end or not is_verb(root) or _is_question(sent) or root.i < start:
        return []
    heads = [root]
    queue = [root]
    while queue:
        head = queue.pop()
        for child in head.children:
            if child.i >= start and is_verb(child) and _starts_clause(child, head, is_cue_verb):
                heads.append(child)
                queue.append(child)
    ranges = {head.i: ((start, sent.end) if head is root else (_clause_start(head, start), head.right_edge.i + 1)) for head in heads}
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
        begin, end = _trim(sent, begin, end, leading=not (head is root and begin == start))
        if begin <= head.i < end:
            clauses.append(Clause(head=head, start_token=begin, end_token=end))
    return sorted(clauses, key=lambda clause: clause.start_token)


def whole_sentence(sent: Span) -> Clause:
    """The sentence as one clause (after any dateline), for clauses that agree and are merged back."""
    begin, end = _trim(sent, _content_start(sent), sent.end, leading=False)
    return Clause(head=sent.root, start_token=begin, end_token=end)


def is_checkable(span: Span, *, min_content: int = 2) -> bool:
    """A clause asserts something checkable when it has a content verb (not be/have/do) or at least
    `min_content` nouns, names and numbers: "But there is an important caveat to this." has neither."""
    if any(token.pos_ == "VERB" and token.lemma_.lower() not in LIGHT_VERBS for token in span):
        return True
    return sum(1 for token in span if token.pos_ in CONTENT_POS) >= min_content


def ends_as_sentence(sent: Span) -> bool:
    """A line without final punctuation is a headline, dateline or boilerplate, not an assertion."""
    text = sent.text.rstrip()
    if text.endswith(TERMINAL):
        return True
    after = sent.doc.text[sent.end_char : sent.end_char + 1] if sent.end < len(sent.doc) else "\n"
    trailing = sent.text[len(text) :]
    return not ("\n" in trailing or "\u2028" in trailing or after in ("\n", "\u2028", ""))


def _starts_clause(child: Token, head: Token, is_cue_verb: Callable[[Token], bool]) -> bool:
    if child.dep_ == "conj":
        return has_subject(child) or is_cue_verb(child) or _after_semicolon(child, head)
    if child.dep_ == "parataxis":
        return has_subject(child) and _after_semicolon(child, head)
    if child.dep_ == "advcl":
        marks = [grand for grand in child.children if grand.dep_ in ("mark", "advmod") and grand.lower_ in SUBORDINATE_MARKS]
        return bool(marks) and has_subject(child)
    return False


def _after_semicolon(child: Token, head: Token) -> bool:
    left = child.left_edge.i
    return any(token.text == ";" for token in child.doc[head.i + 1 : left])


def _clause_start(head: Token, floor: int) -> int:
    """First token of the clause headed by `head`: its leftmost dependent, past joining words."""
    index = max(head.left_edge.i, floor)
    while index < head.i and (head.doc[index].dep_ in EDGE_DEPS or head.doc[index].is_space):
        index += 1
    return index


def _trim(sent: Span, start: int, end: int, *, leading: bool) -> tuple[int, int]:
    """Drop spaces, trailing commas and the final full stop, and (if leading) the joining words before a clause."""
    doc = sent.doc
    while start < end and (doc[start].is_space or leading and doc[start].dep_ in ("cc", "punct", "mark") and doc[start].text not in ("“", '"', "``", "‘", "(")):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in (".", ",", ";", ":", "—", "-") or doc[end - 1].dep_ in ("cc", "mark")):
        end -= 1
    return start, end


def _content_start(sent: Span) -> int:
    """Skip a leading dateline or boilerplate line: text before a line break or a dateline dash
    that has no verb of its own (wire copy: "Download PDF  KABUL, Afghanistan (Sept. 1) - An ...")."""
    start = sent.start
    for token in sent[: MAX_PREFIX + 1]:
        prefix = sent.doc[start : token.i]
        is_break = token.is_space and ("\n" in token.text or "\u2028" in token.text)
        # a dateline dash follows a place name in capitals ("KABUL, Afghanistan (Sept. 1) - ")
        is_dash = token.text in DASHES and token.whitespace_ and any(word.is_upper and word.is_alpha and len(word) > 2 for word in prefix)
        if (is_break or is_dash) and len(prefix) and not any(is_verb(word) and word.tag_ != "NNP" for word in prefix):
            start = token.i + 1
    return start


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("”\"’')").endswith("?")
