"""One claim with its hops, chains and reviews (`show`, the window's claim pane), and the hops
quoting a source, read through SQLAlchemy Core on the case's tables (`db.tables`): nothing here
loads the ORM, so the command line's `show` starts without it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Row, func, or_, select

from .claim_views import ClaimDetail, HopView, ReviewView
from .errors import InTrash, NotFound
from .tables import (
    actors,
    audit_events,
    claim_tags,
    claims,
    hop_anchors,
    hops,
    quote_spans,
    reviews,
    source_versions,
    sources,
    trash_note,
)
from .text.direction import first_strong_direction
from .text.spans import Span, quote_not_located

if TYPE_CHECKING:
    from .claim_list import Reader


class ChainLink(Protocol):
    """Anything with a hop's place in the tree of a claim's hops (an ORM hop, a HopView, a
    report's hop)."""

    @property
    def id(self) -> int: ...
    @property
    def relays_hop_id(self) -> int | None: ...
    @property
    def position(self) -> int: ...


Link = TypeVar("Link", bound=ChainLink)


def chains_of(hops: Sequence[Link]) -> tuple[tuple[int, ...], ...]:
    """Every path from an origin to a hop that nothing relays, origin first."""
    children: dict[int | None, list[Link]] = {}
    for hop in sorted(hops, key=lambda h: (h.position, h.id)):
        children.setdefault(hop.relays_hop_id, []).append(hop)
    ids = {h.id for h in hops}
    roots = [h for h in hops if h.relays_hop_id is None or h.relays_hop_id not in ids]
    chains: list[tuple[int, ...]] = []
    stack: list[tuple[Link, tuple[int, ...]]] = [
        (r, ()) for r in reversed(sorted(roots, key=lambda h: h.position))
    ]
    while stack:
        hop, path = stack.pop()
        path = (*path, hop.id)
        below = children.get(hop.id, [])
        if not below:
            chains.append(path)
        stack.extend((child, path) for child in reversed(below))
    return tuple(chains)


def not_found(db: Reader, what: str, ident: int) -> NotFound:
    """NotFound, saying so when the record was purged from the Trash (and by whom)."""
    events = audit_events.c
    purge = db.execute(
        select(events.reviewer, events.at)
        .where(
            events.entity == what,
            events.entity_id == str(ident),
            events.action == f"purge {what}",
        )
        .limit(1)
    ).first()
    error = NotFound(what, ident)
    if purge is not None:
        error.args = (
            f"{what} {ident} was purged from the Trash by {purge.reviewer} "
            f"on {purge.at:%Y-%m-%d %H:%M} UTC",
        )
    return error


def page_labels_of(details: Any) -> tuple[str, ...]:
    """A source's PDF page labels (one per file page) from its `details`, or () when none."""
    if not isinstance(details, dict):
        return ()
    return tuple(str(label) for label in details.get("page_labels") or ())


_HOP_COLUMNS = (
    *(
        hops.c[name]
        for name in (
            "id",
            "claim_id",
            "relays_hop_id",
            "position",
            "actor_id",
            "source_id",
            "relation",
            "quote",
            "language",
            "relayed_on",
            "quote_language",
            "status",
            "status_rationale",
            "direction_doubtful",
            "note",
            "version",
            "deleted_at",
        )
    ),
    actors.c.name.label("actor_name"),
    actors.c.kind.label("actor_kind"),
    sources.c.title.label("source_title"),
    sources.c.outlet.label("source_outlet"),
    sources.c.language.label("source_language"),
    sources.c.direction.label("source_direction"),
    sources.c.details.label("source_details"),
    (sources.c.text != "").label("source_has_text"),
    hop_anchors.c.source_version.label("anchor_version"),
    hop_anchors.c.health.label("anchor_health"),
    hop_anchors.c.note.label("anchor_note"),
    hop_anchors.c.resolution.label("anchor_resolution"),
    hop_anchors.c.proposed_start.label("anchor_proposed_start"),
    hop_anchors.c.proposed_end.label("anchor_proposed_end"),
    # The number of the source's current (newest) version: what a quote with no anchor of its
    # own is checked against.
    select(func.max(source_versions.c.number))
    .where(source_versions.c.source_id == hops.c.source_id)
    .scalar_subquery()
    .label("current_version"),
)


def hop_rows(db: Reader, *where: ColumnElement[bool], by_claim: bool = False) -> list[Row[Any]]:
    """Hops (what a view shows of them) with their actor's name and kind, what a hop view needs of their
    source and of their anchor; by position (by claim first with `by_claim`)."""
    query = (
        select(*_HOP_COLUMNS)
        .join(actors, actors.c.id == hops.c.actor_id)
        .outerjoin(sources, sources.c.id == hops.c.source_id)
        .outerjoin(hop_anchors, hop_anchors.c.hop_id == hops.c.id)
        .where(*where)
    )
    order = (hops.c.claim_id,) if by_claim else ()
    return list(db.execute(query.order_by(*order, hops.c.position, hops.c.id)))


def hop_views(db: Reader, rows: Sequence[Row[Any]]) -> list[HopView]:
    """The views of these hops (rows of `hop_rows`)."""
    ids = [r.id for r in rows]
    spans: dict[int, list[Span]] = {}
    if ids:
        found = db.execute(
            select(quote_spans.c.hop_id, quote_spans.c.start_offset, quote_spans.c.end_offset)
            .add_columns(quote_spans.c.page)
            .where(quote_spans.c.hop_id.in_(ids))
            .order_by(quote_spans.c.start_offset, quote_spans.c.id)
        )
        for hop_id, start, end, page in found:
            spans.setdefault(hop_id, []).append(Span(start, end, page))
    proposing = {
        r.source_id for r in rows if _health_shown(r) and r.anchor_proposed_start is not None
    }
    texts: dict[int, str] = {}
    if proposing:
        texts = {
            source_id: text
            for source_id, text in db.execute(
                select(sources.c.id, sources.c.text).where(sources.c.id.in_(proposing))
            )
        }
    return [_hop_view(r, tuple(spans.get(r.id, ())), texts) for r in rows]


def _health_shown(row: Row[Any]) -> bool:
    return row.source_id is not None and bool(row.quote) and row.anchor_health is not None


def _health_fields(row: Row[Any], current: int | None, texts: dict[int, str]) -> dict[str, Any]:
    """The HopView fields that say which version a quote was checked against and how it fared
    on the newest (`current`: the number of the source's current version)."""
    if row.source_id is None or not row.quote:
        return {}
    if row.anchor_health is None:
        return {"checked_version": current}
    proposed = ""
    if row.anchor_proposed_start is not None and row.source_id in texts:
        proposed = texts[row.source_id][row.anchor_proposed_start : row.anchor_proposed_end]
    return {
        "checked_version": row.anchor_version,
        "quote_health": row.anchor_health,
        "health_note": row.anchor_note,
        "health_resolution": row.anchor_resolution,
        "proposed_quote": proposed,
    }


def _hop_view(row: Row[Any], spans: tuple[Span, ...], texts: dict[int, str]) -> HopView:
    has_source = row.source_id is not None
    anchored_elsewhere = row.anchor_health in ("changed", "lost")
    return HopView(
        id=row.id,
        claim_id=row.claim_id,
        relays_hop_id=row.relays_hop_id,
        position=row.position,
        actor_id=row.actor_id,
        actor_name=row.actor_name,
        actor_kind=row.actor_kind,
        source_id=row.source_id,
        source_title=row.source_title if has_source else "",
        source_outlet=row.source_outlet if has_source else "",
        source_language=row.source_language if has_source else "",
        relation=row.relation,
        quote=row.quote,
        spans=spans,
        language=row.language,
        relayed_on=row.relayed_on,
        status=row.status,
        status_rationale=row.status_rationale,
        direction_doubtful=row.direction_doubtful,
        note=row.note,
        version=row.version,
        quote_language=row.quote_language,
        quote_direction=first_strong_direction(
            row.quote, row.source_direction if has_source else "ltr"
        ),
        # A quote anchored in an older version of its source (changed, lost) is not "not
        # located": it is checked against that version.
        quote_not_located=not anchored_elsewhere
        and quote_not_located(row.quote, has_source and bool(row.source_has_text), spans),
        page_labels=page_labels_of(row.source_details) if has_source else (),
        **_health_fields(row, row.current_version, texts),
    )


def claim_detail(db: Reader, claim_id: int) -> ClaimDetail:
    """A claim with its hops (not those in the Trash), chains, tags and reviews."""
    claim = db.execute(select(claims).where(claims.c.id == claim_id)).first()
    if claim is None:
        raise not_found(db, "claim", claim_id)
    if claim.deleted_at is not None:
        raise InTrash("claim", claim_id, trash_note(claim.deleted_at, claim.deleted_by))
    tags = db.scalars(
        select(claim_tags.c.tag).where(claim_tags.c.claim_id == claim_id).order_by(claim_tags.c.tag)
    ).all()
    rows = hop_rows(db, hops.c.claim_id == claim_id)
    live = [r for r in rows if r.deleted_at is None]
    views = hop_views(db, live)
    trashed_hops = [r.id for r in rows if r.deleted_at is not None]
    # The reviews of a hop in the Trash go and come back with it.
    found = db.execute(
        select(reviews)
        .where(reviews.c.claim_id == claim_id)
        .where(or_(reviews.c.hop_id.is_(None), reviews.c.hop_id.not_in(trashed_hops)))
        .order_by(reviews.c.at, reviews.c.id)
    )
    return ClaimDetail(
        id=claim.id,
        text=claim.text,
        verdict=claim.verdict,
        rationale=claim.rationale,
        notes=claim.notes,
        tags=tuple(tags),
        version=claim.version,
        created_at=claim.created_at,
        updated_at=claim.updated_at,
        updated_by=claim.updated_by,
        hops=tuple(views),
        chains=chains_of(views),
        reviews=tuple(
            ReviewView(
                id=r.id,
                claim_id=r.claim_id,
                hop_id=r.hop_id,
                subject=r.subject,
                from_value=r.from_value,
                to_value=r.to_value,
                rationale=r.rationale,
                evidence=r.evidence,
                reviewer=r.reviewer,
                at=r.at,
            )
            for r in found
        ),
        signoff=claim.signoff,
        verdict_set_by=claim.verdict_set_by,
        signed_off_by=claim.signed_off_by,
        signed_off_at=claim.signed_off_at,
    )


def hops_in_source(db: Reader, source_id: int) -> list[HopView]:
    """Every hop whose quote lies in this source (to highlight them in the viewer)."""
    live_claims = select(claims.c.id).where(claims.c.deleted_at.is_(None))
    rows = hop_rows(
        db,
        hops.c.source_id == source_id,
        hops.c.deleted_at.is_(None),
        hops.c.claim_id.in_(live_claims),
        by_claim=True,
    )
    return hop_views(db, rows)
