"""Reading the versions of a source (its history) and the health of a hop's quote."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import EvidenceFile, Hop, SourceVersion
from .views import QuotesSummary, VersionView


def source_history(session: Session, source_id: int) -> tuple[VersionView, ...]:
    """Every version of a source, oldest first: who made it, when, why, from which file."""
    rows = session.execute(
        select(SourceVersion, EvidenceFile.file_name, func.length(SourceVersion.text))
        .outerjoin(EvidenceFile, EvidenceFile.sha256 == SourceVersion.evidence_sha256)
        .where(SourceVersion.source_id == source_id)
        .order_by(SourceVersion.number)
    ).all()
    newest = max((r[0].number for r in rows), default=0)
    views = []
    for version, file_name, length in rows:
        quotes = dict(version.quotes or {})
        same_as = quotes.pop("same_as", None)
        views.append(
            VersionView(
                number=version.number,
                reason=version.reason,
                why=version.why,
                created_by=version.created_by,
                created_at=version.created_at,
                evidence_sha256=version.evidence_sha256,
                file_name=file_name or "",
                text_length=int(length or 0),
                encoding=str((version.details or {}).get("encoding", "")),
                quotes=_summary(quotes) if version.number > 1 else "",
                current=version.number == newest,
                same_as=int(same_as) if same_as else None,
            )
        )
    return tuple(views)


def _summary(counts: dict[str, Any]) -> str:
    return QuotesSummary({k: int(v) for k, v in counts.items()}).describe()


def current_versions(session: Session, source_ids: set[int]) -> dict[int, int]:
    """The number of each source's current (newest) version."""
    if not source_ids:
        return {}
    return {
        source_id: int(number)
        for source_id, number in session.execute(
            select(SourceVersion.source_id, func.max(SourceVersion.number))
            .where(SourceVersion.source_id.in_(source_ids))
            .group_by(SourceVersion.source_id)
        )
    }


def health_fields(hop: Hop, current: int | None) -> dict[str, Any]:
    """The HopView fields that say which version a quote was checked against and how it fared
    on the newest (`current`: the number of the source's current version)."""
    anchor = hop.anchor
    if hop.source_id is None or not hop.quote:
        return {}
    if anchor is None:
        return {"checked_version": current}
    proposed = ""
    if anchor.proposed_start is not None and hop.source is not None:
        proposed = hop.source.text[anchor.proposed_start : anchor.proposed_end]
    return {
        "checked_version": anchor.source_version,
        "quote_health": anchor.health,
        "health_note": anchor.note,
        "health_resolution": anchor.resolution,
        "proposed_quote": proposed,
    }
