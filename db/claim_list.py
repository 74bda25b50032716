"""The claim list, read through SQLAlchemy Core on the case's tables (`db.tables`): the filter,
keyset pages and the rows. Nothing here loads the ORM, so the command line's `claims` starts
without it; the window passes its session (anything with `execute`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from sqlalchemy import Connection, Select, and_, func, or_, select, tuple_

from .claim_rows import ClaimRow, read_claim_rows
from .tables import actors, claim_tags, claims, hops, sources

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Reader: TypeAlias = "Connection | Session"
"""What a read takes: a Core connection (`Case.connect`) or an ORM session (`Case.read`)."""

PAGE_SIZE = 256

Query = TypeVar("Query", bound=Select[Any])


@dataclass(frozen=True)
class ClaimFilter:
    """What the claim list shows; empty fields do not filter."""

    verdicts: tuple[str, ...] = ()
    actor_id: int | None = None
    outlet: str = ""
    language: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    tag: str = ""

    def apply(self, query: Query) -> Query:
        """`query` (over claims) narrowed to what the list shows: never a claim in the Trash."""
        query = query.where(claims.c.deleted_at.is_(None))
        if self.verdicts:
            query = query.where(claims.c.verdict.in_(self.verdicts))
        # IN (subquery) rather than a correlated EXISTS: the database reads the few matching
        # tags or hops by their index instead of probing once per claim (2 s → ms for an
        # actor's claims among a million).
        if self.tag:
            query = query.where(
                claims.c.id.in_(select(claim_tags.c.claim_id).where(claim_tags.c.tag == self.tag))
            )
        hop_conditions = []
        if self.actor_id is not None:
            hop_conditions.append(hops.c.actor_id == self.actor_id)
        if self.outlet:
            outlet_actors = select(actors.c.id).where(
                actors.c.kind == "outlet", actors.c.name == self.outlet
            )
            hop_conditions.append(
                or_(
                    hops.c.source_id.in_(
                        select(sources.c.id).where(sources.c.outlet == self.outlet)
                    ),
                    hops.c.actor_id.in_(outlet_actors),
                )
            )
        if self.language:
            hop_conditions.append(
                or_(
                    hops.c.language == self.language,
                    hops.c.source_id.in_(
                        select(sources.c.id).where(sources.c.language == self.language)
                    ),
                )
            )
        if self.since is not None:
            hop_conditions.append(hops.c.relayed_on >= self.since)
        if self.until is not None:
            hop_conditions.append(hops.c.relayed_on <= self.until)
        if hop_conditions:
            hop_conditions.append(hops.c.deleted_at.is_(None))
            query = query.where(
                claims.c.id.in_(select(hops.c.claim_id).where(and_(*hop_conditions)))
            )
        return query

    @property
    def is_empty(self) -> bool:
        return self == ClaimFilter()


@dataclass(frozen=True)
class ClaimCursor:
    """Where the next page starts: after this claim in the list's order."""

    id: int
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class ClaimPage:
    rows: tuple[ClaimRow, ...]
    next: ClaimCursor | None


def claim_ids_page(
    db: Reader,
    *,
    after: ClaimCursor | None = None,
    limit: int = PAGE_SIZE,
    order: str = "id",
    where: ClaimFilter = ClaimFilter(),
) -> list[int]:
    """Claim ids of one page by keyset: `order` is "id" (oldest first) or "updated" (newest
    change first). The cost is the same on the first page and the last."""
    query = select(claims.c.id)
    if order == "updated":
        query = query.order_by(claims.c.updated_at.desc(), claims.c.id.desc())
        if after is not None and after.updated_at is not None:
            query = query.where(
                tuple_(claims.c.updated_at, claims.c.id) < tuple_(after.updated_at, after.id)
            )
    else:
        query = query.order_by(claims.c.id)
        if after is not None:
            query = query.where(claims.c.id > after.id)
    query = where.apply(query).limit(limit)
    return [row[0] for row in db.execute(query)]


def list_claims(
    db: Reader,
    *,
    after: ClaimCursor | None = None,
    limit: int = PAGE_SIZE,
    order: str = "id",
    where: ClaimFilter = ClaimFilter(),
) -> ClaimPage:
    ids = claim_ids_page(db, after=after, limit=limit, order=order, where=where)
    rows = claim_rows(db, ids)
    cursor = None
    if len(rows) == limit:
        cursor = ClaimCursor(rows[-1].id, rows[-1].updated_at)
    return ClaimPage(tuple(rows), cursor)


def count_claims(db: Reader, where: ClaimFilter = ClaimFilter()) -> int:
    # count(*), not count(claims.id): SQLite then counts index entries without reading a
    # column from each (13 ms against 90 ms for a million claims).
    query = select(func.count()).select_from(claims)
    return int(db.scalar(where.apply(query)) or 0)


def claim_rows(db: Reader, ids: Sequence[int]) -> list[ClaimRow]:
    """The list rows of these claims, in the order given (plain driver SQL, see
    `db.claim_rows`)."""
    connection = db if isinstance(db, Connection) else db.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return read_claim_rows(connection.exec_driver_sql, mark, ids)
