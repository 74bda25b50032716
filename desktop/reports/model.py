"""The report model: what a report says, read once from a case and handed to every renderer.

Every renderer (JSON, HTML, Markdown, CSV, PROV, ClaimReview, PDF) formats the same frozen
objects, so the formats cannot disagree about a claim. Claims are read in batches with a few
set-based queries per batch (not one `claim_detail` per claim), so that a case of ten thousand
claims is read in seconds. The wording of a claim, a quote or a rationale is kept exactly as
the case stores it; escaping is the renderers' job.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import queries
from db.audit import head_hash
from db.models import (
    Actor,
    CaseInfo,
    Claim,
    ClaimTag,
    EvidenceFile,
    Hop,
    QuoteSpan,
    Review,
    Source,
)
from db.operations.case_settings import PUBLISH_URL_SETTING
from db.reviewers import reviewer_ids
from db.scripts import first_strong_direction
from db.spans import page_citation
from db.vocabulary import HopStatus, Relation, Verdict, claim_review_rating

from ..version import APP_NAME, __version__

BATCH = 500
"""Claims read per round of queries."""

RTL_LANGUAGES = frozenset(
    {
        "ar",
        "arc",
        "ckb",
        "dv",
        "fa",
        "he",
        "iw",
        "ks",
        "ku-arab",
        "ps",
        "sd",
        "syr",
        "ug",
        "ur",
        "yi",
    }
)

Progress = Callable[[int, int], None]
"""Called with (claims read, claims in the report)."""


class ExportCancelled(Exception):
    """The reviewer cancelled an export; nothing was written."""


@functools.lru_cache(maxsize=256)
def text_direction(language: str, fallback: str = "ltr") -> str:
    """ "rtl" for a right-to-left language tag (ar, fa, he, ur, …), else `fallback`."""
    tag = language.strip().lower().replace("_", "-")
    if not tag:
        return fallback
    if tag in RTL_LANGUAGES or tag.split("-")[0] in RTL_LANGUAGES:
        return "rtl"
    if "-arab" in tag or "-hebr" in tag:
        return "rtl"
    return "ltr"


@functools.lru_cache(maxsize=512)
def _label(enum: type[Verdict] | type[HopStatus] | type[Relation], value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


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

    @property
    def quote_not_located(self) -> bool:
        """The quote is not located in its source's text (the reviewer should fix it)."""
        return bool(self.quote and self.source and self.source.has_text and not self.spans)

    @property
    def cited_pages(self) -> tuple[str, ...]:
        """The pages of the quote as cited: the PDF's page label, with the file page in
        brackets where they differ ("1 [3]")."""
        labels = self.source.page_labels if self.source else ()
        return tuple(page_citation(p, labels) for p in self.pages)

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
            if hop.source and hop.source.evidence and hop.source.evidence.sha256 not in seen:
                seen[hop.source.evidence.sha256] = hop.source.evidence
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


