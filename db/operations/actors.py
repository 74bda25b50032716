"""Operations on actors: add, rename, aliases, merge."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update

from ..actor_names import index_actor, rebuild_actor_keys
from ..errors import InvalidInput
from ..models import Actor, ActorAlias, Hop
from ..text.normalise import search_key
from ..unit_of_work import UnitOfWork
from ..vocabulary import ActorKind
from ._common import check_version, clean_name, clean_text, fetch, fetch_for_update


def actor_state(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "kind": actor.kind,
        "description": actor.description,
        "aliases": [a.alias for a in actor.aliases],
        "merged_into": actor.merged_into_id,
        "version": actor.version,
    }


def _add_alias_row(actor: Actor, alias: str) -> None:
    key = search_key(alias)
    if key == search_key(actor.name) or any(a.alias_key == key for a in actor.aliases):
        return
    actor.aliases.append(ActorAlias(alias=alias, alias_key=key))


def add_actor(
    uow: UnitOfWork,
    name: str,
    kind: ActorKind | str = ActorKind.PERSON,
    *,
    aliases: Iterable[str] = (),
    description: str = "",
) -> int:
    actor = Actor(
        name=clean_name(name, "actor name"),
        kind=ActorKind.parse(kind).value,
        description=clean_text(description, "description", required=False),
    )
    for alias in aliases:
        _add_alias_row(actor, clean_name(alias, "alias"))
    uow.session.add(actor)
    uow.session.flush()
    index_actor(uow.session, actor)
    uow.record("add actor", "actor", actor.id, None, actor_state(actor))
    uow.changes.actors.add(actor.id)
    return actor.id


def find_actor(uow: UnitOfWork, name: str) -> int | None:
    """The actor whose name or alias matches `name` (folded), following merges."""
    key = search_key(" ".join(name.split()))
    session = uow.session
    ident = session.scalar(
        select(Actor.id)
        .outerjoin(ActorAlias)
        .where(or_(func.lower(Actor.name) == name.strip().lower(), ActorAlias.alias_key == key))
        .where(Actor.deleted_at.is_(None))
        .order_by(Actor.merged_into_id.is_not(None), Actor.id)
        .limit(1)
    )
    if ident is None:
        alive = select(Actor.id, Actor.name).where(Actor.deleted_at.is_(None))
        for actor_id, actor_name in session.execute(alive):
            if search_key(actor_name) == key:
                ident = actor_id
                break
    while ident is not None:
        merged = session.scalar(select(Actor.merged_into_id).where(Actor.id == ident))
        if merged is None:
            return ident
        ident = merged
    return None


def find_or_add_actor(uow: UnitOfWork, name: str, kind: ActorKind | str = ActorKind.PERSON) -> int:
    found = find_actor(uow, clean_name(name, "actor name"))
    return found if found is not None else add_actor(uow, name, kind)


def edit_actor(
    uow: UnitOfWork,
    actor_id: int,
    *,
    expected_version: int | None = None,
    name: str | None = None,
    kind: ActorKind | str | None = None,
    description: str | None = None,
    aliases: Iterable[str] | None = None,
) -> int:
    """Rename an actor, change its kind, description or aliases. Returns its version."""
    actor = fetch_for_update(uow.session, Actor, actor_id)
    before = actor_state(actor)
    mine = {"name": name, "kind": kind, "description": description}
    check_version(actor, expected_version, mine, before)
    if name is not None:
        actor.name = clean_name(name, "actor name")
    if kind is not None:
        actor.kind = ActorKind.parse(kind).value
    if description is not None:
        actor.description = clean_text(description, "description", required=False)
    if aliases is not None:
        wanted = [clean_name(a, "alias") for a in aliases]
        actor.aliases.clear()
        uow.session.flush()
        for alias in wanted:
            _add_alias_row(actor, alias)
    uow.session.flush()
    after = actor_state(actor)
    if after != before:
        index_actor(uow.session, actor)
        uow.record("edit actor", "actor", actor.id, before, after)
        uow.changes.actors.add(actor.id)
    return actor.version


@dataclass(frozen=True)
class Merge:
    """What `merge_actors` did, for `unmerge_actor` to take back."""

    keep_id: int
    merged_id: int
    moved_hops: tuple[int, ...]
    added_aliases: tuple[str, ...]


def merge_actors(uow: UnitOfWork, keep_id: int, merge_id: int) -> Merge:
    """Fold actor `merge_id` into `keep_id`: its hops move over, its name becomes an alias."""
    if keep_id == merge_id:
        raise InvalidInput("an actor cannot be merged into itself")
    keep = fetch_for_update(uow.session, Actor, keep_id)
    gone = fetch_for_update(uow.session, Actor, merge_id)
    if keep.merged_into_id is not None:
        raise InvalidInput(f"actor {keep_id} was itself merged into actor {keep.merged_into_id}")
    if gone.merged_into_id is not None:
        raise InvalidInput(f"actor {merge_id} was merged into actor {gone.merged_into_id} already")
    before_keep, before_gone = actor_state(keep), actor_state(gone)
    had = {a.alias for a in keep.aliases}
    for name in [gone.name, *(a.alias for a in gone.aliases)]:
        _add_alias_row(keep, name)
    added = tuple(a.alias for a in keep.aliases if a.alias not in had)
    moved = list(uow.session.scalars(select(Hop.id).where(Hop.actor_id == gone.id)))
    uow.session.execute(
        update(Hop).where(Hop.actor_id == gone.id).values(actor_id=keep.id, version=Hop.version + 1)
    )
    gone.merged_into_id = keep.id
    uow.session.flush()
    index_actor(uow.session, keep)
    uow.record(
        "merge actor", "actor", gone.id, before_gone, actor_state(gone) | {"hops_moved": moved}
    )
    uow.record("merge actor", "actor", keep.id, before_keep, actor_state(keep))
    _changed(uow, {keep.id, gone.id}, moved)
    return Merge(keep.id, gone.id, tuple(moved), added)


def unmerge_actor(uow: UnitOfWork, merge: Merge) -> None:
    """Take a merge back: the hops it moved that are still with the kept actor return, the
    aliases it added go, and the merged actor stands on its own again."""
    gone = fetch_for_update(uow.session, Actor, merge.merged_id)
    keep = fetch_for_update(uow.session, Actor, merge.keep_id)
    if gone.merged_into_id != keep.id:
        raise InvalidInput(f"actor {gone.id} is not merged into actor {keep.id} any more")
    before_keep, before_gone = actor_state(keep), actor_state(gone)
    back = list(
        uow.session.scalars(
            select(Hop.id).where(Hop.id.in_(merge.moved_hops), Hop.actor_id == keep.id)
        )
    )
    uow.session.execute(
        update(Hop).where(Hop.id.in_(back)).values(actor_id=gone.id, version=Hop.version + 1)
    )
    for alias in [a for a in keep.aliases if a.alias in merge.added_aliases]:
        keep.aliases.remove(alias)
    gone.merged_into_id = None
    uow.session.flush()
    index_actor(uow.session, keep)
    uow.record(
        "unmerge actor", "actor", gone.id, before_gone, actor_state(gone) | {"hops_back": back}
    )
    uow.record("unmerge actor", "actor", keep.id, before_keep, actor_state(keep))
    _changed(uow, {keep.id, gone.id}, back)


def _changed(uow: UnitOfWork, actors: set[int], hops: list[int]) -> None:
    uow.changes.actors.update(actors)
    uow.changes.hops.update(hops)
    uow.changes.claims.update(
        uow.session.scalars(select(Hop.claim_id).where(Hop.id.in_(hops)).distinct())
    )


def add_alias(uow: UnitOfWork, actor_id: int, alias: str) -> int:
    """Give an existing actor one more name (the answer to "Лавров — same as Sergey Lavrov?").
    Returns the actor's version."""
    actor = fetch(uow.session, Actor, actor_id)
    if actor.merged_into_id is not None:
        raise InvalidInput(f"actor {actor_id} was merged into actor {actor.merged_into_id}")
    names = [a.alias for a in actor.aliases]
    return edit_actor(uow, actor_id, aliases=[*names, clean_name(alias, "alias")])


