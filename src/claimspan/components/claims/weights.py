"""Reading the attribution tagger's weights file (GUIDELINES R55) without json.loads' 64,000 small lists.

The file is the plain JSON `claimspan train attribution` writes: `"features"` maps each feature string
to a list of one weight per label. json.loads would build a Python list of float objects per feature
(most of the tagger's load-time memory) only to copy them into one numpy array; here the features'
numbers go straight into that array, and the other top-level values are decoded as JSON.
"""

from __future__ import annotations

import io
import json
import re
from json.decoder import scanstring

import numpy

SPACE = re.compile(r"[ \t\n\r]*")


def read_weights(text: str, width: int) -> tuple[dict, list[str], numpy.ndarray]:
    """(the top-level values but "features", the feature strings in file order, their weights: features x width).
    Raises ValueError when the text is not a JSON object or a feature's weights are not `width` numbers."""
    try:
        return _read_object(text, width)
    except IndexError as error:
        raise ValueError("the weights file ends in the middle of its JSON object") from error


def _read_object(text: str, width: int) -> tuple[dict, list[str], numpy.ndarray]:
    decoder = json.JSONDecoder()
    data: dict = {}
    names: list[str] = []
    weights = numpy.zeros((0, width))
    position = _expect(text, 0, "{")
    while text[SPACE.match(text, position).end()] != "}":
        key, position = scanstring(text, _expect(text, position, '"'))
        position = _expect(text, position, ":")
        if key == "features":
            names, weights, position = _read_features(text, position, width)
        else:
            data[key], position = decoder.raw_decode(text, SPACE.match(text, position).end())
        position = SPACE.match(text, position).end()
        if text[position] == ",":
            position += 1
        elif text[position] != "}":
            raise ValueError(f"expected , or }} at character {position}")
    return data, names, weights


def _read_features(text: str, position: int, width: int) -> tuple[list[str], numpy.ndarray, int]:
    names: list[str] = []
    # one string of all the numbers, not one small string per feature
    numbers = io.StringIO()
    position = _expect(text, position, "{")
    while text[SPACE.match(text, position).end()] != "}":
        name, position = scanstring(text, _expect(text, position, '"'))
        position = _expect(text, _expect(text, position, ":"), "[")
        end = text.index("]", position)
        if text.count(",", position, end) != width - 1:
            raise ValueError(f"{name}: its weights are not {width} numbers")
        names.append(name)
        numbers.write(text[position:end])
        numbers.write(",")
        position = SPACE.match(text, end + 1).end()
        if text[position] == ",":
            position += 1
        elif text[position] != "}":
            raise ValueError(f"expected , or }} at character {position}")
    # numpy reads the numbers with the same correctly rounded conversion as float(), so the weights are json.loads' floats
    weights = numpy.fromstring(numbers.getvalue()[:-1], dtype=numpy.float64, sep=",") if names else numpy.zeros(0)
    if weights.size != width * len(names):
        raise ValueError(f"the features' weights are not {width} numbers each")
    return names, weights.reshape(-1, width), SPACE.match(text, position).end() + 1


def _expect(text: str, position: int, mark: str) -> int:
    """The position just after `mark`, found at `position` after optional spaces."""
    position = SPACE.match(text, position).end()
    if not text.startswith(mark, position):
        raise ValueError(f"expected {mark} at character {position}")
    return position + 1
