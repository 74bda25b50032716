"""The report model: what a report says, read once from a case and handed to every renderer.

Every renderer (JSON, HTML, Markdown, CSV, PROV, ClaimReview, PDF) formats the same frozen
objects, so the formats cannot disagree about a claim. Claims are read in batches with a few
set-based queries per batch (not one `claim_detail` per claim), so that a case of ten thousand
claims is read in seconds. The wording of a claim, a quote or a rationale is kept exactly as
the case stores it; escaping is the renderers' job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from db.text.direction import first_strong_direction, language_direction

from .checks import read_checks
from .contents import (
    BATCH,
    SIGNOFF_LABELS,
    EvidenceRef,
    ExportCancelled,
    Progress,
    Report,
    ReportActor,
    ReportClaim,
    ReportHop,
    ReportMeta,
    ReportReview,
    ReportSource,
    ReportSpan,
    _label,
    chains_of,
)
from .translations import read_translations

__all__ = [
    "BATCH",
    "SIGNOFF_LABELS",
    "EvidenceRef",
    "ExportCancelled",
    "Progress",
    "Report",
    "ReportActor",
    "ReportClaim",
    "ReportHop",
    "ReportMeta",
    "ReportReview",
    "ReportSource",
    "ReportSpan",
    "_label",
    "chains_of",
    "iter_report_claims",
    "read_report",
]


SOURCES_KEPT = 4096
"""Sources remembered between batches of claims: a report of a case with a source per claim
reads them again rather than holding them all."""


class _SourceCache:
    """Sources (without their text) and their evidence files, read once per report (while at
    most `SOURCES_KEPT` are remembered)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sources: dict[int, ReportSource] = {}

    def load(self, ids: set[int]) -> None:
        if len(self.sources) > SOURCES_KEPT:
            self.sources = {i: self.sources[i] for i in ids if i in self.sources}
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
    checks = read_checks(conn, ((r[0], r[7]) for r in hop_rows))
    known = sources.sources
    translated = read_translations(session, ((r[0], r[7], spans.get(r[0], ())) for r in hop_rows))
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
                first_strong_direction(quote, language_direction(language, "ltr")),
                tuple(spans.get(hop_id, ())),
                relayed_on,
                status,
                status_rationale,
                bool(doubtful),
                note,
                hop_language,
                checks.get(hop_id),
                translated.get(hop_id),
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
