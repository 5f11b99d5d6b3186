"""Read a figure's text into a number, a range or a vague amount: pure functions, no spaCy.

read_figure("an estimated 6,000-6,500", lexicon) -> Quantity(value=6250, low=6000, high=6500, approx=True).
Values follow annotations/GUIDELINES.md R24. The words (currencies, approximators, scales, vague
amounts) come from pipeline/figure_units.jsonl through FigureLexicon, so this module holds only the
grammar of numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping, Optional

from text_to_num import text2num

from .figure_lexicon import FigureLexicon, States, normalise

# "2 000" (thousands grouped by spaces, South African and Namibian amounts) reaches here only after a currency
DIGITS = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?|\.\d+")
# "1,7 million", "2,25 billion": a decimal comma, told from a thousands comma by the digits after it and the scale
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# "10bn", "5m", "3.2k": digits with a scale abbreviation written against them.
DIGITS_WITH_SUFFIX = re.compile(r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([a-z]+)")
# "three-and-a-half", "two and a half": text2num reads neither, so the half is added here.
# a fraction written before "a" + a scale word; the figures stage takes these words into the span
FRACTIONS_OF_A = {"half a": 0.5, "half an": 0.5, "a quarter of a": 0.25, "quarter of a": 0.25, "three quarters of a": 0.75, "three-quarters of a": 0.75}
AND_A_HALF = re.compile(r"(.+?)[\s-]+and[\s-]+an?[\s-]+half")
RANGE_JOINERS = re.compile(r"\s*[-–—]\s*|\s+(?:to|and|or)\s+")
# the longest currency sign or code written before a number ("U.S.$", "Tsh", "US dollars")
MAX_SIGN = 12


@dataclass(frozen=True)
class Quantity:
    """What a figure's text says: value (midpoint of a range), bounds, approx, and a unit it names itself."""

    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    approx: bool = False
    unit: Optional[str] = None  # ISO 4217 code for money, "percent"; a counted noun is found by the component


def read_figure(text: str, lexicon: FigureLexicon, states: Optional[States] = None) -> Optional[Quantity]:
    """Read a figure's text: approximator, currency or percent, a number, a range or a vague amount.

    A single number gives value == low == high; a range gives its bounds and their midpoint;
    "more than N" gives low N and no high, "up to N" high N and no low (value N in both); whether a
    marker makes the figure approximate is the lexicon's call. A vague amount ("dozens") gives no
    numbers and approx true. Money is in currency units ("four cents" -> 0.04). None if unreadable.
    """
    rest = normalise(text)
    marker, rest = _strip_prefix(rest, lexicon.approximators, lexicon.approximator_phrases)
    bound, approx = marker if marker else (None, False)
    between = rest.startswith("between ")
    if between:
        rest = rest[len("between ") :]
    currency, rest = _strip_currency(rest, lexicon, states)
    unit, worth = currency if currency else (None, 1.0)
    without = _without_percent(rest, lexicon)
    if without != rest:
        rest, unit = without, "percent"
    if rest in lexicon.vague or f"{rest} of" in lexicon.vague:
        return Quantity(None, None, None, True, unit)
    number = None if between else parse_number(rest, lexicon)
    if number is not None:
        return bounded(_in_units(number, worth), bound, approx, unit)
    span = _read_range(rest, lexicon, between=between, states=states)
    if span is None:
        return None
    low, high, joiner = (_in_units(span[0], worth), _in_units(span[1], worth), span[2])
    return Quantity(_in_units((span[0] + span[1]) / 2, worth), low, high, approx or joiner == "or", unit)


def bounded(number: float, bound: Optional[str], approx: bool, unit: Optional[str]) -> Quantity:
    """One number under an approximator's bound (R24): "more than N" has no high, "up to N" no low."""
    return Quantity(number, None if bound == "upper" else number, None if bound == "lower" else number, approx, unit)


def _in_units(number: float, worth: float) -> float:
    # Decimal keeps "four cents" at 0.04, not 0.04000000000000001
    return number if worth == 1.0 else float(Decimal(repr(number)) * Decimal(repr(worth)))


def _strip_prefix(text: str, phrases: Mapping[str, tuple], longest_first: tuple[str, ...]) -> tuple[Optional[tuple], str]:
    for phrase in longest_first:
        if text.startswith(phrase + " "):
            return phrases[phrase], text[len(phrase) :].strip()
    return None, text


