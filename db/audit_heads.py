"""The end of the audit log kept where a shortened log shows: the head (id and hash of the newest
event) stamped into the case by every unit of work that records events, and the desk's witness
book of heads seen outside the case (`db.integrity.check_case` compares both with the log)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEvent, CaseInfo
from .unit_of_work import UnitOfWork

HEAD_SETTING = "audit_head"


@dataclass(frozen=True)
class AuditHead:
    """The newest event of an audit log: its id and hash."""

    event_id: int
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {"event": self.event_id, "hash": self.hash}

    @classmethod
    def from_json(cls, value: Any) -> AuditHead | None:
        if isinstance(value, dict) and isinstance(value.get("event"), int):
            digest = value.get("hash")
            if isinstance(digest, str):
                return cls(value["event"], digest)
        return None


def stamp_audit_head(uow: UnitOfWork) -> None:
    """Record the newest event's id and hash in the case settings, in the same transaction.

    Call it at the end of every unit of work that recorded events (`Case.change` does), so that
    cutting events off the end of the log no longer leaves a case that looks intact.
    """
    session = uow.session
    session.flush()
    newest = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    info = session.scalar(select(CaseInfo).limit(1))
    if newest is None or info is None:
        return
    head = AuditHead(newest.id, newest.hash).as_json()
    settings = dict(info.settings or {})
    if settings.get(HEAD_SETTING) != head:
        info.settings = settings | {HEAD_SETTING: head}
        session.flush()


def stamped_head(session: Session) -> AuditHead | None:
    settings = session.scalar(select(CaseInfo.settings).limit(1)) or {}
    return AuditHead.from_json(settings.get(HEAD_SETTING))


# The desk's witness book: the audit heads this desk saw when it last verified each case, kept
# outside the case (a JSON file in the user data folder), so that a log cut back and re-stamped
# inside the case is still caught on this desk.


def _read_book(book: Path) -> dict[str, Any]:
    try:
        data = json.loads(book.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def witnessed_head(book: Path, location: str) -> AuditHead | None:
    return AuditHead.from_json(_read_book(book).get(location))


def remember_head(book: Path, location: str, head: AuditHead | None) -> None:
    """Write down the head of a case that verified intact (None forgets it, e.g. after a
    restore from a backup, whose log legitimately ends earlier)."""
    data = _read_book(book)
    if head is None:
        data.pop(location, None)
    else:
        data[location] = head.as_json()
    book.parent.mkdir(parents=True, exist_ok=True)
    partial = book.with_name(book.name + ".partial")
    partial.write_text(json.dumps(data, indent=1, sort_keys=True), "utf-8")
    os.replace(partial, book)
