"""Whether a file or a database holds a case, before and while it is opened: an SQLite file
checked read-only before any engine touches it, and a database's format, schema revision and
name read in one statement."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from .case_files import SQLITE_MAGIC
from .errors import CaseUnavailable, EmptyCase, NoCaseFile, NotACase
from .sqlite_access import connect_read_only, named_error
from .tables import CASE_FORMAT, case_info


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse, before any engine touches it, a path that holds no case: a missing file, a
    folder, a file of another kind or another application's SQLite database; and, unless
    `create`, an empty file or database (opening it would write SQLite's header and WAL mode
    into it). Raises `NoCaseFile`, `NotACase`, `EmptyCase` or `CaseUnavailable`."""
    if not path.exists():
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
            return
        raise NoCaseFile(f"no case at {path}")
    if path.is_dir():
        raise NotACase(f"{path} is a folder, not a case file")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise CaseUnavailable(f"cannot read {path}: {exc.strerror}") from exc
    if head and head != SQLITE_MAGIC:
        raise NotACase(f"{path} is not a Provenance Desk case (not an SQLite database)")
    has_tables = _sqlite_is_case(path) if head else False
    if not has_tables and not create:
        raise EmptyCase(f"{path} is empty: it is not a case yet")


def _sqlite_is_case(path: Path) -> bool:
    """Look inside read-only first, so that a file that is not a case is never touched (opening
    it through the engine would switch it to WAL mode)."""
    try:
        conn = connect_read_only(path)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if names and not {"case_info", "alembic_version"} <= names:
                raise NotACase(f"{path} is not a Provenance Desk case (it holds other tables)")
            if names:
                row = conn.execute("SELECT format FROM case_info LIMIT 1").fetchone()
                if not row or row[0] != CASE_FORMAT:
                    raise NotACase(f"{path} is not a Provenance Desk case")
            return bool(names)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise named_error(exc, path, "open") from exc


def is_case(engine: Engine) -> tuple[bool, str | None]:
    """Whether the database holds a case, and its schema revision."""
    exists, revision, _name = case_facts(engine)
    return exists, revision


def case_facts(engine: Engine) -> tuple[bool, str | None, str | None]:
    """Whether the database holds a case, its schema revision and its name: one statement
    for a case (a round trip on a server), the catalogue read only when that fails."""
    try:
        with engine.connect() as conn:
            fmt, name, revision = conn.execute(
                text(
                    "SELECT (SELECT format FROM case_info ORDER BY id LIMIT 1),"
                    " (SELECT name FROM case_info ORDER BY id LIMIT 1),"
                    " (SELECT version_num FROM alembic_version)"
                )
            ).one()
    except (OperationalError, ProgrammingError):
        fmt = name = revision = None  # a table missing: read the catalogue
    if fmt == CASE_FORMAT and revision is not None:
        return True, revision, name
    names = set(inspect(engine).get_table_names())
    if not names:
        return False, None, None
    if "case_info" not in names or "alembic_version" not in names:
        raise NotACase("the database is not a Provenance Desk case (it holds other tables)")
    with engine.connect() as conn:
        fmt = conn.scalar(select(case_info.c.format).limit(1))
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if fmt != CASE_FORMAT:
        raise NotACase("the database is not a Provenance Desk case")
    return True, revision, None
