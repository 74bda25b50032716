"""The anchors of meaning (`db.text.anchors`) that hold across languages, for the aligner and
its drift flags: numbers written with digits (in any digit system; a number word such as "two"
against an Arabic dual is no evidence either way) and negation. Dates are compared by their
digits (the day, the year) and, in `db.text.drift`, by their month: languages name dates too
differently ("15 آب", "в июле", "mayıs ayında") for whole dates to compare. Modality is left
out: languages mark it too differently for a sentence-by-sentence comparison."""

from __future__ import annotations

import re

from .anchor_numbers import ascii_digits
from .anchors import Anchor, compare_anchors, find_anchors

_DIGITS = re.compile(r"\d+")


def cross_language_anchors(text: str, language: str | None) -> tuple[Anchor, ...]:
    found: list[Anchor] = []
    for a in find_anchors(text, language):
        if a.kind == "negation" or (a.kind == "number" and any(c.isdigit() for c in a.surface)):
            found.append(a)
        elif a.kind == "date":
            for m in _DIGITS.finditer(ascii_digits(a.surface)):
                surface = a.surface[m.start() : m.end()]
                start = a.start + m.start()
                found.append(
                    Anchor("number", start, start + len(surface), surface, str(int(m.group())))
                )
    return tuple(found)


__all__ = ["Anchor", "compare_anchors", "cross_language_anchors"]