class _SourceCache:
    """Sources (without their text) and their evidence files, read once per report."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sources: dict[int, ReportSource] = {}

    def load(self, ids: set[int]) -> None:
        wanted = sorted(ids - self.sources.keys())
        for start in range(0, len(wanted), BATCH):
            chunk = wanted[start : start + BATCH]
            rows = self.session.connection().execute(
                select(
                    Source.id,
                    Source.title,
                    Source.outlet,
                    Source.url,
                    Source.language,
                    Source.direction,
                    Source.published_on,
                    Source.kind,
                    Source.translated_from_id,
                    Source.evidence_sha256,
                    Source.incomplete,
                    Source.missing_pages,
                    Source.details,
                    (func.length(Source.text) > 0).label("has_text"),
                    EvidenceFile.file_name,
                    EvidenceFile.size,
                    EvidenceFile.media_type,
                )
                .outerjoin(EvidenceFile, EvidenceFile.sha256 == Source.evidence_sha256)
                .where(Source.id.in_(chunk))
            )
            for r in rows:
                evidence = (
                    EvidenceRef(r.evidence_sha256, r.file_name or "", r.size or 0, r.media_type)
                    if r.evidence_sha256
                    else None
                )
                self.sources[r.id] = ReportSource(
                    id=r.id,
                    title=r.title,
                    outlet=r.outlet,
                    url=r.url,
                    language=r.language,
                    direction=r.direction,
                    published_on=r.published_on,
                    kind=r.kind,
                    translated_from_id=r.translated_from_id,
                    evidence=evidence,
                    incomplete=bool(r.incomplete),
                    missing_pages=tuple(r.missing_pages or ()),
                    page_labels=tuple(
                        str(label) for label in (r.details or {}).get("page_labels", ())
                    ),
                    has_text=bool(r.has_text),
                )


def _read_batch(session: Session, ids: Sequence[int], sources: _SourceCache) -> list[ReportClaim]:
    # Core statements on the session's connection: the ORM's result machinery is not needed for
    # plain columns and costs a third of the time.
    conn = session.connection()
    claims = {
        r.id: r
        for r in conn.execute(
            select(
                Claim.id,
                Claim.text,
                Claim.verdict,
                Claim.rationale,
                Claim.notes,
                Claim.version,
                Claim.created_at,
                Claim.updated_at,
                Claim.updated_by,
                Claim.verdict_set_by,
                Claim.signoff,
                Claim.signed_off_by,
                Claim.signed_off_at,
            ).where(Claim.id.in_(ids), Claim.deleted_at.is_(None))
        )
    }
    tags: dict[int, list[str]] = {}
    for claim_id, tag in conn.execute(
        select(ClaimTag.claim_id, ClaimTag.tag)
        .where(ClaimTag.claim_id.in_(ids))
        .order_by(ClaimTag.tag)
    ):
        tags.setdefault(claim_id, []).append(tag)
    hop_rows = list(
        conn.execute(
            select(
                Hop.id,
                Hop.claim_id,
                Hop.relays_hop_id,
                Hop.position,
                Hop.actor_id,
                Actor.name.label("actor_name"),
                Actor.kind.label("actor_kind"),
                Hop.source_id,
                Hop.relation,
                Hop.quote,
                Hop.language,
                Hop.quote_language,
                Hop.relayed_on,
                Hop.status,
                Hop.status_rationale,
                Hop.direction_doubtful,
                Hop.note,
            )
            .join(Actor, Actor.id == Hop.actor_id)
            .where(Hop.claim_id.in_(ids), Hop.deleted_at.is_(None))
            .order_by(Hop.claim_id, Hop.position, Hop.id)
        )
    )
    spans: dict[int, list[ReportSpan]] = {}
    for hop_id, start, end, page in conn.execute(
        select(QuoteSpan.hop_id, QuoteSpan.start, QuoteSpan.end, QuoteSpan.page)
        .join(Hop, Hop.id == QuoteSpan.hop_id)
        .where(Hop.claim_id.in_(ids), Hop.deleted_at.is_(None))
        .order_by(QuoteSpan.hop_id, QuoteSpan.start)
    ):
        spans.setdefault(hop_id, []).append(ReportSpan(start, end, page))
    sources.load({r[7] for r in hop_rows if r[7] is not None})
    known = sources.sources
    actors: dict[int, ReportActor] = {}
    hops: dict[int, list[ReportHop]] = {}
    # Plain tuple unpacking: attribute access on ten thousands of rows is the slow part here.
    for (
        hop_id,
        claim_id,
        relays,
        position,
        actor_id,
        actor_name,
        actor_kind,
        source_id,
        relation,
        quote,
        hop_language,
        quote_language,
        relayed_on,
        status,
        status_rationale,
        doubtful,
        note,
    ) in hop_rows:
        source = known.get(source_id) if source_id is not None else None
        # The quote's own language and direction, never the actor's (a quote taken from a
        # translation is in the translation's language).
        language = quote_language
        actor = actors.get(actor_id)
        if actor is None:
            actor = actors[actor_id] = ReportActor(actor_id, actor_name, actor_kind)
        hops.setdefault(claim_id, []).append(
            ReportHop(
                hop_id,
                relays,
                position,
                actor,
                relation,
                source,
                quote,
                language,
                first_strong_direction(quote, text_direction(language, "ltr")),
                tuple(spans.get(hop_id, ())),
                relayed_on,
                status,
                status_rationale,
                bool(doubtful),
                note,
                hop_language,
            )
        )
    reviews: dict[int, list[ReportReview]] = {}
    live = {r[0] for r in hop_rows}
    review_rows = list(
        conn.execute(
            select(
                Review.claim_id,
                Review.id,
                Review.hop_id,
                Review.subject,
                Review.from_value,
                Review.to_value,
                Review.rationale,
                Review.evidence,
                Review.reviewer,
                Review.at,
            )
            .where(Review.claim_id.in_(ids))
            .order_by(Review.at, Review.id)
        )
    )
    # Reviewers are named by the id of their record, never by a name (names collide).
    reviewer_id = reviewer_ids(session, {row[8] for row in review_rows})
    for row in review_rows:
        owner, review_id, judged, subject, before, after, why, evidence, reviewer, at = row
        if judged is not None and judged not in live:
            continue  # the review of a hop in the Trash
        reviews.setdefault(owner, []).append(
            ReportReview(
                review_id,
                judged,
                subject,
                before,
                after,
                why,
                evidence,
                reviewer,
                at,
                reviewer_id[reviewer],
            )
        )
    out = []
    for claim_id in ids:
        c = claims.get(claim_id)
        if c is None:
            continue
        claim_hops = tuple(hops.get(claim_id, ()))
        out.append(
            ReportClaim(
                id=c.id,
                text=c.text,
                verdict=c.verdict,
                rationale=c.rationale,
                notes=c.notes,
                tags=tuple(tags.get(claim_id, ())),
                version=c.version,
                created_at=c.created_at,
                updated_at=c.updated_at,
                updated_by=c.updated_by,
                hops=claim_hops,
                chains=chains_of(claim_hops),
                reviews=tuple(reviews.get(claim_id, ())),
                verdict_set_by=c.verdict_set_by or "",
                signoff=c.signoff or "",
                signed_off_by=c.signed_off_by or "",
                signed_off_at=c.signed_off_at,
            )
        )
    return out


def iter_report_claims(
    session: Session,
    ids: Sequence[int],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[ReportClaim]:
    """The claims with these ids, in the order given, read `BATCH` at a time."""
    sources = _SourceCache(session)
    total = len(ids)
    for start in range(0, total, BATCH):
        if cancelled is not None and cancelled():
            raise ExportCancelled("the export was cancelled")
        yield from _read_batch(session, ids[start : start + BATCH], sources)
        if progress is not None:
            progress(min(start + BATCH, total), total)


def read_report(
    session: Session,
    ids: Sequence[int],
    *,
    case_name: str,
    reviewer: str,
    scope: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
    signing_key: str = "",
    publish_url: str = "",
) -> Report:
    """The report of these claims, read in one session so that it shows one state of the case
    (the audit head is read in the same session). `signing_key` is the fingerprint of the key
    that will sign the written file, when it is to be signed. `publish_url` (an absolute http(s)
    address) overrides the case's own publishing URL setting for this report."""
    settings = session.scalar(select(CaseInfo.settings).limit(1)) or {}
    meta = ReportMeta(
        case_name=case_name,
        audit_head=head_hash(session),
        generated_at=(now or dt.datetime.now(dt.UTC)).replace(microsecond=0),
        reviewer=reviewer,
        scope=scope,
        four_eyes=bool(settings.get("four_eyes", False)),
        signing_key=signing_key,
        publish_url=publish_url or str(settings.get(PUBLISH_URL_SETTING, "") or ""),
        reviewer_id=reviewer_ids(session, [reviewer])[reviewer],
    )
    claims = tuple(iter_report_claims(session, ids, progress=progress, cancelled=cancelled))
    return Report(meta, claims)
