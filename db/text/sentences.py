"""Sentence spans of a text in its language, for aligning a translation with its original.

The splitting itself is sentencex's (rule-based, about 300 languages, no model); this module
only turns its boundaries into trimmed character spans of the given text."""

from __future__ import annotations

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


def split_sentences(text: str, language: str | None = None) -> tuple[Sentence, ...]:
    """The sentences of `text` (white space at either end left out, empty ones dropped)."""
    out: list[Sentence] = []
    if not text.strip():
        return ()
    for b in sentencex.get_sentence_boundaries(_base(language), text):
        start, end = int(b["start_index"]), int(b["end_index"])
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end, text[start:end]))
    return tuple(out)


def sentences_from_list(parts: list[str], separator: str = " ") -> tuple[str, tuple[Sentence, ...]]:
    """A text made of these sentences (joined by `separator`) and their spans in it."""
    spans: list[Sentence] = []
    at = 0
    for p in parts:
        spans.append(Sentence(at, at + len(p), p))
        at += len(p) + len(separator)
    return separator.join(parts), tuple(spans)
