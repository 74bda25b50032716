"""The audit log: append-only, each event hash-chained to the one before it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import AuditEvent

GENESIS_HASH = "0" * 64


def _iso(at: dt.datetime) -> str:
    return as_utc(at).isoformat(timespec="microseconds")


def event_hash(
    *,
    prev_hash: str,
    at: dt.datetime,
    reviewer: str,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> str:
    """SHA-256 over the canonical JSON of an event's content and the hash of the event before."""
    content = {
        "prev": prev_hash,
        "at": _iso(at),
        "reviewer": reviewer,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before": before,
        "after": after,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_audit_log(session: Session) -> None:
    """Serialise appends so that two writers never chain onto the same event.

    SQLite write transactions are already serial (`BEGIN IMMEDIATE`); PostgreSQL takes a
    transaction-scoped advisory lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(727274)"))


def head_hash(session: Session) -> str:
    return head_event(session)[0]


def head_event(session: Session) -> tuple[str, dt.datetime | None]:
    """The hash and time of the newest audit event (GENESIS_HASH and None for an empty log)."""
    last = session.execute(
        select(AuditEvent.hash, AuditEvent.at).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return (GENESIS_HASH, None) if last is None else (last.hash, last.at)


def as_utc(at: dt.datetime) -> dt.datetime:
    """`at` with its time zone (SQLite gives naive UTC datetimes back)."""
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


@dataclass(frozen=True)
class AuditBreak:
    """The first event whose stored hash or link does not match its content."""

    event_id: int
    reason: str


def event_problem(event: Any, prev: str) -> str | None:
    """Why this event (a row or model with the audit columns) does not follow `prev`, or None."""
    if event.prev_hash != prev:
        return "does not link to the event before it (an event was deleted, inserted or moved)"
    expected = event_hash(
        prev_hash=prev,
        at=event.at,
        reviewer=event.reviewer,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
    )
    if expected != event.hash:
        return "was changed: its content does not match its hash"
    return None


def verify_audit_log(session: Session) -> AuditBreak | None:
    """Re-check the whole chain; None when intact."""
    prev = GENESIS_HASH
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(1000):
        reason = event_problem(event, prev)
        if reason is not None:
            return AuditBreak(event.id, reason)
        prev = event.hash
    return None
