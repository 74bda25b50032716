"""Copy a whole case between an SQLite file and a team server, checked afterwards.

Rows keep their ids, so the audit log, its hash chain and every reference survive; evidence
files are copied as bytes and re-hashed on arrival.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from . import transfer_bulk
from .audit import head_hash, verify_audit_log
from .case import Case
from .errors import InvalidInput
from .models import AuditEvent, Base, EvidenceFile
from .record_ids import ID_TABLES, LATER_ID_TABLES, high_water, raise_high_water

BATCH = 2000


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]
    evidence_files: int
    audit_head: str


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _is_empty(case: Case) -> bool:
    with case.read() as session:
        events = session.scalar(select(func.count(AuditEvent.id))) or 0
    return events <= 1


def _restore_references(
    dst: Connection, table: Table, columns: list[str], rows: list[dict[str, Any]]
) -> None:
    """Set the self-references held back while `table` was copied into a case whose foreign
    keys stay in place (an SQLite file): a hop's relayed hop, an actor's merge. One
    executemany per batch, never one statement per row."""
    primary = table.primary_key.columns.values()[0]
    statement = (
        update(table)
        .where(primary == bindparam("_pk"))
        .values({c: bindparam(f"_{c}") for c in columns})
    )
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        dst.execute(statement, [{f"_{k}": v for k, v in row.items()} for row in batch])


def _quoted(names: list[str]) -> list[str]:
    return ['"' + name.replace('"', '""') + '"' for name in names]


def _copy_rows(dst: Connection, table: str, columns: list[str], rows: Iterable[list[Any]]) -> None:
    """Rows into a PostgreSQL table through COPY (psycopg), PostgreSQL's own bulk path."""
    driver = dst.connection.driver_connection
    assert driver is not None
    sql = f"COPY {_quoted([table])[0]} ({', '.join(_quoted(columns))}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def _insert_rows(dst: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
    if dst.dialect.name != "postgresql":
        dst.execute(insert(table), batch)
        return
    names = [c.name for c in table.columns]
    as_json = {c.name for c in table.columns if isinstance(c.type, JSON)}
    _copy_rows(
        dst,
        table.name,
        names,
        (
            [
                json.dumps(r[n], ensure_ascii=False) if n in as_json and r[n] is not None else r[n]
                for n in names
            ]
            for r in batch
        ),
    )


def _set_indexes_aside(dst: Connection) -> list[str]:
    """On PostgreSQL, drop the case's foreign keys and secondary indexes (the full-text GIN
    indexes above all) for the length of the copy, and return the statements that make them
    again: one build and one check after the rows is several times faster than keeping them
    up to date row by row (pg_restore's order). Keys and unique constraints stay; the foreign
    keys are checked again when they are added back, in the same transaction. Elsewhere:
    nothing."""
    if dst.dialect.name != "postgresql":
        return []
    keys = dst.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
    ).all()
    indexes = dst.exec_driver_sql(
        "SELECT i.indexname, i.indexdef FROM pg_indexes AS i "
        "WHERE i.schemaname = current_schema() AND NOT EXISTS ("
        "SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname) "
        "AND NOT i.indexdef LIKE 'CREATE UNIQUE%%'"
    ).all()
    for table, name, _definition in keys:
        dst.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {_quoted([name])[0]}")
    for name, _definition in indexes:
        dst.exec_driver_sql(f"DROP INDEX {_quoted([name])[0]}")
    return [definition for _name, definition in indexes] + [
        f"ALTER TABLE {table} ADD CONSTRAINT {_quoted([name])[0]} {definition}"
        for table, name, definition in keys
    ]


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    progress: Callable[[str, int], None] | None,
    *,
    keys_aside: bool,
) -> None:
    """Every row of `table`, in batches. Where the target's foreign keys are in place, a
    table's references to itself are held back and set once all its rows are in."""
    if transfer_bulk.can_copy(src, dst, table):
        transfer_bulk.copy_table(src, dst, table, progress)
        return
    deferred = [] if keys_aside else _self_references(table)
    pending: list[dict[str, Any]] = []
    key = table.primary_key.columns.keys()[0]
    rows = src.execution_options(yield_per=BATCH).execute(select(table))
    copied = 0
    for partition in rows.partitions(BATCH):
        batch = [dict(r._mapping) for r in partition]
        if deferred:
            pending.extend(
                {"pk": r[key], **{c: r[c] for c in deferred}}
                for r in batch
                if any(r[c] is not None for c in deferred)
            )
            batch = [r | dict.fromkeys(deferred) for r in batch]
        _insert_rows(dst, table, batch)
        copied += len(batch)
        if progress:
            progress(table.name, copied)
    if pending:
        _restore_references(dst, table, deferred, pending)


