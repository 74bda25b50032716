"""The Trash: deleting actors and sources, restoring any record from the Trash, emptying it.

Claims and hops go to the Trash through `delete_claim` and `remove_hop`. A record in the Trash
keeps its id and every row attached to it and is hidden everywhere; `restore` brings it back
exactly, as a new audit event. `empty_trash` purges for good and writes one `purge KIND` event
per record, naming every row that went with it, so that `verify` accounts for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update

from ..errors import InvalidInput
from ..models import (
    Actor,
    ActorAlias,
    ActorNameKey,
    Claim,
    ClaimTag,
    Hop,
    QuoteSpan,
    Review,
    Source,
)
from ..unit_of_work import UnitOfWork
from ..vocabulary import TRASH_KINDS
from ._common import TRASHED, fetch_for_update, trashed_by
from .actors import actor_state
from .claims import claim_state, restore_claim
from .hop_chain import restore_hop
from .hops import hop_state
from .sources import source_state

KINDS = TRASH_KINDS
"""What the Trash holds, as the CLI names it."""


def delete_actor(uow: UnitOfWork, actor_id: int, *, expected_version: int | None = None) -> None:
    """Move an actor to the Trash. InvalidInput while a hop outside the Trash names it or
    another actor is merged into it."""
    actor = fetch_for_update(uow.session, Actor, actor_id)
    if expected_version is not None and actor.version != expected_version:
        from ._common import check_version

        check_version(actor, expected_version, {"deleted": True}, actor_state(actor))
    used = uow.session.scalar(
        select(Hop.id)
        .join(Claim, Claim.id == Hop.claim_id)
        .where(Hop.actor_id == actor.id, Hop.deleted_at.is_(None), Claim.deleted_at.is_(None))
        .limit(1)
    )
    if used is not None:
        raise InvalidInput(
            f"actor {actor.id} ({actor.name}) relays claims (hop {used}); remove those hops "
            "or merge the actor into another instead"
        )
    merged = uow.session.scalar(select(Actor.id).where(Actor.merged_into_id == actor.id).limit(1))
    if merged is not None:
        raise InvalidInput(f"actor {merged} is merged into actor {actor.id}; undo that merge first")
    before = actor_state(actor)
    actor.deleted_at, actor.deleted_by = uow.now, uow.reviewer
    uow.session.flush()
    uow.record("delete actor", "actor", actor.id, before, actor_state(actor) | TRASHED)
    uow.changes.actors.add(actor.id)


CITING_NAMED = 10
"""How many of the hops that keep a source out of the Trash its refusal names."""


def delete_source(uow: UnitOfWork, source_id: int, *, expected_version: int | None = None) -> None:
    """Move a source to the Trash (its evidence file stays in the case). InvalidInput while a
    hop outside the Trash cites it."""
    source = fetch_for_update(uow.session, Source, source_id)
    if expected_version is not None and source.version != expected_version:
        from ._common import check_version

        check_version(source, expected_version, {"deleted": True}, source_state(source))
    used = uow.session.execute(
        select(Hop.id, Hop.claim_id)
        .join(Claim, Claim.id == Hop.claim_id)
        .where(Hop.source_id == source.id, Hop.deleted_at.is_(None), Claim.deleted_at.is_(None))
        .order_by(Hop.id)
        .limit(CITING_NAMED + 1)
    ).all()
    if used:
        # Every hop in the way (up to CITING_NAMED), each with its claim: not the first only.
        named = [f"hop {hop} (claim {claim})" for hop, claim in used[:CITING_NAMED]]
        more = " and more" if len(used) > CITING_NAMED else ""
        raise InvalidInput(
            f"source {source.id} is cited by {', '.join(named)}{more}; remove or change those "
            "hops first"
        )
    before = source_state(source)
    source.deleted_at, source.deleted_by = uow.now, uow.reviewer
    uow.session.flush()
    uow.record("delete source", "source", source.id, before, source_state(source) | TRASHED)
    uow.changes.sources.add(source.id)


def _restore_record(uow: UnitOfWork, kind: str, ident: int) -> None:
    model: Any = Actor if kind == "actor" else Source
    row = fetch_for_update(uow.session, model, ident, trashed=True)
    if row.deleted_at is None:
        raise InvalidInput(f"{kind} {ident} is not in the Trash")
    state = actor_state if kind == "actor" else source_state
    before = state(row) | TRASHED | {"deleted": trashed_by(row)}
    row.deleted_at, row.deleted_by = None, ""
    uow.session.flush()
    uow.record(f"restore {kind}", kind, ident, before, state(row))
    (uow.changes.actors if kind == "actor" else uow.changes.sources).add(ident)


def restore(uow: UnitOfWork, kind: str, ident: int) -> None:
    """Bring a record back from the Trash (`kind`: claim, hop, actor or source), exactly as
    it was deleted. NotFound when there is no such record; InvalidInput when it is not in the
    Trash, or (a hop) its claim is, or (a claim or hop) an actor or source it names is."""
    if kind == "claim":
        restore_claim(uow, ident)
    elif kind == "hop":
        restore_hop(uow, ident)
    elif kind in ("actor", "source"):
        _restore_record(uow, kind, ident)
    else:
        raise InvalidInput(f"the Trash holds claims, hops, actors and sources, not {kind!r}")


@dataclass
class Purged:
    """What `empty_trash` purged, by kind, and what it kept because a record outside the purge
    still needs it."""

    claims: list[int] = field(default_factory=list)
    hops: list[int] = field(default_factory=list)
    actors: list[int] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.claims) + len(self.hops) + len(self.actors) + len(self.sources)

    def summary(self) -> str:
        parts = [
            f"{len(ids)} {name}{'' if len(ids) == 1 else 's'}"
            for name, ids in (
                ("claim", self.claims),
                ("hop", self.hops),
                ("actor", self.actors),
                ("source", self.sources),
            )
            if ids
        ]
        text = "purged " + (", ".join(parts) if parts else "nothing") + " from the Trash"
        if self.kept:
            text += f"; kept {len(self.kept)} still in use ({'; '.join(self.kept)})"
        return text


def _purge_hops(uow: UnitOfWork, hop_ids: list[int]) -> list[int]:
    """Delete these hops with their spans and reviews; returns the review ids deleted."""
    if not hop_ids:
        return []
    session = uow.session
    reviews = list(session.scalars(select(Review.id).where(Review.hop_id.in_(hop_ids))))
    session.execute(delete(Review).where(Review.hop_id.in_(hop_ids)))
    session.execute(delete(QuoteSpan).where(QuoteSpan.hop_id.in_(hop_ids)))
    session.execute(update(Hop).where(Hop.relays_hop_id.in_(hop_ids)).values(relays_hop_id=None))
    session.execute(delete(Hop).where(Hop.id.in_(hop_ids)))
    return reviews


def empty_trash(uow: UnitOfWork, *, older_than_days: float | None = None) -> Purged:
    """Purge for good what is in the Trash (only what was deleted more than `older_than_days`
    ago, when given). Each purged record gets a `purge KIND` audit event naming the hops,
    reviews and spans that went with it. An actor or source that a record left in the Trash
    still names is kept (listed in `Purged.kept`), so nothing the Trash holds loses a part.
    Rows are locked first: a record another reviewer restores meanwhile is not purged."""
    if older_than_days is not None and not 0 <= older_than_days <= 100_000:
        raise InvalidInput("the age of what to purge is a number of days from 0 to 100,000")
    session = uow.session
    locking = session.get_bind().dialect.name != "sqlite"
    cutoff = uow.now - dt.timedelta(days=older_than_days) if older_than_days is not None else None
    purged = Purged()

    def trashed(model: Any) -> list[Any]:
        query = select(model).where(model.deleted_at.is_not(None)).order_by(model.id)
        if cutoff is not None:
            query = query.where(model.deleted_at <= cutoff)
        if locking:
            query = query.with_for_update()
        return list(session.scalars(query))

    for claim in trashed(Claim):
        hops = list(session.scalars(select(Hop.id).where(Hop.claim_id == claim.id)))
        reviews = list(session.scalars(select(Review.id).where(Review.claim_id == claim.id)))
        before = claim_state(claim) | {
            "deleted": trashed_by(claim),
            "hops": hops,
            "reviews": reviews,
        }
        claim_id = claim.id
        session.expunge(claim)
        _purge_hops(uow, hops)
        session.execute(delete(Review).where(Review.claim_id == claim_id))
        session.execute(delete(ClaimTag).where(ClaimTag.claim_id == claim_id))
        session.execute(delete(Claim).where(Claim.id == claim_id))
        uow.record("purge claim", "claim", claim_id, before, None)
        uow.changes.claims.add(claim_id)
        purged.claims.append(claim_id)
    for hop in trashed(Hop):
        owner = session.get(Claim, hop.claim_id)
        if owner is None or owner.deleted_at is not None:
            continue  # goes with its claim
        before = hop_state(hop) | {"deleted": trashed_by(hop)}
        hop_id, claim_id = hop.id, hop.claim_id
        session.expunge(hop)
        before["reviews"] = _purge_hops(uow, [hop_id])
        uow.record("purge hop", "hop", hop_id, before, None)
        uow.changes.hops.add(hop_id)
        uow.changes.claims.add(claim_id)
        purged.hops.append(hop_id)
    for actor in trashed(Actor):
        if session.scalar(select(Hop.id).where(Hop.actor_id == actor.id).limit(1)) is not None:
            purged.kept.append(f"actor {actor.id}: a hop in the Trash names it")
            continue
        if session.scalar(select(Actor.id).where(Actor.merged_into_id == actor.id).limit(1)):
            purged.kept.append(f"actor {actor.id}: another actor is merged into it")
            continue
        before = actor_state(actor) | {"deleted": trashed_by(actor)}
        actor_id = actor.id
        session.expunge(actor)
        session.execute(delete(ActorAlias).where(ActorAlias.actor_id == actor_id))
        session.execute(delete(ActorNameKey).where(ActorNameKey.actor_id == actor_id))
        session.execute(delete(Actor).where(Actor.id == actor_id))
        uow.record("purge actor", "actor", actor_id, before, None)
        uow.changes.actors.add(actor_id)
        purged.actors.append(actor_id)
    for source in trashed(Source):
        cited = session.scalar(
            select(Hop.id).where(Hop.source_id == source.id).limit(1)
        ) or session.scalar(select(Source.id).where(Source.translated_from_id == source.id))
        if cited is not None:
            purged.kept.append(f"source {source.id}: a record still cites it")
            continue
        before = source_state(source) | {"deleted": trashed_by(source)}
        source_id = source.id
        session.expunge(source)
        session.execute(delete(Source).where(Source.id == source_id))
        uow.record("purge source", "source", source_id, before, None)
        uow.changes.sources.add(source_id)
        purged.sources.append(source_id)
    if purged.count:
        uow.record(
            "empty trash",
            "case",
            1,
            None,
            {
                "older_than_days": older_than_days,
                "claims": purged.claims,
                "hops": purged.hops,
                "actors": purged.actors,
                "sources": purged.sources,
            },
        )
    return purged
