"""The words OCR found on a source's images or scanned pages, as its reader recorded them
(`details["ocr"]`): each word's span in the source's text, its box on the page's image and the
recogniser's confidence, so that a quote located in the text can be drawn on the image."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Words recognised with less confidence than this are marked as doubtful.
LOW_CONFIDENCE = 60.0


@dataclass(frozen=True)
class ScanWord:
    start: int
    end: int
    x: float
    y: float
    width: float
    height: float
    confidence: float

    @property
    def doubtful(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class ScanPage:
    """One recognised image: `page` is its index among the source's pages (0 for an image),
    `width` × `height` the pixels the boxes are measured in."""

    page: int
    width: int
    height: int
    words: tuple[ScanWord, ...]

    def words_in(self, start: int, end: int) -> tuple[ScanWord, ...]:
        """The words that overlap the text span [start, end)."""
        return tuple(w for w in self.words if w.start < end and w.end > start)


def scan_pages(details: Any) -> tuple[ScanPage, ...]:
    ocr = details.get("ocr") if isinstance(details, dict) else None
    if not isinstance(ocr, dict):
        return ()
    pages: list[ScanPage] = []
    for page in ocr.get("pages") or ():
        try:
            words = tuple(
                ScanWord(int(w[0]), int(w[1]), *map(float, w[2:7])) for w in page["words"]
            )
            pages.append(
                ScanPage(int(page["page"]), int(page["width"]), int(page["height"]), words)
            )
        except (KeyError, TypeError, ValueError, IndexError):
            continue
    return tuple(pages)


def page_of_span(pages: tuple[ScanPage, ...], start: int, end: int) -> ScanPage | None:
    """The recognised page holding most of the span's words, or None."""
    best = max(pages, key=lambda p: len(p.words_in(start, end)), default=None)
    return best if best is not None and best.words_in(start, end) else None
