"""Which version of its source each hop of a report was checked against, and how its quote
fared on the source's newest version (changed and lost quotes are marked until a reviewer
accepts the new anchor or keeps the old version)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from db.models import EvidenceFile, HopAnchor, SourceVersion

from .contents import EvidenceRef


@dataclass(frozen=True)
class HopCheck:
    """The version of the source a hop's quote is anchored in, with that version's evidence
    file; `health` and `note` say how the quote fared on the newest version."""

    version: int
    current: int
    evidence: EvidenceRef | None
    health: str = ""
    note: str = ""
    resolution: str = ""

    @property
    def needs_review(self) -> bool:
        return self.health in ("changed", "lost") and not self.resolution

    def citation(self) -> str:
        """ "version 2 of 3"; "version 1 of 2 (kept)"; "version 1 of 2: quote changed in
        version 2 — “45” → “4,500”"."""
        text = f"version {self.version} of {self.current}" if self.current > 1 else ""
        if self.resolution == "kept":
            text += " (kept)"
        if self.needs_review:
            text += f": quote {self.health} in version {self.current}"
            if self.note:
                text += f" — {self.note}"
        return text


def read_checks(conn: Connection, hops: Iterable[tuple[int, int | None]]) -> dict[int, HopCheck]:
    """The check of each (hop id, source id) that cites a source."""
    pairs = [(h, s) for h, s in hops if s is not None]
    if not pairs:
        return {}
    sources = sorted({s for _h, s in pairs})
    hop_ids = [h for h, _s in pairs]
    current: dict[int, int] = {}
    evidence: dict[tuple[int, int], EvidenceRef | None] = {}
    for source_id, number, sha, name, size, media in conn.execute(
        select(
            SourceVersion.source_id,
            SourceVersion.number,
            SourceVersion.evidence_sha256,
            EvidenceFile.file_name,
            EvidenceFile.size,
            EvidenceFile.media_type,
        )
        .outerjoin(EvidenceFile, EvidenceFile.sha256 == SourceVersion.evidence_sha256)
        .where(SourceVersion.source_id.in_(sources))
    ):
        current[source_id] = max(current.get(source_id, 0), number)
        evidence[(source_id, number)] = (
            EvidenceRef(sha, name or "", size or 0, media or "") if sha else None
        )
    anchors = {
        row.hop_id: row
        for row in conn.execute(
            select(
                HopAnchor.hop_id,
                HopAnchor.source_version,
                HopAnchor.health,
                HopAnchor.note,
                HopAnchor.resolution,
            ).where(HopAnchor.hop_id.in_(hop_ids))
        )
    }
    checks: dict[int, HopCheck] = {}
    for hop_id, source_id in pairs:
        newest = current.get(source_id, 1)
        anchor = anchors.get(hop_id)
        version = anchor.source_version if anchor is not None else newest
        checks[hop_id] = HopCheck(
            version=version,
            current=newest,
            evidence=evidence.get((source_id, version)),
            health=anchor.health if anchor is not None else "",
            note=anchor.note if anchor is not None else "",
            resolution=anchor.resolution if anchor is not None else "",
        )
    return checks
