"""Sentence spans of a text in its language, for aligning a translation with its original.

The splitting itself is sentencex's (rule-based, about 300 languages, no model); this module
turns its boundaries into trimmed character spans of the given text, and adds one boundary
sentencex does not see: a line ended by hand before its sentence ended (a plain-text headline
without a full stop, a dateline) ends a sentence, on the text as it is — nothing is inserted,
every span indexes the given text. A line wrapped at a width (hard-wrapped mail, plain text at
about 72 columns, a PDF's lines) goes on into the next line's sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import sentencex


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the text it was split from, and its words."""

    start: int
    end: int
    text: str


def _base(language: str | None) -> str:
    tag = (language or "").split("-")[0].split("_")[0].lower()
    return tag or "en"


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


def split_sentences(text: str, language: str | None = None) -> tuple[Sentence, ...]:
    """The sentences of `text` (white space at either end left out, empty ones dropped); a
    hand-ended line (`hand_ended_lines`) ends its sentence."""
    out: list[Sentence] = []
    if not text.strip():
        return ()
    breaks = hand_ended_lines(text)
    for b in sentencex.get_sentence_boundaries(_base(language), text):
        start, end = int(b["start_index"]), int(b["end_index"])
        k = bisect.bisect_right(breaks, start)
        while k < len(breaks) and breaks[k] < end:
            _trimmed(text, start, breaks[k], out)
            start = breaks[k] + 1
            k += 1
        _trimmed(text, start, end, out)
    return tuple(out)


def _trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def sentences_from_list(parts: list[str], separator: str = " ") -> tuple[str, tuple[Sentence, ...]]:
    """A text made of these sentences (joined by `separator`) and their spans in it."""
    spans: list[Sentence] = []
    at = 0
    for p in parts:
        spans.append(Sentence(at, at + len(p), p))
        at += len(p) + len(separator)
    return separator.join(parts), tuple(spans)
