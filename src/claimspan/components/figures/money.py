"""Money written the ways of world news: signs and codes against the digits, local currency names, hyphenated
amounts, local signs read on the article's evidence (GUIDELINES R23, R25, R147-R150, R280-R285). Called per number
or per currency word; the one pass over the Doc is a vectorised look-up of the currency names that vouch for a sign."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ...extensions import entities, span_text, tokens_text
from ...figure_lexicon import FigureLexicon, States, normalise
from ...tables import folded
from ..provinces import states_of_provinces
from .syntax import HYPHENS, MEASURE_UNITS, NAME_TAGS, Candidate, phrase_length

# an ISO code before a number under this with no scale or decimals names an edition or a model, not an
# amount: "COP 27", "COP15" (the climate conferences), as a year after a name makes an edition (R75)
EDITION_BELOW = 100


# digits written against a sign: "N5", "GH¢500", "Sh5"
GLUED_PREFIX = re.compile(r"(?P<prefix>[A-Z][A-Za-z]{0,2}[^\w\s]?|[^\w\s])(?P<number>\d[\d,.]*\d|\d)")


# a number the scale after it reads that is no number alone: a decimal comma ("92,2 million", R149) or a range
# written against its dash ("1.2–1.4 trillion"; spaCy splits hyphens, not en dashes)
SCALED_NUMBER = re.compile(r"\d{1,3},\d{1,2}|\d[\d,.]*[–—]\d[\d,.]*")


STATE_WORD = hash_string("state")


# the entity types that name a state or its people ("Mexico", "Korean") where the actor stage keeps no actor
STATE_ENTITIES = frozenset({"GPE", "NORP"})


def article_states(doc: Doc, lexicon: FigureLexicon) -> States:
    """The states the actor stage found in the article (the main state: the dateline's, else the one named most, if
    one is), and as named also the states the NER's places and peoples name, by the names the currency table knows."""
    named = Counter(span.kb_id_.split(":", 1)[1] for span in doc.spans.get("actors", ()) if span.kb_id_.startswith("country:"))
    ranked = named.most_common(2)
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    # the dateline's state is the article's home ("ISLAMABAD: ... Rs 2 billion" in a story that also names India, R251)
    home = doc._.home_state
    if home is not None:
        main = home
        named[home] += 1
    places = {lexicon.state_names.get(span_text(ent).lower()) for ent in entities(doc) if ent.label_ in STATE_ENTITIES}
    # a province or region of one state only names that state too: 'Rs500 million' in a story from Khyber
    # Pakhtunkhwa is in Pakistani rupees (R182)
    lower = doc.to_array(LOWER)
    provinces = states_of_provinces(doc, lexicon.place_states) | _states_of_titled_provinces(doc, lower, lexicon)
    return States(main, frozenset(named) | (places - {None}) | provinces, _signs_vouched_for(lower, lexicon))


def _signs_vouched_for(lower: numpy.ndarray, lexicon: FigureLexicon) -> frozenset[str]:
    """The local signs whose currency's name the article writes: "naira" anywhere makes "N5 billion" naira (R281)."""
    if not lexicon.local_words:
        return frozenset()
    # a few words: one comparison with the column each costs less than intersect1d's sort of the whole column
    present = [word for word in lexicon.local_words if (lower == numpy.uint64(hash_string(word))).any()]
    return frozenset(sign for word in present for sign in lexicon.local_words[word])


def _states_of_titled_provinces(doc: Doc, lower: numpy.ndarray, lexicon: FigureLexicon) -> frozenset[str]:
    """The states of provinces named with a capital "State" after them, which the NER often leaves untagged:
    Nigeria's "Lagos State", "Cross River State" (R285, as R182 reads a tagged province)."""
    found = set()
    for index in numpy.flatnonzero(lower == STATE_WORD).tolist():
        if doc[index].text != "State":
            continue
        for length in (2, 1):
            name = doc[max(index - length, 0) : index]
            state = lexicon.place_states.get(folded(span_text(name))) if len(name) == length and name[0].is_title else None
            if state is not None:
                found.add(state)
                break
    return frozenset(found)


