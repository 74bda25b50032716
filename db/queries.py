"""Reading a case: the claim list (keyset paged), one claim with its chains, actors, sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from .arrival import arrival_facts, ocr_language
from .claim_rows import read_claim_rows
from .errors import InTrash
from .models import Actor, CaseInfo, Claim, ClaimTag, EvidenceFile, Hop, Review, Source
from .source_history import current_versions, health_fields, source_history
from .text.direction import first_strong_direction
from .text.spans import Span
from .text.spans import quote_not_located as _not_located
from .trash import not_found
from .views import ActorView, ClaimDetail, ClaimRow, HopView, ReviewView, SourceView

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
        query = query.where(Claim.deleted_at.is_(None))
        if self.verdicts:
            query = query.where(Claim.verdict.in_(self.verdicts))
        # IN (subquery) rather than a correlated EXISTS: the database reads the few matching
        # tags or hops by their index instead of probing once per claim (2 s → ms for an
        # actor's claims among a million).
        if self.tag:
            query = query.where(
                Claim.id.in_(select(ClaimTag.claim_id).where(ClaimTag.tag == self.tag))
            )
        hop_conditions = []
        if self.actor_id is not None:
            hop_conditions.append(Hop.actor_id == self.actor_id)
        if self.outlet:
            hop_conditions.append(
                Hop.source_id.in_(select(Source.id).where(Source.outlet == self.outlet))
            )
        if self.language:
            hop_conditions.append(
                or_(
                    Hop.language == self.language,
                    Hop.source_id.in_(select(Source.id).where(Source.language == self.language)),
                )
            )
        if self.since is not None:
            hop_conditions.append(Hop.relayed_on >= self.since)
        if self.until is not None:
            hop_conditions.append(Hop.relayed_on <= self.until)
        if hop_conditions:
            hop_conditions.append(Hop.deleted_at.is_(None))
            query = query.where(Claim.id.in_(select(Hop.claim_id).where(and_(*hop_conditions))))
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
    session: Session,
    *,
    after: ClaimCursor | None = None,
    limit: int = PAGE_SIZE,
    order: str = "id",
    where: ClaimFilter = ClaimFilter(),
) -> list[int]:
    """Claim ids of one page by keyset: `order` is "id" (oldest first) or "updated" (newest
    change first). The cost is the same on the first page and the last."""
    query = select(Claim.id)
    if order == "updated":
        query = query.order_by(Claim.updated_at.desc(), Claim.id.desc())
        if after is not None and after.updated_at is not None:
            query = query.where(
                tuple_(Claim.updated_at, Claim.id) < tuple_(after.updated_at, after.id)
            )
    else:
        query = query.order_by(Claim.id)
        if after is not None:
            query = query.where(Claim.id > after.id)
    query = where.apply(query).limit(limit)
    return [row[0] for row in session.execute(query)]


def list_claims(
    session: Session,
    *,
    after: ClaimCursor | None = None,
    limit: int = PAGE_SIZE,
    order: str = "id",
    where: ClaimFilter = ClaimFilter(),
) -> ClaimPage:
    ids = claim_ids_page(session, after=after, limit=limit, order=order, where=where)
    rows = claim_rows(session, ids)
    cursor = None
    if len(rows) == limit:
        cursor = ClaimCursor(rows[-1].id, rows[-1].updated_at)
    return ClaimPage(tuple(rows), cursor)


def count_claims(session: Session, where: ClaimFilter = ClaimFilter()) -> int:
    # count(*), not count(claims.id): SQLite then counts index entries without reading a
    # column from each (13 ms against 90 ms for a million claims).
    query = select(func.count()).select_from(Claim)
    return int(session.scalar(where.apply(query)) or 0)


def claim_rows(session: Session, ids: Sequence[int]) -> list[ClaimRow]:
    """The list rows of these claims, in the order given (plain driver SQL, see
    `db.claim_rows`)."""
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return read_claim_rows(connection.exec_driver_sql, mark, ids)


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


def quote_not_located(hop: Hop) -> bool:
    """Whether the hop quotes words that are not located in its source's text (a state the
    reviewer sees and fixes: "quote not located"). False without a quote, a source or text,
    and for a quote anchored in an older version of its source (changed, lost or kept)."""
    source = hop.source
    if hop.anchor is not None and hop.anchor.health in ("changed", "lost"):
        return False
    return _not_located(hop.quote, bool(source is not None and source.text), hop.spans)


def hop_view(hop: Hop, current_version: int | None = None) -> HopView:
    """A hop's view; `current_version` is the number of its source's newest version (the
    version a quote with no anchor of its own is checked against)."""
    return HopView(
        id=hop.id,
        claim_id=hop.claim_id,
        relays_hop_id=hop.relays_hop_id,
        position=hop.position,
        actor_id=hop.actor_id,
        actor_name=hop.actor.name,
        actor_kind=hop.actor.kind,
        source_id=hop.source_id,
        source_title=hop.source.title if hop.source else "",
        source_outlet=hop.source.outlet if hop.source else "",
        source_language=hop.source.language if hop.source else "",
        relation=hop.relation,
        quote=hop.quote,
        spans=tuple(Span(s.start, s.end, s.page) for s in hop.spans),
        language=hop.language,
        relayed_on=hop.relayed_on,
        status=hop.status,
        status_rationale=hop.status_rationale,
        direction_doubtful=hop.direction_doubtful,
        note=hop.note,
        version=hop.version,
        quote_language=hop.quote_language,
        quote_direction=first_strong_direction(
            hop.quote, hop.source.direction if hop.source else "ltr"
        ),
        quote_not_located=quote_not_located(hop),
        page_labels=page_labels(hop.source),
        **health_fields(hop, current_version),
    )


def page_labels(source: Source | None) -> tuple[str, ...]:
    """A source's PDF page labels (one per file page), or () when it has none."""
    if source is None or not isinstance(source.details, dict):
        return ()
    labels = source.details.get("page_labels") or ()
    return tuple(str(label) for label in labels)


