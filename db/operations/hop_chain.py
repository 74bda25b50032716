"""A hop's place in its chain: taking it out into the Trash (the hops that relayed it relay the
hop before it), bringing it back to its place, moving it one place up or down, and the live hops
of a claim in chain order. Each writes its audit event in the same unit of work."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..errors import InvalidInput
from ..models import AuditEvent, Claim, Hop
from ..unit_of_work import UnitOfWork
from ._common import TRASHED, check_version, fetch, fetch_for_update, live_hops
from .hops import hop_state, renumber


def remove_hop(
    uow: UnitOfWork, hop_id: int, *, expected_version: int | None = None
) -> dict[str, Any]:
    """Take a hop out of its chain into the Trash; the hops that relayed it now relay the hop
    before it. The hop keeps its id, spans and reviews (`restore_hop` brings it back).

    Returns the removed hop's state (with `id` and `relayed_by`, the hops that relayed it).
    """
    session = uow.session
    hop = fetch_for_update(session, Hop, hop_id)
    claim = fetch(session, Claim, hop.claim_id)
    before = hop_state(hop)
    check_version(hop, expected_version, {"removed": True}, before)
    followers = [h for h in live_hops(claim) if h.relays_hop_id == hop.id]
    for follower in followers:
        follower.relays_hop_id = hop.relays_hop_id
        uow.changes.hops.add(follower.id)
    hop.deleted_at, hop.deleted_by = uow.now, uow.reviewer
    renumber(claim)
    claim.updated_at, claim.updated_by = uow.now, uow.reviewer
    session.flush()
    relayed_by = [f.id for f in followers]
    state = before | {"id": hop_id, "relayed_by": relayed_by}
    uow.record(
        "remove hop", "hop", hop_id, before, hop_state(hop) | TRASHED | {"relayed_by": relayed_by}
    )
    uow.changes.hops.add(hop_id)
    uow.changes.claims.add(claim.id)
    return state


def _relayed_in_trash(uow: UnitOfWork, hop_id: int) -> list[int]:
    """The hops that relayed `hop_id` when it went to the Trash, from its newest removal."""
    after = uow.session.scalar(
        select(AuditEvent.after)
        .where(
            AuditEvent.entity == "hop",
            AuditEvent.entity_id == str(hop_id),
            AuditEvent.action == "remove hop",
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    return [int(i) for i in (after or {}).get("relayed_by", [])]


def restore_hop(uow: UnitOfWork, state: dict[str, Any] | int) -> int:
    """Bring back a hop from the Trash (`state`: its id, or what `remove_hop` returned): same
    id, spans and reviews, in its place in the chain; the hops that relayed it and still relay
    the hop before it relay it again. Returns its id.

    InvalidInput when the hop is not in the Trash, or its claim, actor or source is."""
    session = uow.session
    hop_id = state if isinstance(state, int) else int(state["id"])
    hop = fetch_for_update(session, Hop, hop_id, trashed=True)
    if hop.deleted_at is None:
        raise InvalidInput(f"hop {hop_id} is not in the Trash")
    claim = session.get(Claim, hop.claim_id)
    assert claim is not None
    if claim.deleted_at is not None:
        raise InvalidInput(
            f"hop {hop_id} belongs to claim {claim.id}, which is in the Trash; "
            "restore the claim first"
        )
    refuse_trashed_links(hop)
    relayed_by = (
        _relayed_in_trash(uow, hop_id) if isinstance(state, int) else state.get("relayed_by", [])
    )
    before = hop_state(hop) | TRASHED
    # The hop it relayed may have gone to the Trash since: it relays the nearest one that did not.
    parent = session.get(Hop, hop.relays_hop_id) if hop.relays_hop_id is not None else None
    while parent is not None and parent.deleted_at is not None:
        parent = session.get(Hop, parent.relays_hop_id) if parent.relays_hop_id else None
    hops = live_hops(claim)
    for other in hops:
        if other.position >= hop.position:
            other.position += 1
    hop.relays_hop_id = parent.id if parent is not None else None
    hop.deleted_at, hop.deleted_by = None, ""
    for follower in hops:
        if follower.id in relayed_by and follower.relays_hop_id == hop.relays_hop_id:
            follower.relays_hop_id = hop.id
            uow.changes.hops.add(follower.id)
    renumber(claim)
    claim.updated_at, claim.updated_by = uow.now, uow.reviewer
    session.flush()
    uow.record("restore hop", "hop", hop.id, before, hop_state(hop))
    uow.changes.hops.add(hop.id)
    uow.changes.claims.add(claim.id)
    return hop.id


def refuse_trashed_links(hop: Hop) -> None:
    """A hop comes back only with its actor and source: InvalidInput when either is in the
    Trash."""
    if hop.actor.deleted_at is not None:
        raise InvalidInput(
            f"hop {hop.id} names actor {hop.actor_id} ({hop.actor.name}), which is in the "
            "Trash; restore the actor first"
        )
    if hop.source is not None and hop.source.deleted_at is not None:
        raise InvalidInput(
            f"hop {hop.id} cites source {hop.source_id}, which is in the Trash; "
            "restore the source first"
        )


def move_hop(uow: UnitOfWork, hop_id: int, step: int) -> None:
    """Move a hop one place towards the origin (`step=-1`) or away from it (`step=1`) in its
    chain, by swapping it with the hop it relays or with the one hop that relays it."""
    if step not in (-1, 1):
        raise InvalidInput("a hop moves one place at a time")
    session = uow.session
    hop = fetch_for_update(session, Hop, hop_id)
    claim = fetch(session, Claim, hop.claim_id)
    hops = live_hops(claim)
    if step == -1:
        if hop.relays_hop_id is None:
            raise InvalidInput("the origin cannot move further up the chain")
        upper, lower = fetch(session, Hop, hop.relays_hop_id), hop
    else:
        followers = [h for h in hops if h.relays_hop_id == hop.id]
        if len(followers) != 1:
            raise InvalidInput(
                "the last hop of a chain cannot move further down"
                if not followers
                else "this hop starts two routes; move a hop of one route instead"
            )
        upper, lower = hop, followers[0]
    before = {"upper": hop_state(upper), "lower": hop_state(lower)}
    below = [h for h in hops if h.relays_hop_id == lower.id]
    lower.relays_hop_id = upper.relays_hop_id
    upper.relays_hop_id = lower.id
    for follower in below:
        follower.relays_hop_id = upper.id
    upper.position, lower.position = lower.position, upper.position
    renumber(claim)
    claim.updated_at, claim.updated_by = uow.now, uow.reviewer
    session.flush()
    uow.record(
        "move hop", "hop", hop.id, before, {"upper": hop_state(lower), "lower": hop_state(upper)}
    )
    uow.changes.hops.update({upper.id, lower.id, *(f.id for f in below)})
    uow.changes.claims.add(claim.id)


def hops_of(uow: UnitOfWork, claim_id: int) -> list[int]:
    return list(
        uow.session.scalars(
            select(Hop.id)
            .where(Hop.claim_id == claim_id, Hop.deleted_at.is_(None))
            .order_by(Hop.position)
        )
    )
