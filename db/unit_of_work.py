"""A unit of work: one transaction, its audit events, and what it changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from .audit import as_utc, event_hash, head_event, head_hash, lock_audit_log
from .changes import CHANNEL as CHANNEL
from .changes import Changes as Changes
from .models import AuditEvent, utcnow


class UnitOfWork:
    """Holds the session of one change to a case; only its owner (`Case.change`) commits.

    Operations in `db.operations` take a unit of work, change rows through `session`, and call
    `record` for each change, which appends the hash-chained audit event in the same
    transaction.
    """

    def __init__(self, session: Session, reviewer: str) -> None:
        self.session = session
        self.reviewer = reviewer
        self.changes = Changes()
        self.now: dt.datetime = utcnow()
        self._last_hash: str | None = None
        self.context: dict[str, Any] = {}
        """Added to the `after` of every event recorded while set (see `tagged`)."""

    def follow_head(self) -> None:
        """Take the time of this unit of work in its turn: never earlier than the newest audit
        event, whatever the clocks of two reviewers' machines say, so that the log's times only
        go forward. Called by its owner once the writers' lock is held, before any change."""
        head_at = head_event(self.session)[1]
        self.now = utcnow()
        if head_at is not None and as_utc(head_at) > self.now:
            self.now = as_utc(head_at)

    @property
    def recorded(self) -> bool:
        """Whether this unit of work appended any audit event."""
        return self._last_hash is not None

    @contextmanager
    def tagged(self, **context: Any) -> Iterator[None]:
        """Within the block, every recorded event's `after` also holds these keys (for example
        `from_suggestion`), so the audit log says where a change came from."""
        saved = self.context
        self.context = {**saved, **context}
        try:
            yield
        finally:
            self.context = saved

    def record(
        self,
        action: str,
        entity: str,
        entity_id: object,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        if self._last_hash is None:
            lock_audit_log(self.session)
            self._last_hash = head_hash(self.session)
        entity_key = str(entity_id)
        if self.context:
            after = {**(after or {}), **self.context}
        digest = event_hash(
            prev_hash=self._last_hash,
            at=self.now,
            reviewer=self.reviewer,
            action=action,
            entity=entity,
            entity_id=entity_key,
            before=before,
            after=after,
        )
        self.session.add(
            AuditEvent(
                at=self.now,
                reviewer=self.reviewer,
                action=action,
                entity=entity,
                entity_id=entity_key,
                before=before,
                after=after,
                prev_hash=self._last_hash,
                hash=digest,
            )
        )
        self._last_hash = digest