def claim_detail(session: Session, claim_id: int) -> ClaimDetail:
    claim = session.scalar(
        select(Claim)
        .where(Claim.id == claim_id)
        .options(
            selectinload(Claim.tags),
            selectinload(Claim.hops).selectinload(Hop.actor),
            selectinload(Claim.hops).selectinload(Hop.source),
            selectinload(Claim.hops).selectinload(Hop.spans),
            selectinload(Claim.hops).selectinload(Hop.anchor),
        )
    )
    if claim is None:
        raise not_found(session, "claim", claim_id)
    if claim.deleted_at is not None:
        raise InTrash("claim", claim_id, claim.trash_note())
    hops = [h for h in claim.hops if h.deleted_at is None]
    versions = current_versions(session, {h.source_id for h in hops if h.source_id})
    trashed_hops = [h.id for h in claim.hops if h.deleted_at is not None]
    # The reviews of a hop in the Trash go and come back with it.
    reviews = session.scalars(
        select(Review)
        .where(Review.claim_id == claim_id)
        .where(or_(Review.hop_id.is_(None), Review.hop_id.not_in(trashed_hops)))
        .order_by(Review.at, Review.id)
    )
    return ClaimDetail(
        id=claim.id,
        text=claim.text,
        verdict=claim.verdict,
        rationale=claim.rationale,
        notes=claim.notes,
        tags=tuple(t.tag for t in claim.tags),
        version=claim.version,
        created_at=claim.created_at,
        updated_at=claim.updated_at,
        updated_by=claim.updated_by,
        hops=tuple(hop_view(h, versions.get(h.source_id or 0)) for h in hops),
        chains=chains_of(hops),
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
            for r in reviews
        ),
        signoff=claim.signoff,
        verdict_set_by=claim.verdict_set_by,
        signed_off_by=claim.signed_off_by,
        signed_off_at=claim.signed_off_at,
    )


