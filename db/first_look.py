"""A first look at a case: its name, its number of claims and the first page of its claim
list, read with the bare driver (sqlite3 for a case file, psycopg for a team server) while the
case itself opens.

Opening a case loads SQLAlchemy and the models (half a second) and may migrate or check it; the
reviewer need not wait for that to see the list of a case file that is up to date. The look
is read-only (`mode=ro`), never migrates, and gives up (None) on anything unusual — another
schema revision, a locked or missing file, not a case at all: the full open then decides what
the reviewer is told. On a team server the look costs the driver's import and four round trips
on one connection, where the full open loads SQLAlchemy and asks the server who the reviewer
is and what they may do.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .claim_rows import ClaimRow, read_claim_rows
from .schema_revision import HEAD_REVISION

PAGE_SIZE = 256


@dataclass(frozen=True)
class FirstLook:
    name: str
    count: int
    #: The first rows of the list in its default order (oldest claim first).
    rows: list[ClaimRow]


def first_look(path: str | Path, limit: int = PAGE_SIZE) -> FirstLook | None:
    """The name, claim count and first `limit` rows of the case file at `path`, or None."""
    try:
        uri = Path(path).resolve(strict=True).as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=0.2, check_same_thread=False)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        return _look(connection.execute, "?", limit, Path(path).stem)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


_COUNT = "(SELECT count(*) FROM claims WHERE deleted_at IS NULL)"
#: On a server, a large table's row count as the planner knows it (`pg_class.reltuples`, kept
#: by autovacuum and ANALYZE) instead of counting: ~40 ms per 200,000 claims saved on the way
#: to the first rows. The exact count replaces it as soon as the case is open; below
#: `ESTIMATE_FROM` rows (or never analysed: -1) the claims are counted.
ESTIMATE_FROM = 50_000


def _server_count() -> str:
    return (
        f"(SELECT CASE WHEN c.reltuples >= {int(ESTIMATE_FROM)} THEN c.reltuples::bigint"
        f" ELSE {_COUNT} END FROM pg_class c WHERE c.oid = 'claims'::regclass)"
    )


def _look(
    execute: Any, mark: str, limit: int, default_name: str, count: str = _COUNT
) -> FirstLook | None:
    """The look itself, on any driver's `execute(sql, params)` (one statement for the schema
    revision, the name and the count; one for the first page's ids; two for its rows)."""
    found = list(
        execute(
            "SELECT (SELECT version_num FROM alembic_version),"
            f" (SELECT name FROM case_info ORDER BY id LIMIT 1), {count}",
            (),
        )
    )
    revision, name, count = found[0]
    if revision != HEAD_REVISION:
        return None
    ids = [
        r[0]
        for r in execute(
            f"SELECT id FROM claims WHERE deleted_at IS NULL ORDER BY id LIMIT {mark}", (limit,)
        )
    ]
    rows = read_claim_rows(execute, mark, ids)
    return FirstLook(name=str(name) if name else default_name, count=int(count), rows=rows)


def server_first_look(
    location: str, password: str | None = None, limit: int = PAGE_SIZE
) -> FirstLook | None:
    """The same look at a case on a PostgreSQL server (`postgresql[+psycopg]://…`), with
    psycopg alone on one read-only connection; None on any failure (a wrong password, a server
    away, another schema), which the full open then names. The count of a large case is the
    server's estimate (`ESTIMATE_FROM`)."""
    scheme, separator, rest = location.partition("://")
    if not separator or scheme not in ("postgresql", "postgresql+psycopg", "postgres"):
        return None
    try:
        import psycopg  # imported while the window builds, if `import_driver` ran

        options: dict[str, Any] = {"connect_timeout": 10, "autocommit": True}
        if password:
            options["password"] = password
        with psycopg.connect(f"postgresql://{rest}", **options) as connection:
            name = rest.rsplit("/", 1)[-1].split("?")[0]
            return _look(connection.execute, "%s", limit, name, _server_count())
    except Exception:  # a first look never decides: the full open says why
        return None


def import_driver(location: str) -> None:
    """Import the server's driver (psycopg: 0.3–0.8 s) now, for a look at `location` soon:
    called on a thread of its own as the application starts, while Qt builds the window
    (nothing for a case file)."""
    if location.partition("://")[0] in ("postgresql", "postgresql+psycopg", "postgres"):
        with contextlib.suppress(ImportError):  # the look, then the open, say so
            import psycopg  # noqa: F401