def keep_spelling(uow: UnitOfWork, actor_id: int, spelling: str, *, why: str) -> str | None:
    """Keep `spelling` — the words an existing actor was matched under — as one of its aliases,
    unless the actor already holds it (its name or an alias, folded). The actor's audit event
    says `spelling_kept` and `why`. Returns the alias added, or None."""
    actor = fetch(uow.session, Actor, actor_id)
    wanted = " ".join(spelling.split())
    key = search_key(wanted)
    if not key or key == search_key(actor.name) or any(a.alias_key == key for a in actor.aliases):
        return None
    if actor.merged_into_id is not None:
        return None
    with uow.tagged(spelling_kept=wanted, why=why):
        add_alias(uow, actor_id, wanted)
    return wanted


def drop_alias(uow: UnitOfWork, actor_id: int, alias: str) -> int:
    """Take one alias off an actor (undoing `keep_spelling`). Returns the actor's version."""
    actor = fetch(uow.session, Actor, actor_id)
    key = search_key(alias)
    names = [a.alias for a in actor.aliases if a.alias_key != key]
    return edit_actor(uow, actor_id, aliases=names)


def rebuild_actor_name_keys(uow: UnitOfWork) -> int:
    """Rebuild the name keys of every actor (`provdesk-cli reindex`), with one audit event."""
    written = rebuild_actor_keys(uow.session)
    uow.record("rebuild actor name keys", "case", "actor-names", None, {"keys": written})
    uow.changes.case = True
    return written


def actor_name(uow: UnitOfWork, actor_id: int) -> str:
    return fetch(uow.session, Actor, actor_id).name
