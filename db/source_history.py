"""Reading the versions of a source (its history) and the health of a hop's quote."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import EvidenceFile, SourceVersion
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
