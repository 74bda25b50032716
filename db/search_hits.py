"""What a search returns and how it pages: hits, cursors, the Trash filter shared by every
search statement, and the PostgreSQL query of a reviewer's words."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from .text.number_forms import tsquery_terms

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Reader: TypeAlias = "Connection | Session"
"""What a search reads through: a Core connection (`Case.connect`: the command line, which then
never loads the ORM) or an ORM session (`Case.read`: the window)."""

SEARCH_PAGE = 50


@dataclass(frozen=True)
class SearchCursor:
    rank: float
    id: int
    recent: bool = False
    """Paging a common word's claims newest first (`db.search_recent`): below claim `id`."""


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "claim", "quote" or "source"
    id: int
    claim_id: int | None
    rank: float
    order: str = "rank"
    """"rank": best first across every match; "recent": a common word's matches, newest first
    page by page, each page ranked within itself (`db.search_recent`)."""


def next_cursor(hits: Sequence[SearchHit]) -> SearchCursor:
    """Where the page after `hits` (a full page of `search_claims`) starts."""
    last = hits[-1]
    if last.order == "recent":
        return SearchCursor(0.0, min(h.id for h in hits if h.order == "recent"), recent=True)
    return SearchCursor(last.rank, last.id)


def tsquery_expression(query: str) -> str | None:
    """A PostgreSQL tsquery: every word, the last one as a prefix; a number as any of its forms
    (`db.text.number_forms`)."""
    return tsquery_terms(query)


ALIVE = {
    "claim": "EXISTS (SELECT 1 FROM claims AS alive WHERE alive.id = {ident} "
    "AND alive.deleted_at IS NULL)",
    "quote": "EXISTS (SELECT 1 FROM hops AS alive JOIN claims AS owner ON owner.id = alive.claim_id "
    "WHERE alive.id = {ident} AND alive.deleted_at IS NULL AND owner.deleted_at IS NULL)",
    "source": "EXISTS (SELECT 1 FROM sources AS alive WHERE alive.id = {ident} "
    "AND alive.deleted_at IS NULL)",
}
"""Keeps what is in the Trash out of the results: a correlated look-up by primary key for each
match, so that both planners start from the full-text index. (`ident IN (SELECT id FROM claims
WHERE deleted_at IS NULL)` made SQLite walk every live claim and probe the FTS index once per
claim: 16 s for a rare word on a million claims; `tests/db/test_search_plans.py`.)"""


def connection_of(db: Reader) -> Connection:
    """The connection a read runs on, in a transaction (every statement of a search sees the
    same case)."""
    if isinstance(db, Connection):
        if not db.in_transaction():
            db.begin()
        return db
    return db.connection()


def dialect_of(db: Reader) -> str:
    """ "sqlite" or "postgresql"."""
    return db.dialect.name if isinstance(db, Connection) else db.get_bind().dialect.name


def statement_rows(
    db: Reader, sql: str, params: Mapping[str, object] | None = None
) -> list[tuple[Any, ...]]:
    """The rows of one of the search's own statements (SQL text with :named parameters). On
    SQLite it goes straight to the driver, which takes :named parameters itself: nothing is
    compiled for a newly opened case, no result object is made around the rows — a search
    runs several statements, and on a rare word this was most of its cost beside the full-text
    look-ups. An error comes as SQLAlchemy's all the same (what callers name for people)."""
    connection = connection_of(db)
    if connection.dialect.name != "sqlite":
        if params is None:
            return [tuple(row) for row in connection.exec_driver_sql(sql)]
        return [tuple(row) for row in connection.execute(text(sql), params)]
    driver = connection.connection.driver_connection
    assert driver is not None
    try:
        rows: list[tuple[Any, ...]] = driver.execute(sql, params or {}).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(
            sql, params, exc, sqlite3.Error, dialect=connection.dialect
        ) from exc
    return rows
