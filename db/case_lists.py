"""Small read-only lists the filter bar and dialogs offer: tags, outlets, languages, actor
names with aliases (no Qt here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Actor, ActorAlias, ClaimTag, Hop, Source


def tags(session: Session) -> list[str]:
    return sorted(session.scalars(select(ClaimTag.tag).distinct()), key=str.casefold)


def outlets(session: Session) -> list[str]:
    """The sources' outlets and the actors of kind outlet that relay a claim in a hop."""
    found = set(session.scalars(select(Source.outlet).where(Source.outlet != "").distinct()))
    relaying = select(Hop.actor_id).where(Hop.deleted_at.is_(None))
    found |= set(
        session.scalars(
            select(Actor.name).where(Actor.kind == "outlet", Actor.id.in_(relaying)).distinct()
        )
    )
    return sorted(found, key=str.casefold)


def languages(session: Session) -> list[str]:
    found = set(session.scalars(select(Hop.language).where(Hop.language != "").distinct()))
    found |= set(session.scalars(select(Source.language).where(Source.language != "").distinct()))
    return sorted(found)


def actor_names(session: Session) -> dict[str, int]:
    """Every name and alias a reviewer may type, with the actor it stands for (merged actors
    lead to the actor they were merged into)."""
    merged = {i: m for i, m in session.execute(select(Actor.id, Actor.merged_into_id))}

    def final(ident: int) -> int:
        seen = 0
        while merged.get(ident) is not None and seen < 100:
            ident, seen = merged[ident], seen + 1  # type: ignore[assignment]
        return ident

    names: dict[str, int] = {}
    trashed = set(session.scalars(select(Actor.id).where(Actor.deleted_at.is_not(None))))
    for ident, name in session.execute(select(Actor.id, Actor.name)):
        if merged.get(ident) is None and ident not in trashed:
            names[name] = ident
    for ident, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias)):
        if final(ident) not in trashed:
            names.setdefault(alias, final(ident))
    return names
