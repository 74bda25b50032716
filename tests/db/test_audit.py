"""Every change writes a hash-chained audit event in the same transaction."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from db import operations as ops
from db.audit import verify_audit_log
from db.case import Case
from db.errors import InvalidInput
from db.models import AuditEvent

from .helpers import recorded


def _events(case: Case) -> list[tuple[str, str, str]]:
    with case.read() as session:
        return [
            (e.action, e.entity, e.reviewer)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_each_operation_is_audited_with_before_and_after(any_case: Case) -> None:
    with any_case.change(reviewer="Ayşe") as uow:
        claim = ops.add_claim(uow, "First wording")
        actor = ops.add_actor(uow, "Sergey Lavrov")
        hop = ops.add_hop(uow, claim, actor_id=actor, relation="said")
    with any_case.change(reviewer="Boris") as uow:
        ops.edit_claim(uow, claim, text="Second wording")
        ops.set_hop_status(uow, hop, "not-found", "Not in the transcript")
    events = _events(any_case)
    assert events[-5:] == [
        ("add claim", "claim", recorded(any_case, "Ayşe")),
        ("add actor", "actor", recorded(any_case, "Ayşe")),
        ("add hop", "hop", recorded(any_case, "Ayşe")),
        ("edit claim", "claim", recorded(any_case, "Boris")),
        ("set hop status", "hop", recorded(any_case, "Boris")),
    ]
    with any_case.read() as session:
        edit = session.scalars(select(AuditEvent).where(AuditEvent.action == "edit claim")).one()
        assert edit.before is not None and edit.after is not None
        assert (edit.before["text"], edit.after["text"]) == ("First wording", "Second wording")
        assert verify_audit_log(session) is None


def test_refused_change_writes_no_event(any_case: Case) -> None:
    count = len(_events(any_case))
    with pytest.raises(InvalidInput), any_case.change() as uow:
        ops.add_claim(uow, "kept only if all succeeds")
        ops.add_claim(uow, "")
    assert len(_events(any_case)) == count


def test_tampered_event_is_found(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        claim = ops.add_claim(uow, "Wording")
        ops.set_verdict(uow, claim, "false", "Debunked")
    database = sqlite_case.url.database
    assert database
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE audit_events SET reviewer = 'Mallory' WHERE action = 'add claim'")
        tampered = conn.execute(
            "SELECT id FROM audit_events WHERE action = 'add claim'"
        ).fetchone()[0]
    with sqlite_case.read() as session:
        broken = verify_audit_log(session)
    assert broken is not None and broken.event_id == tampered
