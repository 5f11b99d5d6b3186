"""A participle clause set off by a comma after the speaker is no part of the source phrase (GUIDELINES R552)."""

from __future__ import annotations

from spacy.tokens import Span

# participles the parser tags as verbs that still name who is meant ("six papers, including the Gazette")
NAMING_PARTICIPLES = frozenset({"including", "excluding", "representing"})
# how the parser hangs a participle clause on the speaker's noun or on the cue verb
CLAUSE_DEPS = frozenset({"acl", "advcl"})


def without_participle_clause(source: Span) -> Span:
    """The source phrase up to a comma that opens a participle clause running to its end: "Jane Roe, speaking to
    reporters on Monday" -> "Jane Roe" (the clause says what the speaker was doing, not who speaks, as a time
    does, R128). A participle that names ("including ...") or a title ("managing director") stays."""
    for token in source[1:-1]:
        participle = token.doc[token.i + 1]
        if (
            token.text == ","
            and participle.tag_ == "VBG"
            and participle.dep_ in CLAUSE_DEPS
            and participle.lower_ not in NAMING_PARTICIPLES
            and participle.right_edge.i + 1 >= source.end
        ):
            return source.doc[source.start : token.i]
    return source
