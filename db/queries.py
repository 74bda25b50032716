"""Reading a case: the claim list (keyset paged), one claim with its chains, actors, sources.

The claim list (`db.claim_list`) and a claim with its hops (`db.claim_view`) are read through
Core and exported from here too; actors and sources are read through the ORM."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .arrival import arrival_facts, ocr_language
from .claim_list import PAGE_SIZE as PAGE_SIZE
from .claim_list import ClaimCursor as ClaimCursor
from .claim_list import ClaimFilter as ClaimFilter
from .claim_list import ClaimPage as ClaimPage
from .claim_list import claim_ids_page as claim_ids_page
from .claim_list import claim_rows as claim_rows
from .claim_list import count_claims as count_claims
from .claim_list import list_claims as list_claims
from .claim_view import ChainLink as ChainLink
from .claim_view import chains_of as chains_of
from .claim_view import claim_detail as claim_detail
from .claim_view import hops_in_source as hops_in_source
from .claim_view import page_labels_of
from .errors import InTrash
from .models import Actor, ActorAlias, CaseInfo, Claim, EvidenceFile, Hop, Source
from .source_history import source_history
from .trash import not_found
from .views import ActorView, SourceView


def page_labels(source: Source | None) -> tuple[str, ...]:
    """A source's PDF page labels (one per file page), or () when it has none."""
    return page_labels_of(source.details) if source is not None else ()


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


def live_actor_ids(session: Session) -> set[int]:
    """The ids of the actors not in the Trash (an undo command compares them before and after a
    step to tell which actors the step created)."""
    return set(session.scalars(select(Actor.id).where(Actor.deleted_at.is_(None))))


def actor_alias_pairs(session: Session) -> set[tuple[int, str]]:
    """(actor id, alias) of every alias (an undo command compares them before and after a step
    to tell which spellings the step kept)."""
    rows = session.execute(select(ActorAlias.actor_id, ActorAlias.alias))
    return {(actor_id, alias) for actor_id, alias in rows}


def four_eyes_required(session: Session) -> bool:
    """Whether final verdicts of this case need a second reviewer's sign-off."""
    settings = session.scalar(select(CaseInfo.settings).limit(1)) or {}
    return bool(settings.get("four_eyes", False))
