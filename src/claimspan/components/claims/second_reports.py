"""A second report beside the first in one sentence (GUIDELINES R176): "Six in 10 said A, and three-quarters
said B". The parser often hangs the second cue verb inside the first report, where split_clauses (clauses.py)
would not look for a clause; this finds it so that each report becomes a claim with its own source.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .cues import content_head

# Words that join a second report to the first ("..., and three-quarters said ...", "while 22 percent said ...").
SECOND_REPORT_JOINS = frozenset({"and", "but", "while", "whereas", "yet", "although", "though"})
# Subjects that stand for the clause before them, not for a speaker ("which officials said", "who said").
RELATIVE_WORDS = frozenset({"that", "which", "who", "what", "whom", "whose"})


def second_reports(heads: list[Token], start: int, is_cue_verb: Callable[[Token], bool]) -> list[Token]:
    """"Six in 10 said A, and three-quarters said B", "74 percent said A, while 22 percent said B": a second
    cue verb with its own subject after "and", "but" or "while" is a clause of its own (GUIDELINES R176), though
    the parser hangs it inside the first report (on its cue or on the head of its content). Only the cue
    heads found so far and their contents' heads are looked at."""
    found = []
    for head in heads:
        if not is_cue_verb(head):
            continue
        content = content_head(head)
        for parent in (head, content) if content is not None else (head,):
            for child in parent.children:
                # after its parent: "finds that, while 37 percent say A, 22 percent say B" is all the poll's
                if child.i > parent.i and child.i > head.i and child.dep_ in ("ccomp", "conj", "advcl") and child not in heads and child not in found and _second_report(child, start, is_cue_verb):
                    found.append(child)
    return found


def _second_report(verb: Token, start: int, is_cue_verb: Callable[[Token], bool]) -> bool:
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") and child.i < verb.i]
    # (a cue verb is a verb: is_cue_verb checks its part of speech)
    if not subjects or subjects[0].lower_ in RELATIVE_WORDS or not is_cue_verb(verb):
        return False
    doc = verb.doc
    first = subjects[0].left_edge.i
    # the joining word right before the subject, as the verb's own marker or a word the parser hung elsewhere
    # ("that" after it makes the rest the first speaker's words: "said A and that he believed B")
    return first - 1 > start and doc[first - 1].lower_ in SECOND_REPORT_JOINS and not any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children)
