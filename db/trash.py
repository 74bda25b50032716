"""Reading the Trash: what was deleted, when and by whom (the window's Trash pane and
`provdesk-cli trash` show this). Changing it is in `db.operations.trash`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .claim_view import not_found as not_found
from .models import Actor, Claim, Hop, Source


@dataclass(frozen=True)
class TrashItem:
    """One record in the Trash. `kind`: claim, hop, actor or source; `what`: its wording,
    quote, name or title, for a person to recognise it; `claim_id`: the claim of a hop."""

    kind: str
    id: int
    what: str
    deleted_at: dt.datetime
    deleted_by: str
    claim_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "what": self.what,
            "deleted_at": self.deleted_at.isoformat(),
            "deleted_by": self.deleted_by,
            "claim_id": self.claim_id,
        }


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _at(value: dt.datetime | None) -> dt.datetime:
    return value if value is not None else dt.datetime.min.replace(tzinfo=dt.UTC)


def list_trash(session: Session) -> list[TrashItem]:
    """Everything in the Trash, newest deletion first. A hop shows on its own only while its
    claim is not in the Trash (otherwise it goes and comes back with its claim)."""
    items: list[TrashItem] = []
    for row in session.execute(
        select(Claim.id, Claim.text, Claim.deleted_at, Claim.deleted_by).where(
            Claim.deleted_at.is_not(None)
        )
    ):
        items.append(
            TrashItem("claim", row.id, _clip(row.text), _at(row.deleted_at), row.deleted_by)
        )
    hops = (
        select(Hop.id, Hop.claim_id, Hop.quote, Actor.name, Hop.deleted_at, Hop.deleted_by)
        .join(Claim, Claim.id == Hop.claim_id)
        .join(Actor, Actor.id == Hop.actor_id)
        .where(Hop.deleted_at.is_not(None), Claim.deleted_at.is_(None))
    )
    for hop in session.execute(hops):
        what = f"{hop.name}: {_clip(hop.quote)}" if hop.quote else hop.name
        items.append(
            TrashItem("hop", hop.id, what, _at(hop.deleted_at), hop.deleted_by, hop.claim_id)
        )
    for row in session.execute(
        select(Actor.id, Actor.name, Actor.deleted_at, Actor.deleted_by).where(
            Actor.deleted_at.is_not(None)
        )
    ):
        items.append(TrashItem("actor", row.id, row.name, _at(row.deleted_at), row.deleted_by))
    sources = select(
        Source.id, Source.title, Source.outlet, Source.url, Source.deleted_at, Source.deleted_by
    ).where(Source.deleted_at.is_not(None))
    for source in session.execute(sources):
        what = source.title or source.outlet or source.url or f"source {source.id}"
        items.append(
            TrashItem("source", source.id, _clip(what), _at(source.deleted_at), source.deleted_by)
        )
    return sorted(items, key=lambda i: (i.deleted_at, i.kind, i.id), reverse=True)