def glued_pattern(lexicon: FigureLexicon) -> re.Pattern:
    """A token that is a currency and a number written together (lower case): "hk$35", "usd105,000",
    "qr330.7mn", "r92", "12cup", "$250million" is read by the scale alone."""
    signs = sorted((phrase for phrase in lexicon.currencies if " " not in phrase and not phrase.isalpha() or phrase in lexicon.codes or len(phrase) <= 3 and lexicon.currencies[phrase]), key=len, reverse=True)
    scales = sorted(lexicon.scales, key=len, reverse=True)
    sign = "|".join(re.escape(phrase) for phrase in signs)
    scale = "|".join(re.escape(phrase) for phrase in scales)
    number = r"\d[\d,.]*\d|\d"
    codes = "|".join(sorted(code for code in lexicon.codes if not is_measure(code)))
    return re.compile(rf"(?P<sign>{sign})(?P<number>{number})(?:{scale})?|(?P<digits>{number})(?P<code>{codes})")


def is_measure(code: str) -> bool:
    """A code that is also a measure's abbreviation after a number: "50KGS" of maize are kilograms, not Kyrgyz som."""
    return code.lower() in MEASURE_UNITS or code.lower().rstrip("s") in MEASURE_UNITS


def is_glued_money(token: Token, match: Optional[re.Match], lexicon: FigureLexicon) -> bool:
    """A glued currency and number, with a code written in capitals ("USD105,000", not "usd105,000") and no
    edition number after a code ("COP15")."""
    if match is None:
        return False
    if match.group("code"):
        return token.text[match.start("code") :].isupper()
    sign = match.group("sign")
    if sign.isalpha() and token.text[: len(sign)].islower():
        return False  # an abbreviation is capitalised: "R92", "Dh800", not "r92"
    if sign in lexicon.local_signs and not _is_an_amount(token, match, lexicon):
        return False  # "N95" masks, "K2" the mountain: a one-letter sign counts before a scale or grouped thousands (R281)
    if sign in lexicon.codes:
        prefix = token.text[: len(sign)]
        number = match.group("number")
        scaled = match.end("number") < len(token.text) or token.i + 1 < len(token.doc) and token.nbor().lower_ in lexicon.scales
        return prefix.isupper() and not (number.isdigit() and int(number) < EDITION_BELOW and not scaled)
    return True


def _is_an_amount(token: Token, match: re.Match, lexicon: FigureLexicon) -> bool:
    """A number after a local sign that reads as an amount: a scale after it ("N5 billion", "K3bn") or grouped thousands ("N200,000")."""
    if "," in match.group("number") or match.end("number") < len(token.text):
        return True
    return token.i + 1 < len(token.doc) and token.nbor().lower_ in lexicon.scales


def digits_before_scale(doc: Doc, index: int, lexicon: FigureLexicon) -> Optional[bool]:
    """For a scale word at index, a token before it that ends in digits the number reading did not take: None if
    there is none; True if it is the scale's number ("92,2 million", "$1.2–1.4 trillion"), False if not ("N5
    billion" with no naira evidence read, "G7 billion"): the scale alone is never the figure (R280)."""
    if not index or doc[index].lower_ not in lexicon.scales or not doc[index - 1].text[-1:].isdigit():
        return None
    return SCALED_NUMBER.fullmatch(doc[index - 1].text) is not None


def unread_prefix(doc: Doc, start: int, end: int, lexicon: FigureLexicon) -> int:
    """Characters of a prefix against a figure's first digits that no currency reading took, when a scale follows:
    "N5 billion" in an article with no naira in it is 5e9 with no currency (R280)."""
    match = GLUED_PREFIX.fullmatch(doc[start].text)
    if match is None or end - start < 2 or doc[start + 1].lower_ not in lexicon.scales:
        return 0
    return match.end("prefix") if normalise(match.group("prefix")) in lexicon.currencies else 0


def is_code_before(doc: Doc, start: int, core_end: int, lexicon: FigureLexicon) -> bool:
    """An ISO code written in capitals right before the number, which is not an edition's: "MNT 6.5 billion", not "COP 27"."""
    previous = doc[start - 1]
    if previous.lower_ not in lexicon.codes or not previous.text.isupper():
        return False
    number = tokens_text(doc, start, core_end)
    return not (core_end - start == 1 and number.isdigit() and int(number) < EDITION_BELOW)


