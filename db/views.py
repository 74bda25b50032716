"""Detached, frozen views of a case's rows, for the window, the command line and reports.

Views never hold live ORM rows, so a Qt model can keep them after the session has closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .claim_rows import ClaimRow as ClaimRow

if TYPE_CHECKING:
    from .text.spans import Span


@dataclass(frozen=True)
class HopView:
    id: int
    claim_id: int
    relays_hop_id: int | None
    position: int
    actor_id: int
    actor_name: str
    actor_kind: str
    source_id: int | None
    source_title: str
    source_outlet: str
    source_language: str
    relation: str
    quote: str
    spans: tuple[Span, ...]
    language: str
    relayed_on: dt.date | None
    status: str
    status_rationale: str
    direction_doubtful: bool
    note: str
    version: int
    quote_language: str = ""
    """The language of the quoted words (`language` is the actor's)."""
    quote_direction: str = "ltr"
    """The direction of the quote's first strong character (as HTML's `dir="auto"`)."""
    quote_not_located: bool = False
    """The hop quotes words its source's text does not hold (the reviewer should fix it)."""
    page_labels: tuple[str, ...] = ()
    """The source's page labels (PDF /PageLabels), one per file page; () when it has none."""
    checked_version: int | None = None
    """The version of the source the quote is anchored in (None without a source or quote)."""
    quote_health: str = ""
    """How the quote fared on the source's newest version: exact, changed, lost, located, or
    "" when the source has had no new version since the quote was anchored."""
    health_note: str = ""
    """What differs, word by word (changed), or why it is lost."""
    health_resolution: str = ""
    """"accepted" (the new anchor) or "kept" (the old version), once a reviewer decided."""
    proposed_quote: str = ""
    """The near variant in the current version, for a changed quote."""

    @property
    def needs_review(self) -> bool:
        """Changed or lost in a new version of its source, and not yet decided on."""
        return self.quote_health in ("changed", "lost") and not self.health_resolution

    @property
    def health_mark(self) -> str:
        """What the claim list, the hop list and reports say: "changed in version 2: “45” →
        “4,500”", "lost in version 3", "kept version 1"; "" for nothing to say."""
        if self.health_resolution == "kept":
            return f"checked against version {self.checked_version} (kept)"
        if not self.needs_review:
            return ""
        mark = f"quote {self.quote_health} in the source's current version"
        return mark + (f": {self.health_note}" if self.health_note else "")

    def cited_pages(self) -> tuple[str, ...]:
        """How the pages of the quote's spans are cited: the page label, with the file page in
        brackets where they differ ("1 [3]"), else the file page."""
        from .text.spans import cited_pages

        return cited_pages(self.spans, self.page_labels)


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
class ReviewView:
    id: int
    claim_id: int
    hop_id: int | None
    subject: str
    from_value: str
    to_value: str
    rationale: str
    evidence: str
    reviewer: str
    at: dt.datetime


@dataclass(frozen=True)
class ClaimDetail:
    id: int
    text: str
    verdict: str
    rationale: str
    notes: str
    tags: tuple[str, ...]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str
    hops: tuple[HopView, ...]
    chains: tuple[tuple[int, ...], ...]
    reviews: tuple[ReviewView, ...] = field(default=())
    signoff: str = ""
    verdict_set_by: str = ""
    signed_off_by: str = ""
    signed_off_at: dt.datetime | None = None

    def hop(self, hop_id: int) -> HopView:
        return next(h for h in self.hops if h.id == hop_id)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _jsonable(asdict(self))
        return data


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


def _jsonable(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def jsonable(value: Any) -> Any:
    """A view (or anything made of them) as JSON-ready data."""
    return _jsonable(value)
