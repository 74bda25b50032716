"""Quote spans: where a hop's words sit in its source's stored text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from typing import Protocol

from ..errors import InvalidInput
from .normalise import fold, normalise_text, search_key

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


def page_citation(page: int, labels: Sequence[str] = ()) -> str:
    """How a 1-based file page is cited: its label where the PDF labels its pages ("iv", "1"),
    with the file page in brackets where the two differ ("1 [3]"); else the page number."""
    label = labels[page - 1] if 0 < page <= len(labels) else ""
    if not label or label == str(page):
        return str(page)
    return f"{label} [{page}]"


class Paged(Protocol):
    @property
    def page(self) -> int | None: ...


def cited_pages(spans: Iterable[Paged], labels: Sequence[str] = ()) -> tuple[str, ...]:
    """How the pages of a quote's spans are cited, in page order (`page_citation`): the window
    and every report say it this way."""
    pages = sorted({s.page for s in spans if s.page is not None})
    return tuple(page_citation(p, labels) for p in pages)


def quote_not_located(quote: str, source_has_text: bool, spans: Sized) -> bool:
    """Whether a hop quotes words its source's text does not hold ("quote not located", a state
    the reviewer sees and fixes): a quote, a source with text, and no span. The window and
    every report decide it here."""
    return bool(quote and source_has_text and not spans)


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


def locate_quote(text: str, quote: str, page_starts: Sequence[int] = ()) -> list[Span]:
    """Find `quote` in `text` (a source's stored text) and return its span(s), or [] when it
    is not there.

    Both are compared through the one folding that search uses (`db.text.normalise.fold`: case,
    Arabic marks and letter forms, Turkish i, ё, invisible format characters, quotation marks,
    dashes, white space and line-end hyphens), and each span covers exactly the characters of
    `text` that the quote's words came from. A quote with an ellipsis (`…`, `...`, `[…]`) is
    discontinuous: each part is found in order after the one before.
    """
    quote = normalise_text(quote).strip()
    if not quote or not text:
        return []
    folded = fold(text)
    spans: list[Span] = []
    cursor = 0
    for part in (p for p in ELLIPSIS.split(quote) if p.strip()):
        needle = search_key(part).strip()
        if not needle:
            continue
        at = folded.text.find(needle, cursor)
        if at < 0:
            return []
        start, end = folded.original_span(at, at + len(needle))
        spans.append(Span(start, end, page_of(page_starts, start)))
        cursor = at + len(needle)
    return spans


def spans_text(text: str, spans: Sequence[Span]) -> str:
    """The words the spans cover, joined with an ellipsis where they are discontinuous."""
    return " … ".join(text[s.start : s.end] for s in sorted(spans))
