"""A first look at a case file: its name, its number of claims and the first page of its claim
list, read with the bare sqlite3 driver while the case itself opens.

Opening a case loads SQLAlchemy and the models (half a second) and may migrate or check it; the
reviewer need not wait for that to see the list of a case file that is up to date. The look
is read-only (`mode=ro`), never migrates, and gives up (None) on anything unusual — another
schema revision, a locked or missing file, not a case at all: the full open then decides what
the reviewer is told.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .claim_rows import read_claim_rows
from .schema_revision import HEAD_REVISION
from .views import ClaimRow

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
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD_REVISION:
            return None
        named = connection.execute("SELECT name FROM case_info LIMIT 1").fetchone()
        alive = "FROM claims WHERE deleted_at IS NULL"
        count = connection.execute(f"SELECT count(*) {alive}").fetchone()[0]
        ids = [r[0] for r in connection.execute(f"SELECT id {alive} ORDER BY id LIMIT ?", (limit,))]
        rows = read_claim_rows(connection.execute, "?", ids)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
    return FirstLook(name=str(named[0]) if named else Path(path).stem, count=int(count), rows=rows)
