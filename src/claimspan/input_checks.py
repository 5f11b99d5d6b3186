"""Checks on a JSONL record that JSON and pydantic let through but that would break the run or its records."""

from __future__ import annotations

import json
import re
from typing import Any, Optional

# "\ud800" to "\udfff": the escape of half a UTF-16 pair; json.loads turns a lone one into a str UTF-8 cannot encode
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def lone_surrogate(line: str, payload: Any) -> Optional[str]:
    """The first lone surrogate of a decoded line, as its escape ('\\ud800'), or None.

    A pair of escapes is one character and fine, so the line is only encoded when it holds such an escape at all:
    the common line costs one regular-expression search."""
    if not _SURROGATE_ESCAPE.search(line):
        return None
    try:
        json.dumps(payload, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        return f"\\u{ord(error.object[error.start]):04x}"
    return None


def control_character(value: str) -> Optional[str]:
    """The first line break, tab or other control character of an id, shown escaped, or None."""
    found = _CONTROL.search(value)
    return repr(found.group())[1:-1] if found else None


class RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json.loads' object_pairs_hook: a key written twice ("id" twice: which one is meant?) is refused, not last-wins."""
    payload = dict(pairs)
    if len(payload) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKey(key)
            seen.add(key)
    return payload
