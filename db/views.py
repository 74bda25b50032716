"""Detached, frozen views of a case's rows, for the window, the command line and reports.

Views never hold live ORM rows, so a Qt model can keep them after the session has closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .claim_rows import ClaimRow as ClaimRow
from .claim_views import ClaimDetail as ClaimDetail
from .claim_views import HopView as HopView
from .claim_views import ReviewView as ReviewView
from .claim_views import _jsonable
from .claim_views import jsonable as jsonable

if TYPE_CHECKING:
    pass


QUOTE_HEALTH_ORDER = ("exact", "changed", "lost", "located", "not located")


@dataclass(frozen=True)
class QuotesSummary:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        """ "12 quotes: 10 exact, 1 changed, 1 lost" ("no quotes cite it" for none)."""
        if not self.total:
            return "no quotes cite it"
        parts = [f"{self.counts[h]} {h}" for h in QUOTE_HEALTH_ORDER if self.counts.get(h)]
        noun = "quote" if self.total == 1 else "quotes"
        return f"{self.total} {noun}: " + ", ".join(parts)

    @property
    def mostly_lost(self) -> bool:
        """Most quotes that were anchored are lost (a different document altogether?)."""
        anchored = sum(self.counts.get(h, 0) for h in ("exact", "changed", "lost"))
        return bool(anchored) and 2 * self.counts.get("lost", 0) > anchored


@dataclass(frozen=True)
class VersionView:
    """One version of a source, as its history lists it."""

    number: int
    reason: str
    why: str
    created_by: str
    created_at: dt.datetime
    evidence_sha256: str | None
    file_name: str
    text_length: int
    encoding: str
    quotes: str
    """What re-anchoring the quotes gave ("3 quotes: 2 exact, 1 lost")."""
    current: bool
    same_as: int | None = None

    def describe(self) -> str:
        """ "version 2 · 2026-12-06 22:10 UTC · Ayşe · reread as cp1254 — why"."""
        how = {
            "imported": "imported",
            "added": "added",
            "update": "new file",
            "reread": "read again",
            "ocr": "recognised again",
            "annotation": "from annotations",
        }.get(self.reason, self.reason)
        if self.encoding:
            how += f" as {self.encoding}"
        parts = [
            f"version {self.number}" + (" (current)" if self.current else ""),
            f"{self.created_at:%Y-%m-%d %H:%M} UTC",
            self.created_by or "?",
            how,
        ]
        if self.evidence_sha256:
            parts.append(f"sha256 {self.evidence_sha256[:12]}…")
        if self.quotes:
            parts.append(self.quotes)
        if self.same_as:
            parts.append(f"same text as version {self.same_as}")
        return " · ".join(parts) + (f" — {self.why}" if self.why else "")


@dataclass(frozen=True)
class ActorView:
    id: int
    name: str
    kind: str
    description: str
    aliases: tuple[str, ...]
    merged_into_id: int | None
    hop_count: int
    version: int


@dataclass(frozen=True)
class SourceView:
    id: int
    title: str
    outlet: str
    url: str
    language: str
    direction: str
    published_on: dt.date | None
    kind: str
    translated_from_id: int | None
    evidence_sha256: str | None
    file_name: str
    size: int | None
    text_length: int
    pages: int
    incomplete: bool
    missing_pages: tuple[int, ...]
    version: int
    page_starts: tuple[int, ...] = ()
    page_labels: tuple[str, ...] = ()
    """PDF page labels, one per file page (`i`, `ii`, `1`, …); () when the file has none."""
    problems: tuple[str, ...] = ()
    """Why the text is incomplete or doubtful, in a reader's words."""
    encoding_doubtful: bool = False
    """The text file's encoding could not be told for sure: check the encoding."""
    encoding: str = ""
    """The encoding a text file was read in ("" for PDFs and web pages)."""
    encoding_candidates: tuple[str, ...] = ()
    """Other encodings that read the file as plausible text (when `encoding_doubtful`)."""
    arrival: tuple[tuple[str, str], ...] = ()
    """How the evidence reached the desk (capture, signature, sender, OCR), as (label, value)."""
    ocr_language: str = ""
    """The language(s) Tesseract read the text in ("" when the text was not recognised)."""
    history: tuple[VersionView, ...] = ()
    """Every version of the source, oldest first (filled by `source_detail`)."""

    @property
    def encoding_note(self) -> str:
        others = ", ".join(self.encoding_candidates)
        return f"read as {self.encoding}" + (f"; it may also be {others}" if others else "")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _jsonable(asdict(self))
        return data
