"""A rate's time unit: 'hundreds of interviews a day', '$400 million a year', 'at a rate of 15 a year' (GUIDELINES R984).

TimeML 1.2.1 reads "a day" after an amount as a SET (how often), not as a DURATION: the amount is counted per
unit of time, as in "twice a day".
"""

from __future__ import annotations

from spacy.tokens import Span

# "a" and "an" name one unit; "per day" is the same rate
RATE_ARTICLES = frozenset({"a", "an", "per"})
# after these the unit measures a distance in time, not a rate: "ten people a day after the attack", "a year of talks"
NOT_A_RATE_AFTER = frozenset({"after", "before", "later", "earlier", "ago", "since", "from", "of", "or", "and", "to", "'s", "’s"})
# a plural noun counts only when counted itself: "dozens of interviews a day", not "gave the rebels a week"
COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "several", "many", "few"})
COUNT_REACH = 3
# an amount's last word besides a number or a plural noun: "5 percent a year", "$1 million a year"
AMOUNT_WORDS = frozenset({"percent", "%", "cent", "million", "billion", "thousand", "hundred", "dozen"})


def is_a_rate(span: Span) -> bool:
    """'a day' right after an amount ('24 hours a day', '15 a year', 'interviews a day') is how often."""
    doc = span.doc
    if len(span) != 2 or span[0].lower_ not in RATE_ARTICLES or span.start == 0:
        return False
    amount = doc[span.start - 1]
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.lower_ in NOT_A_RATE_AFTER:
        return False
    if amount.like_num or amount.lower_ in AMOUNT_WORDS:
        return True
    counted = doc[max(0, amount.i - COUNT_REACH) : amount.i]
    return amount.tag_ in {"NNS", "NNPS"} and any(token.like_num or token.lower_ in COUNT_WORDS for token in counted)
