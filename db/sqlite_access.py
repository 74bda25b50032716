"""Reaching an SQLite case file as the desk finds it: on a read-only share, on a full disk, while
another program holds its lock; and naming each failure by its cause, never all "not a case".

A case that cannot be written (the file or its folder may not be written, a read-only medium, no
space left) is opened read-only: SQLite's `mode=ro`, or `immutable=1` where even the WAL's
shared-memory file cannot be made beside it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from .errors import CaseError, CaseLocked, CaseUnavailable, NoSpace, NotACase, ReadOnlyCase

BUSY_SECONDS = float(os.environ.get("PROVDESK_BUSY_TIMEOUT") or 10)
"""How long a write waits for another program's lock before it says the case is locked
(seconds; `PROVDESK_BUSY_TIMEOUT` sets it)."""
NO_SPACE = "no space left on the disk"

LOW_SPACE = 1 << 20
"""Below this many free bytes a disk counts as full: a case there is opened read-only."""


def free_bytes(folder: Path) -> int | None:
    try:
        stat = os.statvfs(folder)
    except OSError:
        return None
    return stat.f_bavail * stat.f_frsize


def read_only_reason(path: Path) -> str | None:
    """Why the case file at `path` can only be read here, or None when it can be written."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"it is on a read-only medium ({folder})"
    except OSError:
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return f"you may not write to the file {path.name}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"you may not write to its folder {folder}"
    free = free_bytes(folder)
    if free is not None and free < LOW_SPACE:
        return f"{NO_SPACE} of {folder} ({free} bytes free)"
    return None


def connect_read_only(
    path: Path, timeout: float = BUSY_SECONDS, *, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A read-only connection: `mode=ro`, or `immutable=1` when SQLite cannot make the WAL's
    side files (a folder nobody may write, a full disk)."""
    uri = path.as_uri()
    try:
        conn = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=timeout, check_same_thread=check_same_thread
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        if is_not_a_database(exc):
            raise
    return sqlite3.connect(
        f"{uri}?immutable=1", uri=True, timeout=timeout, check_same_thread=check_same_thread
    )


def is_not_a_database(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "not a database" in text or "malformed" in text


def writable_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS, "isolation_level": None})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
        _record.info[_WAIT] = int(BUSY_SECONDS * 1000)
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    _begin_as_asked(engine)
    return engine


def read_only_engine(path: Path) -> Engine:
    """An engine that only reads the case file (every connection `mode=ro` or immutable)."""

    def connect() -> sqlite3.Connection:
        conn = connect_read_only(path)
        conn.isolation_level = None
        return conn

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)
    _begin_as_asked(engine)
    return engine


def _begin_as_asked(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A unit of work takes the write lock at its start, so that it never fails half-way
        # when a read lock would have to be upgraded; reads stay deferred.
        options = conn.get_execution_options()
        # How long this transaction waits for another program's lock (`Case.change(wait=…)`:
        # a window waits a moment, then hands the wait to a worker); the default otherwise.
        wait = int(options.get("sqlite_wait", BUSY_SECONDS) * 1000)
        mode = options.get("sqlite_begin", "DEFERRED")
        # Straight to the driver: every read and change begins here, and SQLAlchemy's own
        # execution of two statements cost more than a rare word's full-text look-up. The wait
        # is set only when it differs from the connection's.
        pooled = conn.connection
        driver = pooled.driver_connection
        sql = f"BEGIN {mode}"
        try:
            if pooled.info.get(_WAIT) != wait:
                sql = f"PRAGMA busy_timeout={wait}"
                driver.execute(sql)
                pooled.info[_WAIT] = wait
                sql = f"BEGIN {mode}"
            driver.execute(sql)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(sql, None, exc, sqlite3.Error, dialect=conn.dialect) from exc


_WAIT = "provdesk_busy_ms"
"""The busy timeout a connection has (ms), kept with it in the pool (`ConnectionPoolEntry.info`)."""


def named_error(exc: BaseException, path: Path, doing: str) -> CaseError:
    """The error a person sees when `doing` (e.g. "open", "save the change to") the case at
    `path` failed with `exc`, named by its cause."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    low = text.lower()
    number = getattr(orig, "errno", None)
    if "locked" in low or "busy" in low:
        return CaseLocked(
            f"cannot {doing} the case at {path}: another program is writing to it and holds "
            f"its lock; try again when it has finished ({text})"
        )
    free = free_bytes(path.parent)
    if (
        "disk is full" in low
        or number == errno.ENOSPC
        or ("disk i/o error" in low and free is not None and free < LOW_SPACE)
    ):
        return NoSpace(
            f"cannot {doing} the case at {path}: {NO_SPACE} "
            f"({free if free is not None else '?'} bytes free; nothing was changed) ({text})"
        )
    if "readonly" in low or "read-only" in low or number in (errno.EROFS, errno.EACCES):
        reason = read_only_reason(path) or text
        return ReadOnlyCase(f"the case is read-only: {reason}")
    if is_not_a_database(orig):
        return NotACase(f"{path} is not a Provenance Desk case ({text})")
    if "unable to open" in low:
        why = read_only_reason(path)
        if why:
            return ReadOnlyCase(f"the case is read-only: {why}")
    return CaseUnavailable(f"cannot {doing} the case at {path}: {text}")
