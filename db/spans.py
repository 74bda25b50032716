"""Quote spans: where a hop's words sit in its source's stored text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import InvalidInput
from .normalise import normalise_text

ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*")


@dataclass(frozen=True, order=True)
class Span:
    """Characters `[start, end)` of a source's stored text; `page` is 1-based or None."""

    start: int
    end: int
    page: int | None = None

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise InvalidInput(
                f"a quote span must have 0 <= start < end (got {self.start}–{self.end})"
            )


def page_of(page_starts: Sequence[int], offset: int) -> int | None:
    """The 1-based page holding character `offset`, given where each page starts."""
    if not page_starts:
        return None
    return bisect.bisect_right(page_starts, offset)


def check_spans(spans: Sequence[Span], text_length: int) -> None:
    for span in spans:
        if span.end > text_length:
            raise InvalidInput(
                f"quote span {span.start}–{span.end} lies outside the source text "
                f"({text_length} characters)"
            )
    ordered = sorted(spans)
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end:
            raise InvalidInput(
                f"quote spans {before.start}–{before.end} and {after.start}–{after.end} overlap"
            )


def _flexible_pattern(part: str) -> re.Pattern[str]:
    """Match `part` with any run of white space where it has white space, and typographic and
    straight quotes and apostrophes taken as the same."""
    pieces = []
    for word in part.split():
        escaped = re.escape(word)
        escaped = re.sub(r"[\"“”„«»]", '["“”„«»]', escaped)
        escaped = re.sub(r"['’‘]", "['’‘]", escaped)
        pieces.append(escaped)
    return re.compile(r"\s+".join(pieces), re.IGNORECASE)


def locate_quote(text: str, quote: str, page_starts: Sequence[int] = ()) -> list[Span]:
    """Find `quote` in `text` and return its span(s), or [] when it is not there.

    A quote with an ellipsis (`…`, `...`, `[…]`) is discontinuous: each part is found in order
    after the one before. Matching ignores case and differences of white space, never words.
    """
    quote = normalise_text(quote).strip()
    if not quote or not text:
        return []
    spans: list[Span] = []
    cursor = 0
    for part in (p for p in ELLIPSIS.split(quote) if p.strip()):
        match = _flexible_pattern(part).search(text, cursor)
        if match is None:
            return []
        spans.append(Span(match.start(), match.end(), page_of(page_starts, match.start())))
        cursor = match.end()
    return spans


def spans_text(text: str, spans: Sequence[Span]) -> str:
    """The words the spans cover, joined with an ellipsis where they are discontinuous."""
    return " … ".join(text[s.start : s.end] for s in sorted(spans))
