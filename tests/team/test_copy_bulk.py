"""copy-to from a case file to a team server goes by the bulk path (SQLite writes the CSV,
COPY reads it): every awkward value arrives exactly as it was, and a copy stopped on the way or
that fails its checks leaves the server's new case as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, select, update

from db import operations as ops
from db import transfer_bulk
from db.case import Case, open_case
from db.errors import InvalidInput
from db.models import AuditEvent, Claim, EvidenceFile, Hop, Source
from db.transfer import copy_case

AWKWARD = [
    "It's a 'quoted' claim, with \"double\" quotes; and a comma",
    "two\nlines\r\nand a tab\there",
    "\\.",
    "ends with a backslash \\",
    "NULL",
    "قال الوزير إنه \"لا توجد شروط مسبقة\"، وأضاف: 'لا'",
    "Лавров: «нет предварительных условий»",
]


def _case_with_awkward_values(path: Path) -> Case:
    case = open_case(path, reviewer='O\'Brien, "the" reviewer', create=True)
    with case.change() as uow:
        actor = ops.add_actor(uow, 'Ministry\'s "spokesman", Ankara')
        source = ops.add_source(
            uow, title="NULL", outlet="", text="A source's text,\nwith 'quotes'.",
            published_on=dt.date(2025, 12, 31),
        )  # fmt: skip
        ops.store_evidence(uow, bytes(range(256)) + b"'\",\n\\", file_name="a'b.pdf",
                           media_type="application/pdf")  # fmt: skip
        ops.store_evidence(uow, b"", file_name="empty.txt", media_type="text/plain")
        previous = None
        for text in AWKWARD:
            claim = ops.add_claim(uow, text, notes=text, tags=["it's", "NULL"])
            previous = ops.add_hop(
                uow, claim, actor_id=actor, relation="said", source_id=source, quote=text,
                relayed_on=dt.date(2026, 2, 28), direction_doubtful=True,
            )  # fmt: skip
        assert previous is not None
    # A carriage return alone, as an older case or another program may have stored it.
    with case.engine.begin() as conn:
        conn.execute(update(Hop).where(Hop.id == previous).values(note="a\rb\r\n'c'\r"))
    return case


def _rows(case: Case) -> dict[str, list[tuple[Any, ...]]]:
    with case.read() as session:
        return {
            model.__table__.name: [
                tuple(row)
                for row in session.execute(
                    select(*model.__table__.columns).order_by(*model.__table__.primary_key)
                )
            ]
            for model in (Claim, Hop, Source, EvidenceFile, AuditEvent)
        }


@pytest.mark.postgres
def test_awkward_values_arrive_exactly(tmp_path: Path, pg_url: str) -> None:
    local = _case_with_awkward_values(tmp_path / "awkward.provdesk")
    server = open_case(pg_url, reviewer="Me", create=True)
    report = copy_case(local, server)
    assert report.counts["claims"] == len(AWKWARD) and report.evidence_files == 2
    here, there = _rows(local), _rows(server)
    for name, rows in here.items():
        expected = rows
        if name == "audit_events":  # the copy adds its own event at the end
            there[name] = there[name][: len(rows)]
        assert there[name] == expected, name
    with server.read() as session:
        texts = set(session.scalars(select(Claim.text)))
        times = session.scalars(select(Claim.created_at)).all()
        notes = set(session.scalars(select(Hop.note)))
        stamp = session.scalar(select(Hop.created_at).limit(1))
    assert texts == {text.replace("\r\n", "\n") for text in AWKWARD}
    assert "a\rb\r\n'c'\r" in notes
    assert all(t is not None and t.utcoffset() == dt.timedelta(0) for t in times)
    with local.read() as session:
        assert session.scalar(select(Hop.created_at).limit(1)) == stamp
    local.close()
    server.close()


@pytest.mark.postgres
@pytest.mark.parametrize("stop_at", ["hops", "indexes"])
def test_a_copy_stopped_on_the_way_leaves_the_new_case_as_it_was(
    tmp_path: Path, pg_url: str, stop_at: str
) -> None:
    local = _case_with_awkward_values(tmp_path / "awkward.provdesk")
    server = open_case(pg_url, reviewer="Me", create=True)
    before = _rows(server)

    class Cancelled(Exception):
        pass

    def progress(table: str, rows: int) -> None:
        if table == stop_at:
            raise Cancelled

    with pytest.raises(Cancelled):
        copy_case(local, server, progress)
    assert _rows(server) == before
    # Nothing half-done stands in the way of copying again.
    assert copy_case(local, server).counts["hops"] == len(AWKWARD)
    local.close()
    server.close()


@pytest.mark.postgres
def test_a_copy_that_does_not_verify_leaves_the_new_case_as_it_was(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = _case_with_awkward_values(tmp_path / "awkward.provdesk")
    server = open_case(pg_url, reviewer="Me", create=True)
    before = _rows(server)
    real = transfer_bulk.copy_table

    def loses_a_row(src: Any, dst: Any, table: Table, progress: Any = None) -> int:
        copied = real(src, dst, table, progress)
        if table.name == "hops":
            dst.exec_driver_sql("DELETE FROM hops WHERE id = (SELECT max(id) FROM hops)")
        return copied

    monkeypatch.setattr(transfer_bulk, "copy_table", loses_a_row)
    with pytest.raises(InvalidInput, match="hops has 6 rows, not 7"):
        copy_case(local, server)
    assert _rows(server) == before
    local.close()
    server.close()


def test_a_table_with_a_type_the_bulk_path_does_not_carry_goes_row_by_row() -> None:
    class Dialect:
        def __init__(self, name: str) -> None:
            self.name = name

    class Side:
        def __init__(self, name: str) -> None:
            self.dialect = Dialect(name)

    metadata = MetaData()
    plain = Table("plain", metadata, Column("id", Integer, primary_key=True), Column("t", String))
    floats = Table("floats", metadata, Column("id", Integer, primary_key=True), Column("x", Float))
    sqlite, postgres = Side("sqlite"), Side("postgresql")
    assert transfer_bulk.can_copy(sqlite, postgres, plain)  # type: ignore[arg-type]
    assert not transfer_bulk.can_copy(sqlite, postgres, floats)  # type: ignore[arg-type]
    assert not transfer_bulk.can_copy(postgres, sqlite, plain)  # type: ignore[arg-type]


def test_the_command_line_says_when_the_rows_are_in_and_the_indexes_are_built(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import case_commands

    clock = iter(range(1, 100))
    monkeypatch.setattr(case_commands.time, "monotonic", lambda: float(next(clock)))
    progress = case_commands._copy_progress()
    progress("claims", 5000)
    progress("indexes", 3)
    shown = capsys.readouterr().err
    assert "copying claims: 5,000 rows…" in shown
    assert "building indexes and keys: 3 done…" in shown
