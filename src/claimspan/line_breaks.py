"""Line breaks: the marks that end a headline, a paragraph or a bullet line, for every stage.

Besides "\n", some feeds separate lines with the Unicode line and paragraph separators (the ISAF
releases use U+2028) or a bare carriage return.
"""

LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")


def has_line_break(text: str) -> bool:
    return any(mark in text for mark in LINE_BREAKS)