def _clear(dst: Connection, tables: list[Table]) -> None:
    """Empty the new case's tables (its first audit event, its reviewer) in the copy's
    transaction."""
    if dst.dialect.name == "postgresql":
        dst.exec_driver_sql("TRUNCATE " + ", ".join(_quoted([t.name for t in tables])))
        return
    for table in reversed(tables):
        dst.execute(delete(table))


def copy_case(
    source: Case, target: Case, progress: Callable[[str, int], None] | None = None
) -> CopyReport:
    """Copy every row of `source` into the new, empty case `target` and verify counts,
    evidence hashes and the audit chain, all in one transaction of the target's: a copy that
    fails or does not verify leaves the target as it was. Refuses a target that already holds
    work. Rows go in batches (COPY on PostgreSQL); `progress(table, rows copied)` is called
    after each batch (then `progress("indexes", n)` while the server's indexes are rebuilt) and
    may raise to cancel. The target's audit log then records the copy."""
    if not _is_empty(target):
        raise InvalidInput(f"{target.location} already holds a case; copy into a new one")
    tables = list(Base.metadata.sorted_tables)
    with target.engine.begin() as dst, source.engine.connect() as src:
        if dst.dialect.name == "postgresql":
            transfer_bulk.prepare(dst)
        _clear(dst, tables)
        rebuild = _set_indexes_aside(dst)
        for table in tables:
            _copy_table(src, dst, table, progress, keys_aside=bool(rebuild))
        # The copy never gives an id the original gave, even one since purged.
        for name in (*ID_TABLES, *LATER_ID_TABLES):
            raise_high_water(dst, name, high_water(src, name))
        for built, definition in enumerate(rebuild, start=1):
            dst.exec_driver_sql(definition)
            if progress:
                progress("indexes", built)
        with Session(bind=src) as here, Session(bind=dst) as there:
            report = _verified(here, there)
    with target.change() as uow:
        uow.record(
            "copy case",
            "case",
            1,
            None,
            {"from": source.location, "audit_head": report.audit_head, "counts": report.counts},
        )
    return report


def verify_copy(source: Case, target: Case) -> CopyReport:
    """Counts of every table equal, every evidence file re-hashed, audit chains intact and
    ending in the same event."""
    with source.read() as src, target.read() as dst:
        return _verified(src, dst)


def _verified(src: Session, dst: Session) -> CopyReport:
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        here = src.scalar(select(func.count()).select_from(table)) or 0
        there = dst.scalar(select(func.count()).select_from(table)) or 0
        if here != there:
            raise InvalidInput(f"the copy is incomplete: {table.name} has {there} rows, not {here}")
        counts[table.name] = here
    files = 0
    for sha, content in dst.execute(select(EvidenceFile.sha256, EvidenceFile.content)):
        if hashlib.sha256(content).hexdigest() != sha:
            raise InvalidInput(f"the evidence file {sha} changed on the way")
        files += 1
    if verify_audit_log(dst) is not None:
        raise InvalidInput("the copied audit log does not verify")
    head = head_hash(dst)
    if head != head_hash(src):
        raise InvalidInput("the copied audit log does not end in the same event")
    return CopyReport(counts, files, head)
