"""What a report holds: frozen records of claims, hops, sources, actors, reviews and evidence,
which every renderer formats (`model.read_report` reads them from a case).

They are not db.views' ClaimDetail/HopView/ReviewView: a report nests each hop's resolved actor
and source (with its evidence file's hash) and each span's page citation, so that one object
is the whole self-contained trail a reader checks, while a view is a flat row for the window.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db import queries
from db.text.spans import cited_pages, page_citation, quote_not_located
from db.vocabulary import HopStatus, Relation, Verdict, claim_review_rating

from ..version import APP_NAME, __version__

BATCH = 500
"""Claims read per round of queries."""

Progress = Callable[[int, int], None]
"""Called with (claims read, claims in the report)."""


class ExportCancelled(Exception):
    """The reviewer cancelled an export; nothing was written."""


@functools.lru_cache(maxsize=512)
def _label(enum: type[Verdict] | type[HopStatus] | type[Relation], value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


if TYPE_CHECKING:
    from .checks import HopCheck
    from .translations import ReportTranslation


@dataclass(frozen=True)
class EvidenceRef:
    """An evidence file a report cites: its name and the SHA-256 of its bytes."""

    sha256: str
    file_name: str
    size: int
    media_type: str


@dataclass(frozen=True)
class ReportSource:
    id: int
    title: str
    outlet: str
    url: str
    language: str
    direction: str
    published_on: dt.date | None
    kind: str
    translated_from_id: int | None
    evidence: EvidenceRef | None
    incomplete: bool
    missing_pages: tuple[int, ...]
    page_labels: tuple[str, ...] = ()
    """PDF page labels, one per file page (cited instead of file pages where given)."""
    has_text: bool = True


@dataclass(frozen=True)
class ReportActor:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class ReportSpan:
    start: int
    end: int
    page: int | None


@dataclass(frozen=True)
class ReportHop:
    id: int
    relays_hop_id: int | None
    position: int
    actor: ReportActor
    relation: str
    source: ReportSource | None
    quote: str
    language: str
    """The language of the quoted words (which may differ from `actor_language`)."""
    direction: str
    """The quote's writing direction: that of its first strong character (`dir="auto"`)."""
    spans: tuple[ReportSpan, ...]
    relayed_on: dt.date | None
    status: str
    status_rationale: str
    direction_doubtful: bool
    note: str
    actor_language: str = ""
    """The language the actor spoke (the hop's language)."""
    check: HopCheck | None = None
    """The version of its source the quote was checked against, and how it fared on the newest
    (`desktop.reports.checks`)."""
    translation: ReportTranslation | None = None
    """For a quote from a translation linked to its original: the original's aligned words and
    the drift flags (`desktop.reports.translations`)."""

    @property
    def quote_not_located(self) -> bool:
        """The quote is not located in its source's text (the reviewer should fix it); a quote
        anchored in an older version of its source is marked by its check instead."""
        if self.check is not None and self.check.version != self.check.current:
            return False
        return quote_not_located(self.quote, bool(self.source and self.source.has_text), self.spans)

    @property
    def checked_against(self) -> str:
        """ "version 1 of 2: quote changed in version 2 — “45” → “4,500”", or "" while the
        source has one version."""
        return self.check.citation() if self.check is not None else ""

    @property
    def evidence(self) -> EvidenceRef | None:
        """The evidence file of the version the quote was checked against."""
        if self.check is not None and self.check.version != self.check.current:
            return self.check.evidence
        return self.source.evidence if self.source else None

    @property
    def cited_pages(self) -> tuple[str, ...]:
        """The pages of the quote as cited: the PDF's page label, with the file page in
        brackets where they differ ("1 [3]")."""
        return cited_pages(self.spans, self.source.page_labels if self.source else ())

    @property
    def relation_label(self) -> str:
        return _label(Relation, self.relation)

    @property
    def status_label(self) -> str:
        return _label(HopStatus, self.status)

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(sorted({s.page for s in self.spans if s.page is not None}))


