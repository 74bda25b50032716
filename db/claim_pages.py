"""Read-only paging of the claim list for the window's page cache (no Qt here).

`db.queries.claim_ids_page` walks forwards by keyset. A table that jumps (scroll bar dragged to
the bottom of a million rows) also needs to start from the end, or from the nearest page it
already holds, and skip a few rows from there. These queries do that on the same indexes:
(id), (updated_at, id) and (verdict, id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from .claim_order import Order
from .models import Actor, Claim
from .queries import ClaimFilter

#: Sort keys the list offers, each backed by an index; the last key is always the id.
SORT_KEYS: dict[str, tuple[Any, ...]] = {
    "id": (Claim.id,),
    "updated": (Claim.updated_at, Claim.id),
    "verdict": (Claim.verdict, Claim.id),
}


@dataclass(frozen=True)
class Anchor:
    """A row whose sort key is known: rows after it (`forward`) or before it are counted from
    there. `key` None means the start (forward) or the end (backward) of the list."""

    row: int
    key: tuple[Any, ...] | None
    forward: bool


def row_key(order: Order, row: Any) -> tuple[Any, ...]:
    """The sort key of a `ClaimRow` (a `db.views.ClaimRow`) in `order`."""
    if order.key == "updated":
        return (row.updated_at, row.id)
    if order.key == "verdict":
        return (row.verdict, row.id)
    return (row.id,)


def window_ids(
    session: Session,
    where: ClaimFilter,
    order: Order,
    anchor: Anchor,
    first: int,
    last: int,
) -> list[int]:
    """Ids of rows `first`..`last` (inclusive, display order), counted from `anchor`."""
    columns = SORT_KEYS[order.key]
    key_of = tuple_(*columns) if len(columns) > 1 else columns[0]
    # Walking forward in display order means ascending keys unless the order is descending.
    ascending = anchor.forward != order.descending
    query = select(Claim.id)
    if anchor.key is not None:
        bound = tuple_(*anchor.key) if len(columns) > 1 else anchor.key[0]
        query = query.where(key_of > bound if ascending else key_of < bound)
    query = query.order_by(*(c.asc() if ascending else c.desc() for c in columns))
    offset = first - (anchor.row + 1) if anchor.forward else anchor.row - 1 - last
    query = where.apply(query).limit(last - first + 1).offset(max(offset, 0))
    ids = [r[0] for r in session.execute(query)]
    return ids if anchor.forward else ids[::-1]


def filter_ids(session: Session, ids: Sequence[int], where: ClaimFilter) -> list[int]:
    """The ids (in the order given) that pass `where`: a filter on search results."""
    if where.is_empty or not ids:
        return list(ids)
    keep: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        keep.update(
            r[0] for r in session.execute(where.apply(select(Claim.id)).where(Claim.id.in_(chunk)))
        )
    return [i for i in ids if i in keep]


def rows_before(session: Session, where: ClaimFilter, order: Order, key: tuple[Any, ...]) -> int:
    """How many rows come before the row with this sort key (its row number)."""
    from sqlalchemy import func

    columns = SORT_KEYS[order.key]
    key_of = tuple_(*columns) if len(columns) > 1 else columns[0]
    bound = tuple_(*key) if len(columns) > 1 else key[0]
    condition = key_of > bound if order.descending else key_of < bound
    return int(
        session.scalar(where.apply(select(func.count()).select_from(Claim)).where(condition)) or 0
    )


def filter_actors(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the actors a filter can choose (not merged away), by name."""
    query = select(Actor.id, Actor.name).where(
        Actor.merged_into_id.is_(None), Actor.deleted_at.is_(None)
    )
    return [(i, n) for i, n in session.execute(query.order_by(Actor.name, Actor.id))]
