"""Copy a whole case between an SQLite file and a team server, checked afterwards.

Rows keep their ids, so the audit log, its hash chain and every reference survive; evidence
files are copied as bytes and re-hashed on arrival.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, select, update

from .audit import head_hash, verify_audit_log
from .case import Case
from .errors import InvalidInput
from .models import AuditEvent, Base, EvidenceFile
from .record_ids import ID_TABLES, high_water, raise_high_water

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


def copy_case(
    source: Case, target: Case, progress: Callable[[str, int], None] | None = None
) -> CopyReport:
    """Copy every row of `source` into the new, empty case `target`, then verify counts,
    evidence hashes and the audit chain. Refuses a target that already holds work."""
    if not _is_empty(target):
        raise InvalidInput(f"{target.location} already holds a case; copy into a new one")
    tables = list(Base.metadata.sorted_tables)
    with target.engine.begin() as dst:
        for table in reversed(tables):
            dst.execute(delete(table))
        with source.engine.connect() as src:
            for table in tables:
                deferred = _self_references(table)
                pending: list[dict[str, object]] = []
                rows = src.execution_options(yield_per=BATCH).execute(select(table))
                copied = 0
                for partition in rows.partitions(BATCH):
                    batch = [dict(r._mapping) for r in partition]
                    if deferred:
                        pending.extend(
                            {
                                "pk": r[table.primary_key.columns.keys()[0]],
                                **{c: r[c] for c in deferred},
                            }
                            for r in batch
                            if any(r[c] is not None for c in deferred)
                        )
                        batch = [r | dict.fromkeys(deferred) for r in batch]
                    dst.execute(insert(table), batch)
                    copied += len(batch)
                    if progress:
                        progress(table.name, copied)
                if pending:
                    primary = table.primary_key.columns.values()[0]
                    for row in pending:
                        values = {c: row[c] for c in deferred}
                        dst.execute(update(table).where(primary == row["pk"]).values(**values))
            # The copy never gives an id the original gave, even one since purged.
            for name in ID_TABLES:
                raise_high_water(dst, name, high_water(src, name))
    report = verify_copy(source, target)
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
    counts: dict[str, int] = {}
    with source.read() as src, target.read() as dst:
        for table in Base.metadata.sorted_tables:
            here = src.scalar(select(func.count()).select_from(table)) or 0
            there = dst.scalar(select(func.count()).select_from(table)) or 0
            if here != there:
                raise InvalidInput(
                    f"the copy is incomplete: {table.name} has {there} rows, not {here}"
                )
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
