"""Sentence spans of a text in its language, for aligning a translation with its original.

The splitting itself is sentencex's (rule-based, about 300 languages, no model); this module
turns its boundaries into trimmed character spans of the given text, and adds one boundary
sentencex does not see: a line ended by hand before its sentence ended (a plain-text headline
without a full stop, a dateline) ends a sentence, on the text as it is — nothing is inserted,
every span indexes the given text (`db.text.line_ends`). A line wrapped at a width
(hard-wrapped mail, plain text at about 72 columns, a PDF's lines) goes on into the next line's
sentence."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import sentencex

from .line_ends import hand_ended_lines


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the text it was split from, and its words."""

    start: int
    end: int
    text: str


def _base(language: str | None) -> str:
    tag = (language or "").split("-")[0].split("_")[0].lower()
    return tag or "en"


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
