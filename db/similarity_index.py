"""Upkeep of a case's similarity index: the band keys of every source window (`source_bands`)
and every claim's wording (`claim_bands`), written in the unit of work that adds or changes the
record and rebuilt whole by `reindex` and the Alembic revisions that change how keys are made.
Imports SQLAlchemy, the models and `db.text.similarity`; `db.appearances` reads what it writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from .models import Base, Claim, ClaimBand, Source, SourceBand
from .text import similarity as sim

_BATCH = 500
_INSERT_BATCH = 500


def index_source(
    session: Session, source_id: int, text_key: str, bands: Sequence[int] | None = None
) -> int:
    """Replace the band keys of one source from its folded text (or `bands`, its keys made
    ahead from that text: `db.text.source_keys`); returns how many were stored."""
    session.execute(delete(SourceBand).where(SourceBand.source_id == source_id))
    if bands is None:
        keys = sorted(sim.passage_band_keys(sim.folded_words_of_key(text_key)))
    else:
        keys = list(bands)
    table = Base.metadata.tables["source_bands"]
    for first in range(0, len(keys), _INSERT_BATCH):  # short calls: the window stays responsive
        session.connection().execute(
            insert(table),
            [{"band": k, "source_id": source_id} for k in keys[first : first + _INSERT_BATCH]],
        )
    return len(keys)


def index_claim(session: Session, claim_id: int, text_key: str) -> int:
    """Replace the band keys of one claim from its folded wording; returns how many."""
    session.execute(delete(ClaimBand).where(ClaimBand.claim_id == claim_id))
    keys = sim.claim_band_keys(text_key)
    if keys:
        session.connection().execute(
            insert(Base.metadata.tables["claim_bands"]),
            [{"band": k, "claim_id": claim_id} for k in sorted(keys)],
        )
    return len(keys)


def drop_source_index(session: Session, source_id: int) -> None:
    """Forget a source's band keys (it left the case or went to the Trash)."""
    session.execute(delete(SourceBand).where(SourceBand.source_id == source_id))


def drop_claim_index(session: Session, claim_id: int) -> None:
    """Forget a claim's band keys (it left the case or went to the Trash)."""
    session.execute(delete(ClaimBand).where(ClaimBand.claim_id == claim_id))


@dataclass(frozen=True)
class IndexCounts:
    sources: int
    source_keys: int
    claims: int
    claim_keys: int


def rebuild_index_rows(bind: Connection | Session) -> IndexCounts:
    """Drop and rebuild every band key of the case (sources and claims) from their folded text.

    Works on a Connection (the Alembic revision) or a Session (`reindex`); the caller commits.
    """
    conn = bind.connection() if isinstance(bind, Session) else bind
    conn.execute(delete(SourceBand))
    conn.execute(delete(ClaimBand))
    counts = [0, 0, 0, 0]
    last = 0
    while True:
        rows = conn.execute(
            select(Source.id, Source.text_key)
            .where(Source.id > last)
            .order_by(Source.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        batch: list[dict[str, int]] = []
        for ident, key in rows:
            keys = sim.passage_band_keys(sim.folded_words_of_key(key or ""))
            batch.extend({"band": k, "source_id": ident} for k in sorted(keys))
            counts[0] += 1
            counts[1] += len(keys)
        if batch:
            conn.execute(insert(SourceBand), batch)
        last = rows[-1][0]
    counts[2], counts[3] = rebuild_claim_index_rows(conn, clear=False)
    return IndexCounts(*counts)


def rebuild_claim_index_rows(bind: Connection | Session, *, clear: bool = True) -> tuple[int, int]:
    """Drop and rebuild the band keys of every claim (not merged away); returns how many claims
    and keys. For a revision that changes only how claims are banded; the caller commits."""
    conn = bind.connection() if isinstance(bind, Session) else bind
    if clear:
        conn.execute(delete(ClaimBand))
    claims = keys_stored = 0
    last = 0
    while True:
        claim_rows = conn.execute(
            select(Claim.id, Claim.text_key, Claim.merged_into_id)
            .where(Claim.id > last)
            .order_by(Claim.id)
            .limit(_BATCH * 4)
        ).all()
        if not claim_rows:
            break
        claim_batch: list[dict[str, int]] = []
        for ident, key, merged_into in claim_rows:
            if merged_into is not None:
                continue
            keys = sim.claim_band_keys(key or "")
            claim_batch.extend({"band": k, "claim_id": ident} for k in sorted(keys))
            claims += 1
            keys_stored += len(keys)
        if claim_batch:
            conn.execute(insert(ClaimBand), claim_batch)
        last = claim_rows[-1][0]
    return claims, keys_stored
