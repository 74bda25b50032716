"""Backups: consistent snapshots of an SQLite case, rotation, a schedule, and restores that
always keep the case as it was."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from db import backups
from db import operations as ops
from db.case import Case, backup_sqlite, open_case
from db.errors import InvalidInput, NotACase
from db.integrity import verify_case
from db.queries import count_claims

from ..db.helpers import dump
from .conftest import build_history


def claims_in(path: Path) -> int:
    case = open_case(path, reviewer="Test Reviewer")
    try:
        with case.read() as session:
            assert verify_case(session).intact
            return count_claims(session)
    finally:
        case.close()


def test_backup_and_restore_round_trip(sqlite_case: Case, case_path: Path) -> None:
    build_history(sqlite_case)
    before = dump(sqlite_case)
    backup = backups.create_backup(sqlite_case)
    with sqlite_case.change() as uow:
        ops.add_claim(uow, "Added after the backup")
        ops.set_verdict(uow, 1, "false", "Changed after the backup")
    changed = dump(sqlite_case)
    sqlite_case.close()

    result = backups.restore_file(case_path, backup.path)

    assert result.restored_from == backup.path
    assert result.kept_copy is not None and result.kept_copy.exists()
    restored = open_case(case_path, reviewer="Test Reviewer")
    try:
        assert dump(restored) == before
        with restored.read() as session:
            assert verify_case(session).intact
    finally:
        restored.close()
    kept = open_case(result.kept_copy, reviewer="Test Reviewer")
    try:
        assert dump(kept) == changed, "the case as it was before the restore is kept whole"
    finally:
        kept.close()


def test_a_backup_is_consistent_while_a_change_is_in_flight(sqlite_case: Case) -> None:
    build_history(sqlite_case)
    with sqlite_case.change() as uow:
        ops.add_claim(uow, "Not committed when the backup is taken")
        backup = backups.create_backup(sqlite_case)
    assert claims_in(backup.path) == 2
    assert claims_in(Path(sqlite_case.url.database or "")) == 3


def test_backups_are_listed_newest_first_with_time_and_size(
    sqlite_case: Case, case_path: Path
) -> None:
    first = backups.create_backup(sqlite_case)
    with sqlite_case.change() as uow:
        ops.add_claim(uow, "Between the backups")
    second = backups.create_backup(sqlite_case, reason="scheduled")
    listed = backups.list_backups(case_path)
    assert [b.path for b in listed] == [second.path, first.path]
    assert [b.reason for b in listed] == ["scheduled", "manual"]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)
    assert listed[0].taken_at >= listed[1].taken_at
    assert dt.datetime.now(dt.UTC) - listed[0].taken_at < dt.timedelta(minutes=1)
    # Another case in the same folder has its own backups.
    other = open_case(case_path.with_name("test-other.provdesk"), reviewer="R", create=True)
    backups.create_backup(other)
    other.close()
    assert len(backups.list_backups(case_path)) == 2


def test_rotation_keeps_the_newest_and_every_safety_copy(
    sqlite_case: Case, case_path: Path
) -> None:
    migration = backup_sqlite(sqlite_case.engine, reason="before-upgrade-from-0001")
    made = [backups.create_backup(sqlite_case) for _ in range(4)]
    sqlite_case.close()
    kept = backups.restore_file(case_path, made[0].path).kept_copy
    newest = backups.backup_file(case_path, keep=2)
    remaining = [b.path for b in backups.list_backups(case_path)]
    assert remaining == [newest.path, kept, made[3].path, migration]
    with pytest.raises(InvalidInput):
        backups.rotate(case_path, 0)


def test_restore_refuses_a_file_that_is_not_a_case(
    sqlite_case: Case, case_path: Path, tmp_path: Path
) -> None:
    build_history(sqlite_case)
    sqlite_case.close()
    impostor = tmp_path / "notes.provdesk"
    impostor.write_text("not a case")
    with pytest.raises(NotACase):
        backups.restore_file(case_path, impostor)
    assert backups.list_backups(case_path) == [], "nothing was touched"
    assert claims_in(case_path) == 2


def test_restore_over_a_damaged_case_keeps_its_bytes(sqlite_case: Case, case_path: Path) -> None:
    build_history(sqlite_case)
    backup = backups.create_backup(sqlite_case)
    sqlite_case.close()
    case_path.write_bytes(b"overwritten by accident" * 100)
    result = backups.restore_file(case_path, backup.path)
    assert result.kept_copy is not None
    assert result.kept_copy.read_bytes() == b"overwritten by accident" * 100
    assert claims_in(case_path) == 2


def test_the_schedule_says_when_a_backup_is_due(sqlite_case: Case, case_path: Path) -> None:
    assert not backups.backup_due(sqlite_case), "no schedule, no backups"
    with sqlite_case.change() as uow:
        backups.set_backup_schedule(uow, 6, keep=2)
    assert backups.backup_schedule(sqlite_case) == (6.0, 2)
    assert backups.backup_due(sqlite_case), "a schedule and no backup yet"
    made = backups.run_scheduled_backup(sqlite_case)
    assert made is not None and made.reason == "scheduled"
    assert not backups.backup_due(sqlite_case)
    assert backups.run_scheduled_backup(sqlite_case) is None
    later = made.taken_at + dt.timedelta(hours=6, seconds=1)
    assert backups.backup_due(sqlite_case, now=later)
    with pytest.raises(InvalidInput), sqlite_case.change() as uow:
        backups.set_backup_schedule(uow, -1)
    with sqlite_case.read() as session:
        assert verify_case(session).intact, "the schedule is set through the audit log"


@pytest.mark.postgres
def test_a_team_case_is_backed_up_by_its_server(pg_url: str) -> None:
    case = open_case(pg_url, reviewer="Test Reviewer", create=True)
    try:
        assert not backups.backup_due(case)
        with pytest.raises(InvalidInput, match="pg_dump"):
            backups.create_backup(case)
    finally:
        case.close()


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_backup_commands(sqlite_case: Case, case_path: Path) -> None:
    build_history(sqlite_case)
    sqlite_case.close()
    for _ in range(3):
        made = cli("--case", case_path, "backup", "--keep", "2")
        assert made.returncode == 0, made.stderr
        assert made.stdout.startswith("backed up to ")
    listed = cli("--case", case_path, "backups", "--json")
    rows = json.loads(listed.stdout)
    assert [r["number"] for r in rows] == [1, 2]
    assert all(r["reason"] == "manual" and r["size"] > 0 for r in rows)
    text = cli("--case", case_path, "backups").stdout.splitlines()
    assert len(text) == 2 and text[0].split()[0] == "1"

    added = cli("--case", case_path, "claim", "add", "After the backups")
    assert added.returncode == 0, added.stderr
    restored = cli("--case", case_path, "restore", "1")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.splitlines()[0] == f"restored {Path(rows[0]['path']).name}"
    assert "the case as it was is kept at" in restored.stdout
    assert claims_in(case_path) == 2
    missing = cli("--case", case_path, "restore", "9")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "provdesk-cli: error: there is no backup number 9 (3 backups)"
