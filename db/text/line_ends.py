"""Where a line was ended by hand, not wrapped at a width: a plain-text headline without a full
stop, a dateline, a line of an address end their sentence; a line of hard-wrapped mail, of plain
text at about 72 columns or of a PDF page goes on into the next line's. Used by both sentence
splitters (`db.text.sentences` and the attribution assistant's), on the text as it is: offsets
of line breaks, nothing inserted."""

from __future__ import annotations

import re

_UNENDED = re.compile(r"[^\W_]['’\"”»)\]]*$")
"""A line whose last character is a letter or digit (a closing quote or bracket after it): no
stop, comma, colon or dash ends it."""
_ROOM = 0.9
"""How much of the wrap width a line and the next line's first word may fill for the line to
count as ended by hand: a line wrapped at a width comes close to it (a PDF's or a proportional
font's lines less evenly than a typewriter's), a headline stays well short of it."""

_BEYOND = 1.25
"""A line this much longer than the width the others are wrapped at was not wrapped there."""
_WRAPPED_LINES = 4
"""A text has a wrap width when at least this many lines come close to it."""


def _wrap_width(lengths: list[int]) -> int:
    """The width a text's lines reach (the 90th percentile of the non-empty lines), so that
    one long line (an address, a table) does not set it."""
    ordered = sorted(n for n in lengths if n)
    return ordered[round(0.9 * (len(ordered) - 1))] if ordered else 0


def hand_ended_lines(text: str) -> list[int]:
    """The offsets of the line breaks that end a line by hand before its sentence ended: the
    line ends in a letter or digit, the next line is not blank and does not start in lower
    case, and the line was not wrapped there — the next line's first word would have fitted on
    it with room to spare at the width the text's lines reach (a headline above a paragraph),
    or, in a text wrapped at a width, the line is far longer than it (a long headline above a
    hard-wrapped paragraph)."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    bodies = [line.rstrip() for line in lines]
    lengths = [len(b) if b.strip() else 0 for b in bodies]
    width = _wrap_width(lengths)
    wrapped = sum(1 for n in lengths if _ROOM * width <= n <= width) >= _WRAPPED_LINES
    out: list[int] = []
    at = 0
    for body, line, after in zip(bodies, lines, lines[1:], strict=False):
        end = at + len(line)
        at = end + 1
        words = after.split(None, 1)
        if not words or not body.strip() or not _UNENDED.search(body):
            continue
        first = words[0]
        if first[0].islower():
            continue
        short = len(body) + 1 + len(first) <= _ROOM * width
        if short or (wrapped and len(body) > _BEYOND * width):
            out.append(end)
    return out
