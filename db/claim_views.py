"""Detached, frozen views of a claim and its hops (`db.claim_view`), for the window, the command
line and reports; `db.views` exports them with the views of sources and actors. Views never hold
live ORM rows, so a Qt model can keep them after the session has closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

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
