"""A participle after a speech act is no cue of the act (GUIDELINES R253): "The government has denied the figures,
calling them exaggerated" is a denial; "calling" names how it was made, and the act the clause's verb reports is
the cue."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .cues import CueTable
from .speakers import Attribution

# How a participle hangs on the verb it follows after a comma.
TRAILING_PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp"})
# The types of act whose verb is the cue of its clause before a trailing participle.
HEAD_ACT_TYPES = frozenset({"speech", "directive"})


def head_act(own: Optional[Attribution], inner: Optional[Attribution], head: Token, cues: CueTable) -> Optional[Attribution]:
    """The clause's own speech act (`own`, whose content is an object: "denied the figures") when the attribution
    found further in (`inner`) is only a participle hung on the act's verb after a comma; else `inner`."""
    # a directive act too ("urged a strong stand, saying that ...", "called for an inquiry, saying ...", R452)
    if own is None or inner is None or len(inner.cue) != 1 or cues.type_of(head) not in HEAD_ACT_TYPES:
        return inner
    participle = inner.cue[0]
    doc = head.doc
    # ("defended the choice by saying that ..." reports through the participle: no comma before it)
    if participle.tag_ != "VBG" or participle.head != head or participle.dep_ not in TRAILING_PARTICIPLE_DEPS or participle.i <= head.i:
        return inner
    if doc[participle.i - 1].text != "," or any(child.dep_ == "nsubj" for child in participle.children):
        return inner
    return own
