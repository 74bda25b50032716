"""Operations built on "Where else?": appearances added as hops, claims merged, the index rebuilt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update

from ..appearances import IndexCounts, drop_claim_index, index_claim, rebuild_index_rows
from ..errors import InvalidInput, NotFound
from ..meaning_checks import claims_differences
from ..models import Claim, ClaimTag, Hop, Review, Source
from ..text.spans import Span, page_of
from ..unit_of_work import UnitOfWork
from ..vocabulary import ActorKind, Relation
from . import claims as claims_ops
from ._common import fetch, fetch_for_update
from .actors import find_or_add_actor
from .claims import claim_state
from .hops import add_hop, hop_state, renumber


@dataclass(frozen=True)
class Chosen:
    """An appearance chosen to become a hop: characters `[start, end)` of a source's text."""

    source_id: int
    start: int
    end: int
    note: str = ""
    """Kept on the hop: what "Where else?" said of the passage ("edited — number differs: …")."""


@dataclass(frozen=True)
class AddedHops:
    """Hops added in date order, and the sources skipped because the claim already cites them."""

    hop_ids: tuple[int, ...]
    skipped_sources: tuple[int, ...]


def _source_order(source: Source) -> tuple[int, dt.date, dt.datetime, int]:
    return (
        source.published_on is None,
        source.published_on or dt.date.min,
        source.created_at,
        source.id,
    )


def add_appearances_as_hops(
    uow: UnitOfWork,
    claim_id: int,
    chosen: Sequence[Chosen],
    *,
    relation: Relation | str = Relation.REPUBLISHED,
    first_relation: Relation | str = Relation.REPORTED,
) -> AddedHops:
    """Build or extend a claim's chain from chosen appearances, in date order (undated ones
    after, by import time): each becomes a hop by the source's outlet (or its title when it
    names no outlet) with the passage as its quote and span, the source's date and language.

    The first hop of a claim that had none gets `first_relation`, every other `relation`.
    Sources the claim already cites are skipped. Raises InvalidInput for a span outside its
    source's text, NotFound for an unknown claim or source.
    """
    claim = fetch_for_update(uow.session, Claim, claim_id)
    Relation.parse(relation)
    Relation.parse(first_relation)
    cited = {h.source_id for h in claim.hops if h.source_id is not None}
    by_source: dict[int, Chosen] = {}
    for item in chosen:
        by_source.setdefault(item.source_id, item)
    sources = [fetch(uow.session, Source, ident) for ident in by_source]
    sources.sort(key=_source_order)
    added: list[int] = []
    skipped: list[int] = []
    empty = not claim.hops
    for source in sources:
        item = by_source[source.id]
        if source.id in cited:
            skipped.append(source.id)
            continue
        if not 0 <= item.start < item.end <= len(source.text):
            raise InvalidInput(
                f"characters {item.start}–{item.end} lie outside source {source.id}'s text "
                f"({len(source.text):,} characters)"
            )
        name = source.outlet or source.title or f"source {source.id}"
        actor_id = find_or_add_actor(uow, name, ActorKind.OUTLET)
        hop_id = add_hop(
            uow,
            claim.id,
            actor_id=actor_id,
            relation=first_relation if empty and not added else relation,
            source_id=source.id,
            quote=source.text[item.start : item.end],
            spans=[Span(item.start, item.end, page_of(source.page_starts, item.start))],
            language=source.language,
            relayed_on=source.published_on,
            after_hop_id=added[-1] if added else None,
            note=f"Where else?: {item.note}" if item.note else "",
        )
        added.append(hop_id)
        cited.add(source.id)
    return AddedHops(tuple(added), tuple(skipped))


# --- merging claims ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimMerge:
    """What `merge_claims` moved, so that `unmerge_claims` can take it back exactly."""

    keep_id: int
    other_id: int
    hop_ids: tuple[int, ...]
    hop_positions: tuple[int, ...]
    review_ids: tuple[int, ...]
    tags_added: tuple[str, ...]
    keep_notes: str


def _merge_notes(keep: Claim, other: Claim) -> str:
    if not other.notes.strip():
        return keep.notes
    addition = f"From claim #{other.id}: {other.notes.strip()}"
    return f"{keep.notes.rstrip()}\n\n{addition}" if keep.notes.strip() else addition


