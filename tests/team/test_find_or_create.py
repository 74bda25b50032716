"""Two reviewers creating the same new actor at once get one actor, and the audit log's times
follow its order, on an SQLite file and on PostgreSQL; verify names a time that goes back."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from db import operations as ops
from db.audit import event_hash, head_hash
from db.case import Case
from db.integrity import verify_case
from db.models import Actor, AuditEvent

ADDER = Path(__file__).with_name("actor_adder.py")
ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12


def _location(case: Case) -> str:
    if case.dialect == "sqlite":
        return str(case.url.database)
    return case.url.render_as_string(hide_password=False)


def test_two_processes_adding_the_same_new_actor_make_one(any_case: Case, tmp_path: Path) -> None:
    with any_case.change() as uow:
        claim = ops.add_claim(uow, "Both reviewers relay the same newcomer")
    go = tmp_path / "go"
    adders = [
        subprocess.Popen(
            [sys.executable, str(ADDER), _location(any_case), str(claim), str(ROUNDS), str(go)],
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        for _ in range(2)
    ]
    go.touch()
    for adder in adders:
        _out, err = adder.communicate(timeout=240)
        assert adder.returncode == 0, err
    with any_case.read() as session:
        per_name = dict(
            session.execute(
                select(Actor.name, func.count())
                .where(Actor.name.like("Newcomer %"))
                .group_by(Actor.name)
            ).all()
        )
        times = list(session.scalars(select(AuditEvent.at).order_by(AuditEvent.id)))
        report = verify_case(session)
    assert per_name == {f"Newcomer {n}": 1 for n in range(ROUNDS)}
    utc = [t.replace(tzinfo=dt.UTC) if t.tzinfo is None else t for t in times]
    assert utc == sorted(utc), "an audit event is dated before the event before it"
    assert report.intact, report.summary()


def test_a_clock_running_behind_does_not_date_an_event_back(any_case: Case, monkeypatch) -> None:
    with any_case.change() as uow:
        ops.add_claim(uow, "Written with the right time")
    # The next reviewer's machine is an hour behind.
    import db.unit_of_work as unit_of_work

    behind = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    monkeypatch.setattr(unit_of_work, "utcnow", lambda: behind)
    with any_case.change() as uow:
        ops.add_claim(uow, "Written by a slow clock")
    with any_case.read() as session:
        first, second = session.scalars(
            select(AuditEvent.at).order_by(AuditEvent.id.desc()).limit(2)
        )
        report = verify_case(session)
    assert first >= second
    assert report.intact, report.summary()


def test_verify_names_an_event_dated_before_the_one_before_it(sqlite_case: Case) -> None:
    with sqlite_case.change() as uow:
        ops.add_claim(uow, "A claim")
    # An event appended with a valid hash but a time an hour earlier (as an older release, whose
    # times were taken before its turn, could write).
    with sqlite_case.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        at = last.at - dt.timedelta(hours=1)
        prev = head_hash(session)
        fields = {
            "reviewer": "Other Reviewer",
            "action": "edit claim",
            "entity": "note",
            "entity_id": "0",
            "before": None,
            "after": {"text": "late"},
        }
        session.add(
            AuditEvent(
                at=at, prev_hash=prev, hash=event_hash(prev_hash=prev, at=at, **fields), **fields
            )
        )
        session.commit()
    with sqlite_case.read() as session:
        report = verify_case(session)
    times = [p for p in report.problems if p.kind == "time"]
    assert len(times) == 1 and "earlier than the event before it" in times[0].message
    assert not report.intact
