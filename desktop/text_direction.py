"""Keeping a case's text from reordering the app's own words (Qt-free: reports, the command line
and the window share it).

Text from a case may hold right-to-left letters (Arabic, Hebrew) or explicit direction controls
pasted from a chat app (U+202E RIGHT-TO-LEFT OVERRIDE left open). Put beside the app's own words
("Verdict:", a time, a page number) in one line, such text would reorder them under the Unicode
bidirectional algorithm (UAX #9): "Claim A says⟨RLO⟩eurt si siht — Accurate" shows "etaruccA —".

The cure is isolation, never editing what the case holds: in plain text (Markdown, a CSV report
sheet, PDF page headers, Qt strings) the case's text is put between U+2068 FIRST STRONG ISOLATE
and U+2069 POP DIRECTIONAL ISOLATE, which (UAX #9, rule X6a) also closes every embedding or
override the text left open; in HTML it goes into `<bdi>` (or an element with `dir="auto"`).
"""

from __future__ import annotations

import re
import unicodedata

FSI = "\u2068"
"""FIRST STRONG ISOLATE: the isolated text takes the direction of its first strong letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends the isolate and everything opened inside it."""

OPENERS = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")
"""LRE, RLE, LRO, RLO, LRI, RLI, FSI: the controls that open an embedding, override or
isolate."""
CLOSERS = frozenset("\u202c\u2069")
"""PDF (pop directional formatting) and PDI."""

_STRONG_RTL = frozenset(("R", "AL"))


def isolate(text: str) -> str:
    """`text` between FSI and PDI, so that nothing in it (right-to-left letters, an override
    left open) reorders the words around it; "" stays "" (an empty isolate is noise)."""
    if not text:
        return text
    return f"{FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    """`text` without the FSI/PDI marks `isolate` added (for comparing or searching what a
    reader copied)."""
    return text.replace(FSI, "").replace(PDI, "")


def first_strong_direction(text: str) -> str | None:
    """ "rtl" or "ltr" from the first strong letter of `text` (as FSI and `dir="auto"` decide),
    or None when it has none (digits, punctuation only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unbalanced_controls(text: str) -> int:
    """How many embeddings, overrides or isolates `text` opens and leaves open at its end
    (0 for text that is safe to put beside other words without isolating it). A closer without
    an opener is ignored, as UAX #9 ignores it."""
    depth = 0
    for match in _CONTROLS.finditer(text):
        char = match.group()
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
    return depth