def merge_claims(
    uow: UnitOfWork, keep_id: int, other_id: int, *, despite_differences: bool = False
) -> ClaimMerge:
    """Merge claim `other_id` into `keep_id`: the other's routes (its hops, as further routes of
    the kept claim), reviews, tags and notes join the kept claim; the other claim records the
    kept one as `merged_into_id`, loses its index keys and goes to the Trash where the case
    has one. Two audit events per claim plus one per moved hop. Returns what `unmerge_claims`
    needs.

    Two claims whose anchors of meaning differ (a negation, a number, a date, a name, a
    modality: `db.text.meaning`) are refused with the differences named, unless the reviewer
    confirmed them (`despite_differences`); the merge's audit event then records what was
    overridden."""
    if keep_id == other_id:
        raise InvalidInput("a claim cannot be merged into itself")
    for ident in (keep_id, other_id):
        merged_into = _claim(uow, ident).merged_into_id
        if merged_into is not None:
            raise InvalidInput(f"claim {ident} is already merged into claim {merged_into}")
    differences = claims_differences(uow.session, keep_id, other_id)
    if not differences.agree and not despite_differences:
        raise InvalidInput(
            f"claims {keep_id} and {other_id} differ in what they say "
            f"({differences.describe()}); merge them only after checking that they are one claim"
        )
    keep = fetch_for_update(uow.session, Claim, keep_id)
    other = fetch_for_update(uow.session, Claim, other_id)
    if keep.merged_into_id is not None:
        raise InvalidInput(
            f"claim {keep_id} is merged into claim {keep.merged_into_id}; keep that one instead"
        )
    keep_before, other_before = claim_state(keep), claim_state(other)
    moved = sorted(other.hops, key=lambda h: (h.position, h.id))
    positions = tuple(h.position for h in moved)
    offset = max((h.position for h in keep.hops), default=-1) + 1
    for hop in moved:
        hop.position += offset
        keep.hops.append(hop)
    review_ids = tuple(
        uow.session.scalars(
            select(Review.id).where(Review.claim_id == other.id).order_by(Review.id)
        )
    )
    if review_ids:
        uow.session.execute(
            update(Review).where(Review.id.in_(review_ids)).values(claim_id=keep.id)
        )
    have = {t.tag for t in keep.tags}
    added_tags = tuple(sorted({t.tag for t in other.tags} - have))
    if added_tags:
        keep.tags = [ClaimTag(tag=t) for t in sorted(have | set(added_tags))]
    notes_before = keep.notes
    keep.notes = _merge_notes(keep, other)
    renumber(keep)
    keep.updated_at, keep.updated_by = uow.now, uow.reviewer
    other.merged_into_id = keep.id
    other.updated_at, other.updated_by = uow.now, uow.reviewer
    drop_claim_index(uow.session, other.id)
    uow.session.flush()
    uow.session.expire(other, ["hops"])
    for hop in moved:
        uow.record("move hop to claim", "hop", hop.id, {"claim": other.id}, hop_state(hop))
        uow.changes.hops.add(hop.id)
    uow.record(
        "merge claim",
        "claim",
        keep.id,
        keep_before,
        claim_state(keep)
        | {"merged": other.id, "hops": [h.id for h in moved], "reviews": list(review_ids)}
        | (
            {"overridden_differences": [d.describe() for d in differences.differences]}
            if differences.differences
            else {}
        ),
    )
    uow.record(
        "merge claim into",
        "claim",
        other.id,
        other_before,
        claim_state(other) | {"merged_into": keep.id},
    )
    uow.changes.claims.update({keep.id, other.id})
    claims_ops.delete_claim(uow, other.id)  # the emptied claim goes to the Trash, its own event
    return ClaimMerge(
        keep.id,
        other.id,
        tuple(h.id for h in moved),
        positions,
        review_ids,
        added_tags,
        notes_before,
    )


def _claim(uow: UnitOfWork, claim_id: int) -> Claim:
    """A claim, also one in the Trash."""
    claim = uow.session.get(Claim, claim_id)
    if claim is None:
        raise NotFound("claim", claim_id)
    return claim


def unmerge_claims(uow: UnitOfWork, merge: ClaimMerge) -> None:
    """Take a merge back (Undo): the moved hops (with their positions), reviews, tags and notes
    return, the other claim comes back from the Trash with its index keys. Raises InvalidInput
    when the claims were merged differently since."""
    keep = fetch_for_update(uow.session, Claim, merge.keep_id)
    other = _claim(uow, merge.other_id)
    if other.merged_into_id != keep.id:
        raise InvalidInput(f"claim {other.id} is not merged into claim {keep.id}")
    if other.deleted_at is not None:
        claims_ops.restore_claim(uow, other.id)
    keep_before, other_before = claim_state(keep), claim_state(other)
    by_id = {h.id: h for h in keep.hops}
    for hop_id, position in zip(merge.hop_ids, merge.hop_positions, strict=True):
        hop = by_id.get(hop_id)
        if hop is None:
            continue
        hop.position = position
        other.hops.append(hop)
    if merge.review_ids:
        uow.session.execute(
            update(Review).where(Review.id.in_(merge.review_ids)).values(claim_id=other.id)
        )
    if merge.tags_added:
        keep.tags = [t for t in keep.tags if t.tag not in set(merge.tags_added)]
    keep.notes = merge.keep_notes
    renumber(keep)
    renumber(other)
    other.merged_into_id = None
    keep.updated_at, keep.updated_by = uow.now, uow.reviewer
    other.updated_at, other.updated_by = uow.now, uow.reviewer
    uow.session.flush()
    uow.session.expire(keep, ["hops"])
    index_claim(uow.session, other.id, other.text_key)
    for hop_id in merge.hop_ids:
        hop = uow.session.get(Hop, hop_id)
        if hop is not None:
            uow.record("move hop to claim", "hop", hop.id, {"claim": keep.id}, hop_state(hop))
            uow.changes.hops.add(hop.id)
    uow.record("unmerge claim", "claim", keep.id, keep_before, claim_state(keep))
    uow.record(
        "unmerge claim",
        "claim",
        other.id,
        other_before,
        claim_state(other) | {"reviews": list(merge.review_ids)},
    )
    uow.changes.claims.update({keep.id, other.id})


# --- the index ---------------------------------------------------------------------------------


def rebuild_similarity_index(uow: UnitOfWork) -> IndexCounts:
    """Rebuild every band key of the case (`provdesk-cli reindex`), with one audit event."""
    counts = rebuild_index_rows(uow.session)
    uow.record(
        "rebuild similarity index",
        "case",
        "index",
        None,
        {
            "sources": counts.sources,
            "source_keys": counts.source_keys,
            "claims": counts.claims,
            "claim_keys": counts.claim_keys,
        },
    )
    uow.changes.case = True
    return counts