def space_grouped_end(doc: Doc, end: int) -> int:
    """The end of a number whose thousands are grouped by spaces ("R75 000", "N$2 000"): the groups of three
    digits after it, each after one space. Called only after a currency sign."""
    while end < len(doc) and doc[end - 1].whitespace_ == " " and len(doc[end].text) == 3 and doc[end].text.isdigit() and doc[end - 1].text[-1].isdigit():
        end += 1
    return end


def hyphenated_currency_end(doc: Doc, end: int, lexicon: FigureLexicon, states: States) -> int:
    """The end of a hyphenated amount after a number ("30-million-dollar", "69.8-million-peso", "44-baht"),
    or 0: hyphens and words written together, a scale word then a currency name."""
    index = end
    while index + 1 < len(doc) and doc[index].text in HYPHENS and not doc[index - 1].whitespace_ and not doc[index].whitespace_:
        word = doc[index + 1]
        if word.lower_ in lexicon.scales:
            index += 2
            continue
        if word.is_alpha and lexicon.currency_of(word.lower_, states) is not None:
            return index + 2
        return 0
    return 0


def sign_before(doc: Doc, atom: Candidate, lexicon: FigureLexicon, states: States) -> int:
    """Tokens of the currency sign or code before the number ("US$ 1.6", "Rs 10bn", "MNT 6.5 billion"), or 0."""
    length = phrase_length(doc, atom.start, lexicon.currencies, forward=False)
    written = tokens_text(doc, atom.start - length, atom.start) if length else ""
    if length and (written.islower() or lexicon.currency_of(written, states) is None):
        return 0  # a currency word goes after the number: not "the dollars 5"
    if length and normalise(written) in lexicon.codes and not is_code_before(doc, atom.start, atom.core_end, lexicon):
        return 0  # a code counts in capitals and not before an edition's number ("all 5", "COP 27")
    if len(written) == 1 and normalise(written) in lexicon.local_signs and not _is_spaced_amount(doc, atom, lexicon):
        return 0  # a letter before a bare small number is a name's ("Grid N 12"), as "N95" is (R281)
    return length


def _is_spaced_amount(doc: Doc, atom: Candidate, lexicon: FigureLexicon) -> bool:
    """The number after a spaced one-letter local sign reads as an amount: a scale in it or grouped thousands."""
    number = doc[atom.core_start : atom.core_end]
    return any(token.lower_ in lexicon.scales or "," in token.text for token in number)


def currency_after(doc: Doc, atom: Candidate, after: int, lexicon: FigureLexicon, states: States) -> int:
    """Tokens of the currency word, code or sign after the number ("5 million dollars", "35,000 baht", "5€"), or 0."""
    length = phrase_length(doc, after, lexicon.currencies, forward=True)
    written = tokens_text(doc, after, after + length) if length else ""
    if not length:
        return 0
    if not any(character.isalpha() for character in written):
        return 0 if doc[after - 1].whitespace_ else length  # a sign after a number counts only when written against it ("5€")
    if normalise(written) in lexicon.local_signs:
        return 0  # a local sign goes before the number ("K500 million"); after one, "K" is a thousand (R281)
    if lexicon.currency_of(written, states) is None or normalise(written) in lexicon.codes and (not written.isupper() or is_measure(written)):
        return 0  # a shared name of no state the article names (R147); a code in lower case or a measure's ("50 KGS")
    return 0 if _verb_after_a_name(doc, atom, after) else length


def _verb_after_a_name(doc: Doc, atom: Candidate, index: int) -> bool:
    """A currency word read as a verb after a name's number is the verb: "CFC 1 won the final" (a team); the
    tagger also reads "won" in "lost 20 million won in the crash" as a verb, so the tag alone does not tell."""
    previous = doc[atom.start - 1] if atom.start else None
    return doc[index].pos_ in ("VERB", "AUX") and previous is not None and previous.tag_ in NAME_TAGS and previous.is_alpha
