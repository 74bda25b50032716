"""copy-to moves every row as it is, in batches, and leaves the team server's case whole: the
same rows back and forth (self-references included), the same indexes and foreign keys as a case
the server made itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from db import operations as ops
from db.case import Case, open_case
from db.demo import create_demo
from db.integrity import verify_case
from db.models import Base
from db.transfer import copy_case


def _rows(case: Case) -> dict[str, list[tuple[Any, ...]]]:
    with case.read() as session:
        return {
            table.name: [
                tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))
            ]
            for table in Base.metadata.sorted_tables
        }


def _shape(case: Case) -> tuple[set[str], set[tuple[str, str]]]:
    with case.read() as session:
        indexes = set(
            session.scalars(
                text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
            )
        )
        keys = {
            (str(t), str(d))
            for t, d in session.execute(
                text(
                    "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE connamespace = current_schema()::regnamespace"
                )
            )
        }
    return indexes, keys


def test_rows_go_to_the_server_and_back_unchanged(tmp_path: Path, pg_url: str) -> None:
    local = open_case(tmp_path / "desk.provdesk", reviewer="Me", create=True)
    create_demo(local)
    with local.change() as uow:
        keep = ops.add_actor(uow, "Sergey Lavrov")
        gone = ops.add_actor(uow, "S. Lavrov")
        ops.merge_actors(uow, keep, gone)
    server = open_case(pg_url, reviewer="Me", create=True)
    shape = _shape(server)
    copy_case(local, server)
    back = open_case(tmp_path / "back.provdesk", reviewer="Me", create=True)
    copy_case(server, back)
    before, there, after = _rows(local), _rows(server), _rows(back)
    # The copy adds its own audit event (and names its reviewer) at the end, in each direction.
    grows = {"audit_events", "reviewers", "case_info"}
    for name, rows in before.items():
        if name not in grows:
            assert there[name] == rows == after[name], name
    for name in grows - {"case_info"}:
        assert there[name][: len(before[name])] == before[name], name
        assert after[name][: len(before[name])] == before[name], name
    assert len(there["audit_events"]) == len(before["audit_events"]) + 1
    with server.read() as session:
        assert verify_case(session).intact
    # The indexes and foreign keys set aside during the copy are all back.
    assert _shape(server) == shape and len(shape[0]) > 10
    for case in (local, server, back):
        case.close()
