"""Backups of an SQLite case: consistent snapshots, rotation, a schedule, and restore.

A backup is a whole case file written with the SQLite backup API, so it is consistent even while
the case is open and being written (WAL mode). Backups live in the `backups` folder beside the
case, named `<case>-<UTC time>-<reason>.provdesk` (the same folder and names as the copy written
before a migration). Rotation keeps the newest N scheduled and manual backups; safety copies
(`before-…`, written before a migration or a restore) are never rotated away.

A PostgreSQL case is backed up by its database server (pg_dump), not here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .case_files import CASE_SUFFIX, SQLITE_MAGIC
from .errors import CaseUnavailable, InvalidInput, NoSpace, NotACase
from .models import CASE_FORMAT, CaseInfo
from .sqlite_access import LOW_SPACE, NO_SPACE, free_bytes
from .unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from .case import Case

EVERY_HOURS_SETTING = "backup_every_hours"
KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 10
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9.-]+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    reason: str

    @property
    def rotated(self) -> bool:
        """Whether rotation may delete it (safety copies are kept)."""
        return not self.reason.startswith("before-")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_copy: Path | None


def case_file(case: Case) -> Path:
    if case.dialect != "sqlite" or not case.url.database:
        raise InvalidInput(
            "backups here are for case files; a PostgreSQL case is backed up by its server "
            "(pg_dump)"
        )
    return Path(case.url.database)


def backup_folder(case_path: Path) -> Path:
    return case_path.parent / "backups"


def snapshot(source: Path, target: Path) -> None:
    """Copy an SQLite database consistently with the backup API; the target appears only
    when complete (written under a temporary name, then renamed)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dest = sqlite3.connect(partial)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        free = free_bytes(target.parent)
        if free is not None and free < LOW_SPACE:
            raise NoSpace(
                f"cannot back up {source}: {NO_SPACE} of {target.parent} ({free} bytes free)"
            ) from exc
        raise CaseUnavailable(f"cannot back up {source}: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CaseUnavailable(f"cannot write the backup {target}: {exc.strerror}") from exc


def backup_file(case_path: Path, *, reason: str = "manual", keep: int | None = None) -> BackupInfo:
    """Back up the case file at `case_path`; with `keep`, rotate afterwards."""
    if not re.fullmatch(r"[a-z0-9.-]+", reason):
        raise InvalidInput(f"a backup reason is lower-case letters, digits and dashes: {reason!r}")
    folder = backup_folder(case_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CaseUnavailable(f"cannot create the backup folder {folder}: {exc.strerror}") from exc
    now = dt.datetime.now(dt.UTC)
    target = folder / f"{case_path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}{CASE_SUFFIX}"
    snapshot(case_path, target)
    info = BackupInfo(target, now, target.stat().st_size, reason)
    if keep is not None:
        rotate(case_path, keep)
    return info


def backup_once(case_path: Path, *, reason: str) -> BackupInfo:
    """The one backup of this case with this reason (`before-upgrade-from-0003`): written the
    first time, and from then on the same file is returned, never overwritten nor multiplied (a
    second attempt at an upgrade must not replace the copy of the case as it was)."""
    for existing in list_backups(case_path):
        if existing.reason == reason:
            return existing
    return backup_file(case_path, reason=reason)


def create_backup(case: Case, *, reason: str = "manual", keep: int | None = None) -> BackupInfo:
    return backup_file(case_file(case), reason=reason, keep=keep)


def list_backups(case_path: Path) -> list[BackupInfo]:
    """The backups of this case, newest first."""
    folder = backup_folder(case_path)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{CASE_SUFFIX}"):
        match = _NAME.match(path.name[: -len(CASE_SUFFIX)])
        if not match or match["stem"] != case_path.stem:
            continue
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
        with contextlib.suppress(OSError):
            found.append(BackupInfo(path, taken, path.stat().st_size, match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(case_path: Path, keep: int) -> list[Path]:
    """Delete all but the `keep` newest rotated backups; returns the deleted paths."""
    if keep < 1:
        raise InvalidInput("keep at least one backup")
    old = [b for b in list_backups(case_path) if b.rotated][keep:]
    for backup in old:
        backup.path.unlink(missing_ok=True)
    return [b.path for b in old]


def _check_backup(path: Path) -> None:
    if not path.is_file():
        raise CaseUnavailable(f"no backup at {path}")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT format FROM case_info LIMIT 1").fetchone()
            check = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotACase(f"{path} is not a Provenance Desk case ({exc})") from exc
    if not row or row[0] != CASE_FORMAT:
        raise NotACase(f"{path} is not a Provenance Desk case")
    if not check or check[0] != "ok":
        raise NotACase(f"{path} is damaged: {check[0] if check else 'no answer'}")


def restore_file(case_path: Path, backup: Path) -> RestoreResult:
    """Put the backup's content into the case file, after keeping a copy of the case as it is
    (`…-before-restore.provdesk` in the backups folder, never rotated away).

    Close the case first (every window and process that has it open): the restore writes the
    file through SQLite, so a process that still holds it open sees the restored content on its
    next transaction, but its unsaved edits are gone.
    """
    backup = backup.expanduser().resolve()
    _check_backup(backup)
    if backup == case_path.resolve():
        raise InvalidInput("that is the case itself, not a backup of it")
    kept = None
    if case_path.exists():
        kept = _keep_current(case_path)
    try:
        src = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(case_path, timeout=10)
            try:
                src.backup(dest)
                dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        where = f"; the case as it was is kept at {kept}" if kept else ""
        raise CaseUnavailable(f"cannot restore {backup.name}: {exc}{where}") from exc
    return RestoreResult(backup, kept)


def _keep_current(case_path: Path) -> Path:
    """Keep the case as it is before a restore; a file that is no longer an SQLite database is
    kept byte for byte (as `.damaged`) and moved out of the way."""
    with case_path.open("rb") as handle:
        damaged = handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC
    if not damaged:
        return backup_file(case_path, reason="before-restore").path
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP_FORMAT)
    kept = backup_folder(case_path) / f"{case_path.stem}-{stamp}-before-restore.damaged"
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(case_path, kept)
    for suffix in ("", "-wal", "-shm", "-journal"):
        case_path.with_name(case_path.name + suffix).unlink(missing_ok=True)
    return kept


def find_backup(case_path: Path, name: str) -> Path:
    """A backup named by path, by file name in the backups folder, or by its position in the
    list (1 = newest)."""
    if name.isdigit():
        backups = list_backups(case_path)
        index = int(name)
        if not 1 <= index <= len(backups):
            raise InvalidInput(f"there is no backup number {index} ({len(backups)} backups)")
        return backups[index - 1].path
    candidate = Path(name).expanduser()
    if candidate.exists():
        return candidate
    in_folder = backup_folder(case_path) / name
    if in_folder.exists():
        return in_folder
    raise CaseUnavailable(f"no backup {name!r} (see the list of backups)")


# The schedule: kept in the case settings, so every desk that opens the case follows it.


def _settings(session: Any) -> dict[str, Any]:
    return dict(session.scalar(select(CaseInfo.settings).limit(1)) or {})


def backup_schedule(case: Case) -> tuple[float, int]:
    """(hours between scheduled backups, 0 for none; how many to keep)."""
    with case.read() as session:
        settings = _settings(session)
    return float(settings.get(EVERY_HOURS_SETTING) or 0), int(
        settings.get(KEEP_SETTING) or DEFAULT_KEEP
    )


def set_backup_schedule(uow: UnitOfWork, every_hours: float, keep: int = DEFAULT_KEEP) -> None:
    """Back the case up every `every_hours` hours (0 turns it off), keeping the `keep` newest."""
    if not 0 <= every_hours <= 24 * 365:
        raise InvalidInput("the backup interval is between 0 (off) and 8760 hours")
    if keep < 1:
        raise InvalidInput("keep at least one backup")
    info = uow.session.scalar(select(CaseInfo).limit(1))
    if info is None:
        raise InvalidInput("the case has no case information row")
    before = dict(info.settings or {})
    info.settings = before | {EVERY_HOURS_SETTING: every_hours, KEEP_SETTING: keep}
    uow.session.flush()
    uow.record("set backup schedule", "case", info.id, before, dict(info.settings))
    uow.changes.case = True


def backup_due(case: Case, now: dt.datetime | None = None) -> bool:
    """Whether a scheduled backup is due: a schedule is set and the newest backup is older."""
    if case.dialect != "sqlite":
        return False
    every, _keep = backup_schedule(case)
    if every <= 0:
        return False
    backups = list_backups(case_file(case))
    if not backups:
        return True
    now = now or dt.datetime.now(dt.UTC)
    return now - backups[0].taken_at >= dt.timedelta(hours=every)


def run_scheduled_backup(case: Case) -> BackupInfo | None:
    """Back up if due (and rotate); None when nothing was due. Slow on a large case: run it in
    a worker, not on the GUI thread."""
    if not backup_due(case):
        return None
    _every, keep = backup_schedule(case)
    return create_backup(case, reason="scheduled", keep=keep)