def _strip_currency(text: str, lexicon: FigureLexicon, states: Optional[States] = None) -> tuple[Optional[tuple[str, float]], str]:
    """Take a currency sign or code before the number ("US$ 5", "HK$35", "QR330.7mn") or a currency word
    after it ("5 million dollars", "12CUP", "30-million-dollar"); a word repeating the sign's currency goes
    with it ("US$10 million dollars")."""
    # the longest phrase first: a sign ends where a space, full stop or digit follows it ("Rs. 5", "Rs 5", "R5")
    for index in range(min(len(text), MAX_SIGN) - 1, 0, -1):
        phrase = text[:index]
        if phrase in lexicon.currencies and (not phrase[-1].isalpha() or text[index] in " ." or text[index].isdigit()):
            currency = lexicon.currency_of(phrase, states)
            if currency is None:
                continue
            rest = text[index:].lstrip(". ")
            # a word after the sign says which currency the sign means: "$5 pesos" in Mexico
            repeated, without = _strip_currency(rest, lexicon, states)
            return (repeated, without) if repeated else (currency, rest)
    for index in range(1, len(text)):
        phrase, before = text[index:], text[index - 1]
        # against the digits only a code or a sign: "12CUP", "5€" (not "5rand")
        glued = before.isdigit() and (phrase in lexicon.codes or not phrase[0].isalpha())
        if phrase not in lexicon.currencies or phrase in lexicon.local_signs or not (before in " -" or glued):
            continue
        currency = lexicon.currency_of(phrase, states)
        if currency is None:
            continue
        rest = text[:index].strip()
        if rest.endswith("-"):
            rest = rest[:-1].replace("-", " ")  # "30-million-dollar", "44-baht"
        # "millions of dollars": the "of" belongs to the vague amount
        return currency, rest[:-3] if rest.endswith(" of") else rest
    return None, text


def _read_range(text: str, lexicon: FigureLexicon, *, between: bool, states: Optional[States] = None) -> Optional[tuple[float, float, str]]:
    """Split at the first joiner where both sides read as numbers; the low side takes the high side's scale."""
    for match in RANGE_JOINERS.finditer(text):
        joiner = match.group().strip() or "-"
        if (joiner == "and") != between:
            continue
        left, right = text[: match.start()], text[match.end() :]
        right = _strip_currency(right, lexicon, states)[1]
        left = _without_percent(left, lexicon)  # "2% to 3%", "between 2 per cent and 4 per cent"
        low, high = parse_number(left, lexicon), parse_number(right, lexicon)
        if low is None or high is None:
            continue
        # "5 to 10 million", "$5-6 billion": the scale is written once, on the high side
        scale = _scale_of(right, lexicon)
        if scale != 1 and _scale_of(left, lexicon) == 1 and low * scale <= high:
            low *= scale
        if low < high:
            return low, high, joiner
    return None


def _without_percent(text: str, lexicon: FigureLexicon) -> str:
    for word in lexicon.percent_phrases:
        if text.endswith(word) and (not word.isalpha() or text[: -len(word)].endswith(" ")):
            return text[: -len(word)].strip()
    return text


def _scale_of(text: str, lexicon: FigureLexicon) -> float:
    factor = 1.0
    words = text.split()
    while words and words[-1] in lexicon.scales:
        factor *= lexicon.scales[words.pop()]
    suffixed = DIGITS_WITH_SUFFIX.fullmatch(words[-1]) if words else None
    if suffixed and suffixed.group(2) in lexicon.scales:
        factor *= lexicon.scales[suffixed.group(2)]
    return factor


def parse_number(text: str, lexicon: FigureLexicon) -> Optional[float]:
    """One number in digits or words, with scale words: "1.6 billion", "a dozen", "three-and-a-half"."""
    return _parse_number(normalise(text), lexicon.scales)


def _parse_number(text: str, scales: Mapping[str, float]) -> Optional[float]:
    if not text:
        return None
    words = text.split()
    factor = 1.0
    # Scale words are peeled off here because text2num reads neither digits with a scale
    # ("1.6 billion") nor "dozen", "bn" or "lakh".
    while words and words[-1] in scales:
        factor *= scales[words.pop()]
    if words:
        suffixed = DIGITS_WITH_SUFFIX.fullmatch(words[-1])
        if suffixed and suffixed.group(2) in scales:
            factor *= scales[suffixed.group(2)]
            words[-1] = suffixed.group(1)
    head = " ".join(words)
    half = AND_A_HALF.fullmatch(head)
    if half:
        whole = _parse_number(half.group(1), scales)
        return None if whole is None else (whole + 0.5) * factor
    if head in ("", "a", "an"):
        # "a dozen", "a thousand", a bare "million"
        return factor if factor != 1.0 else None
    if head in FRACTIONS_OF_A:
        # "half a million", "a quarter of a million": a fraction of one scale word
        return factor * FRACTIONS_OF_A[head] if factor != 1.0 else None
    if factor != 1.0 and DECIMAL_COMMA.fullmatch(head):
        head = head.replace(",", ".")
    if DIGITS.fullmatch(head):
        # Decimal keeps "2.4 billion" at 2400000000.0, not 2399999999.9999995
        return float(Decimal(head.replace(",", "").replace(" ", "")) * Decimal(repr(factor)))
    if not all(part.isalpha() or part == "-" for part in re.split(r"(-)|\s+", head) if part):
        return None
    try:
        # text2num handles "twenty-five" and "three hundred and fifty"; it rejects ordinals ("second")
        return float(text2num(head, "en")) * factor
    except ValueError:
        return None