def list_actors(session: Session, *, include_merged: bool = False) -> list[ActorView]:
    counts: dict[int, int] = {
        actor: count
        for actor, count in session.execute(
            select(Hop.actor_id, func.count(Hop.id))
            .join(Claim, Claim.id == Hop.claim_id)
            .where(Hop.deleted_at.is_(None), Claim.deleted_at.is_(None))
            .group_by(Hop.actor_id)
        )
    }
    query = (
        select(Actor)
        .where(Actor.deleted_at.is_(None))
        .options(selectinload(Actor.aliases))
        .order_by(Actor.name, Actor.id)
    )
    if not include_merged:
        query = query.where(Actor.merged_into_id.is_(None))
    return [
        ActorView(
            id=a.id,
            name=a.name,
            kind=a.kind,
            description=a.description,
            aliases=tuple(x.alias for x in a.aliases),
            merged_into_id=a.merged_into_id,
            hop_count=counts.get(a.id, 0),
            version=a.version,
        )
        for a in session.scalars(query)
    ]


def source_view(source: Source, evidence: EvidenceFile | None) -> SourceView:
    return SourceView(
        id=source.id,
        title=source.title,
        outlet=source.outlet,
        url=source.url,
        language=source.language,
        direction=source.direction,
        published_on=source.published_on,
        kind=source.kind,
        translated_from_id=source.translated_from_id,
        evidence_sha256=source.evidence_sha256,
        file_name=evidence.file_name if evidence else "",
        size=evidence.size if evidence else None,
        text_length=len(source.text),
        pages=len(source.page_starts),
        incomplete=source.incomplete,
        missing_pages=tuple(source.missing_pages),
        version=source.version,
        page_starts=tuple(source.page_starts),
        page_labels=page_labels(source),
        problems=tuple(str(p) for p in (source.details or {}).get("problems", ())),
        encoding_doubtful=bool((source.details or {}).get("encoding_doubtful")),
        encoding=str((source.details or {}).get("encoding", "")),
        encoding_candidates=tuple((source.details or {}).get("encoding_candidates", ())),
        arrival=arrival_facts(source.details),
        ocr_language=ocr_language(source.details),
    )


def list_sources(session: Session) -> list[SourceView]:
    rows = session.execute(
        select(Source, EvidenceFile.file_name, EvidenceFile.size)
        .outerjoin(EvidenceFile, EvidenceFile.sha256 == Source.evidence_sha256)
        .where(Source.deleted_at.is_(None))
        .order_by(Source.id)
    )
    out = []
    for source, file_name, size in rows:
        view = source_view(source, None)
        out.append(SourceView(**{**view.__dict__, "file_name": file_name or "", "size": size}))
    return out


def source_detail(session: Session, source_id: int) -> tuple[SourceView, str]:
    """A source's view and its stored text."""
    source = session.get(Source, source_id)
    if source is None:
        raise not_found(session, "source", source_id)
    if source.deleted_at is not None:
        raise InTrash("source", source_id, source.trash_note())
    evidence = session.get(EvidenceFile, source.evidence_sha256) if source.evidence_sha256 else None
    view = source_view(source, evidence)
    return replace(view, history=source_history(session, source_id)), source.text


def hops_in_source(session: Session, source_id: int) -> list[HopView]:
    """Every hop whose quote lies in this source (to highlight them in the viewer)."""
    hops = session.scalars(
        select(Hop)
        .join(Claim, Claim.id == Hop.claim_id)
        .where(Hop.source_id == source_id, Hop.deleted_at.is_(None), Claim.deleted_at.is_(None))
        .options(
            selectinload(Hop.actor),
            selectinload(Hop.source),
            selectinload(Hop.spans),
            selectinload(Hop.anchor),
        )
        .order_by(Hop.claim_id, Hop.position)
    )
    current = current_versions(session, {source_id}).get(source_id)
    return [hop_view(h, current) for h in hops]


def live_actor_ids(session: Session) -> set[int]:
    """The ids of the actors not in the Trash (an undo command compares them before and after a
    step to tell which actors the step created)."""
    return set(session.scalars(select(Actor.id).where(Actor.deleted_at.is_(None))))


def four_eyes_required(session: Session) -> bool:
    """Whether final verdicts of this case need a second reviewer's sign-off."""
    settings = session.scalar(select(CaseInfo.settings).limit(1)) or {}
    return bool(settings.get("four_eyes", False))