@dataclass(frozen=True)
class ReportReview:
    id: int
    hop_id: int | None
    subject: str
    from_value: str
    to_value: str
    rationale: str
    evidence: str
    reviewer: str
    at: dt.datetime
    reviewer_id: str = ""
    """The reviewer's export id, "reviewer-17" (`db.reviewers.reviewer_ids`)."""

    @property
    def what(self) -> str:
        """What the review judged, in words."""
        if self.subject == "verdict":
            return "verdict"
        if self.subject == "signoff":
            return "sign-off of the verdict"
        return f"hop {self.hop_id}"

    @property
    def change(self) -> str:
        """The change in words, e.g. "Unchecked → Confirmed", "Unverified → False"."""
        if self.subject == "verdict":
            return f"{_label(Verdict, self.from_value)} → {_label(Verdict, self.to_value)}"
        if self.subject == "hop":
            return f"{_label(HopStatus, self.from_value)} → {_label(HopStatus, self.to_value)}"
        before = SIGNOFF_LABELS.get(self.from_value, self.from_value) or "none"
        return f"{before} → {SIGNOFF_LABELS.get(self.to_value, self.to_value)}"


SIGNOFF_LABELS = {
    "": "",
    "awaiting": "Awaiting sign-off",
    "signed": "Signed off",
    "returned": "Sent back",
}


@dataclass(frozen=True)
class ReportClaim:
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
    hops: tuple[ReportHop, ...]
    chains: tuple[tuple[int, ...], ...]
    """Every route origin first, as hop ids; a claim may reach the desk by several routes."""
    reviews: tuple[ReportReview, ...] = field(default=())
    verdict_set_by: str = ""
    signoff: str = ""
    """Four-eyes state: "" (no sign-off asked), "awaiting", "signed" or "returned"."""
    signed_off_by: str = ""
    """The second reviewer who signed the verdict off (or sent it back)."""
    signed_off_at: dt.datetime | None = None

    @property
    def verdict_label(self) -> str:
        return _label(Verdict, self.verdict)

    @property
    def verdict_summary(self) -> str:
        """The verdict as a reader should see it, e.g. "False (awaiting sign-off)"."""
        if self.signoff in ("awaiting", "signed"):
            return f"{self.verdict_label} ({self.signoff_label.lower()})"
        return self.verdict_label

    @property
    def awaiting_signoff(self) -> bool:
        return self.signoff == "awaiting"

    @property
    def verdict_published(self) -> bool:
        """A final verdict that may leave the desk as a ClaimReview: one that does not wait for
        a second reviewer's sign-off (signed off, or set while four-eyes was off)."""
        return self.verdict_is_final and not self.awaiting_signoff

    @property
    def signoff_label(self) -> str:
        return SIGNOFF_LABELS.get(self.signoff, self.signoff)

    def verdict_attribution(
        self,
        when: Callable[[dt.datetime], str | None],
        name: Callable[[str], str] = str,
    ) -> str:
        """Who set the verdict and who signed it off, in words: "Verdict set by A; awaiting
        sign-off by a second reviewer", "…; signed off by B on T"; `when` formats a time and
        `name` a reviewer's name (a renderer escapes and isolates it there)."""
        parts = [f"Verdict set by {name(self.verdict_set_by)}"] if self.verdict_set_by else []
        at = f" on {when(self.signed_off_at)}" if self.signed_off_at else ""
        if self.signoff == "awaiting":
            parts.append("awaiting sign-off by a second reviewer")
        elif self.signoff == "signed":
            parts.append(f"signed off by {name(self.signed_off_by)}{at}")
        elif self.signoff == "returned":
            parts.append(f"the last verdict was sent back by {name(self.signed_off_by)}{at}")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def verdict_is_final(self) -> bool:
        try:
            return claim_review_rating(Verdict(self.verdict)) is not None
        except ValueError:
            return False

    def hop(self, hop_id: int) -> ReportHop:
        return next(h for h in self.hops if h.id == hop_id)

    def review_evidence(
        self, review: ReportReview
    ) -> tuple[tuple[EvidenceRef, tuple[str, ...]], ...]:
        """The evidence files a review rests on, each with the pages its quotes are on, as cited
        (`ReportHop.cited_pages`: a PDF's page label, the file page in brackets where they
        differ): for a hop's review the file of that hop's source; for a verdict or a sign-off
        every file the claim's hops cite. (A reviewer's own note of evidence is
        `review.evidence`.)"""
        if review.hop_id is not None:
            hop = next((h for h in self.hops if h.id == review.hop_id), None)
            if hop is None or hop.source is None or hop.source.evidence is None:
                return ()
            return ((hop.source.evidence, hop.cited_pages),)
        pages: dict[str, dict[int, str]] = {}
        refs: dict[str, EvidenceRef] = {}
        for hop in self.hops:
            if hop.source and hop.source.evidence:
                ref = hop.source.evidence
                refs.setdefault(ref.sha256, ref)
                cited = pages.setdefault(ref.sha256, {})
                for page in hop.pages:
                    cited[page] = page_citation(page, hop.source.page_labels)
        return tuple(
            (ref, tuple(pages[sha][p] for p in sorted(pages[sha]))) for sha, ref in refs.items()
        )

    @property
    def evidence(self) -> tuple[EvidenceRef, ...]:
        """The evidence files this claim's hops cite, each once, in hop order."""
        seen: dict[str, EvidenceRef] = {}
        for hop in self.hops:
            for ref in (hop.source.evidence if hop.source else None, hop.evidence):
                if ref is not None and ref.sha256 not in seen:
                    seen[ref.sha256] = ref
        return tuple(seen.values())


@dataclass(frozen=True)
class ReportMeta:
    """Who made the report, when, from which state of which case."""

    case_name: str
    audit_head: str
    generated_at: dt.datetime
    reviewer: str
    scope: str
    app_name: str = APP_NAME
    app_version: str = __version__
    four_eyes: bool = False
    """Whether the case asks for a second reviewer's sign-off of final verdicts."""
    reviewer_id: str = ""
    """The exporting reviewer's export id, "reviewer-17"."""
    signing_key: str = ""
    """The SHA-256 fingerprint of the desk key that signs this report file (a detached
    `<file>.sig` beside it), or "" for an unsigned report."""
    publish_url: str = ""
    """Where the desk publishes this case's reviews (the case's setting, or `--base-url`): the
    ClaimReview `url` of claim N is `publish_url#claim-N`; "" when none is known."""


@dataclass(frozen=True)
class Report:
    meta: ReportMeta
    claims: tuple[ReportClaim, ...]

    @property
    def evidence(self) -> tuple[EvidenceRef, ...]:
        seen: dict[str, EvidenceRef] = {}
        for claim in self.claims:
            for ref in claim.evidence:
                seen.setdefault(ref.sha256, ref)
        return tuple(seen.values())

    @property
    def sources(self) -> tuple[ReportSource, ...]:
        seen: dict[int, ReportSource] = {}
        for claim in self.claims:
            for hop in claim.hops:
                if hop.source is not None:
                    seen.setdefault(hop.source.id, hop.source)
        return tuple(sorted(seen.values(), key=lambda s: s.id))


def chains_of(hops: Sequence[ReportHop]) -> tuple[tuple[int, ...], ...]:
    """A claim's routes, origin first (`db.queries.chains_of`), with a quick answer for the usual
    case of one straight route."""
    ordered = sorted(hops, key=lambda h: (h.position, h.id))
    if not ordered:
        return ()
    if ordered[0].relays_hop_id is None and all(
        b.relays_hop_id == a.id for a, b in itertools.pairwise(ordered)
    ):
        return (tuple(h.id for h in ordered),)
    return queries.chains_of(hops)
