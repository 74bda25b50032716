"""One actor, every spelling: the name keys of actors, the actors a name may be, and the likely
duplicates across scripts.

`actor_name_keys` holds the `db.text.names.name_keys` of every actor's name and aliases: derived
data written in the unit of work that adds, edits or merges an actor (`index_actor`), rebuilt by
`rebuild_actor_keys` (`provdesk-cli reindex`, the Alembic revision that created the table), and
read through its primary key (`key` first) on SQLite and PostgreSQL alike.

A shared key is a *candidate*, never a decision: Mohammed Morsi and Mohammed bin Salman share
"Mohammed"; a father and a son share a surname. The names are then compared part by part
(`db.text.name_parts`): a name whose parts are all among the other's, in any order, is offered
("Bayraktar", "ألب أرسلان بيرقدار" for Alparslan Bayraktar); two names that each have a part the
other lacks ("Berat Bayraktar" / "Alparslan Bayraktar") or two given names that only look alike
(Kamal / Kamel) are not. Callers offer the candidates with the parts that met and how alike
they are (`ActorCandidate.describe`), and the reviewer decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session, aliased

from .models import Actor, ActorAlias, ActorNameKey
from .text.name_parts import NameComparison, compare_names
from .text.names import mention_keys, name_key, name_keys, name_similarity, surname

MAX_KEY_LENGTH = 200
_BATCH = 500


def keys_of_names(names: Iterable[str]) -> set[str]:
    """Every name key of these spellings (longer keys than the column holds are left out:
    a "name" that long is a sentence, not a name)."""
    return {k for name in names for k in name_keys(name) if len(k) <= MAX_KEY_LENGTH}


def index_actor(session: Session, actor: Actor) -> None:
    """Write the keys of `actor`'s name and aliases, replacing those it had."""
    session.execute(delete(ActorNameKey).where(ActorNameKey.actor_id == actor.id))
    keys = keys_of_names([actor.name, *(a.alias for a in actor.aliases)])
    if keys:
        session.execute(insert(ActorNameKey), [{"key": k, "actor_id": actor.id} for k in keys])


def rebuild_actor_keys(bind: Connection | Session) -> int:
    """Drop and rebuild the name keys of every actor; returns how many keys were written.
    Works on a Connection (the Alembic revision) or a Session (`reindex`); the caller commits."""
    conn = bind.connection() if isinstance(bind, Session) else bind
    conn.execute(delete(ActorNameKey))
    spellings: dict[int, list[str]] = defaultdict(list)
    for ident, name in conn.execute(select(Actor.id, Actor.name)):
        spellings[ident].append(name)
    for ident, alias in conn.execute(select(ActorAlias.actor_id, ActorAlias.alias)):
        spellings[ident].append(alias)
    rows = [
        {"key": key, "actor_id": ident}
        for ident, names in sorted(spellings.items())
        for key in sorted(keys_of_names(names))
    ]
    for start in range(0, len(rows), _BATCH):
        conn.execute(insert(ActorNameKey), rows[start : start + _BATCH])
    return len(rows)


@dataclass(frozen=True)
class ActorCandidate:
    """An existing actor a name may be, with the evidence: which of its spellings is most like
    the name, how alike (0–1), and whether the whole keys are equal or only a part met (the
    surname, the words in another order)."""

    actor_id: int
    actor_name: str
    kind: str
    spelling: str
    similarity: float
    same_key: bool
    met: tuple[tuple[str, str], ...] = ()  # the parts that spell each other (name, spelling)

    @property
    def parts(self) -> str:
        """The parts that met, "Bayraktar = بيرقدار, Alparslan = ألب أرسلان" ("" if none)."""
        return ", ".join(f"{x} = {y}" for x, y in self.met)

    def describe(self, name: str) -> str:
        """One line for the reviewer: "Лавров — same as Sergey Lavrov (actor 3)? …"."""
        via = "" if self.spelling == self.actor_name else f", spelled {self.spelling}"
        how = "same name key" if self.same_key else "part of the name meets"
        parts = f" ({self.parts})" if self.met else ""
        return (
            f"{name} — same as {self.actor_name} (actor {self.actor_id}{via})? "
            f"{how}, {self.similarity:.0%} alike{parts}"
        )


def _alive_actors_with_keys(session: Session, keys: Iterable[str]) -> dict[int, Actor]:
    ids = select(ActorNameKey.actor_id).where(ActorNameKey.key.in_(sorted(keys))).distinct()
    actors = session.scalars(
        select(Actor).where(
            Actor.id.in_(ids), Actor.deleted_at.is_(None), Actor.merged_into_id.is_(None)
        )
    )
    return {a.id: a for a in actors}


def two_people(comparison: NameComparison) -> bool:
    """Whether the parts of two names say two people: two given names that only look alike
    (Kamal / Kamel), or a part on each side that meets nothing (Berat / Alparslan Bayraktar)."""
    return bool(comparison.two_names) or (
        bool(comparison.met) and bool(comparison.only_a) and bool(comparison.only_b)
    )


def _candidate(name: str, actor: Actor) -> ActorCandidate | None:
    """`actor` as a candidate for `name`, or None when no spelling of it can be `name`'s
    person (`two_people`)."""
    compared = [(s, compare_names(name, s)) for s in _spellings(actor)]
    spellings = [s for s, c in compared if not two_people(c)]
    if not spellings:
        return None
    scored = [(name_similarity(name, s), s) for s in spellings]
    # "Лавров" for "Sergey Lavrov": as alike as the surname it spells, a little less
    scored += [(0.9 * name_similarity(name, surname(s)), s) for s in spellings if " " in s.strip()]
    similarity, spelling = max(scored, key=lambda pair: (pair[0], pair[1] == actor.name))
    key = name_key(name)
    same = bool(key) and any(name_key(s) == key for s in spellings)
    met = dict(compared)[spelling].met
    return ActorCandidate(actor.id, actor.name, actor.kind, spelling, similarity, same, met)


def actor_candidates(
    session: Session,
    name: str,
    *,
    mention: bool = False,
    exclude: Iterable[int] = (),
    limit: int = 5,
) -> tuple[ActorCandidate, ...]:
    """The actors (not in the Trash, not merged away) `name` may be, most alike first.
    `mention=True` reads `name` as met in running text (an Arabic clitic before it)."""
    keys = mention_keys(name) if mention else name_keys(name)
    if not keys:
        return ()
    skip = set(exclude)
    found = [
        candidate
        for ident, actor in _alive_actors_with_keys(session, keys).items()
        if ident not in skip and (candidate := _candidate(name, actor)) is not None
    ]
    found.sort(key=lambda c: (not c.same_key, -c.similarity, c.actor_id))
    return tuple(found[:limit])


@dataclass(frozen=True)
class LikelyDuplicate:
    """Two actors whose names meet through their keys: what View ▸ Actors offers to merge."""

    first: ActorCandidate  # the older actor, described as the candidate the newer one may be
    second_id: int
    second_name: str
    second_spelling: str

    @property
    def similarity(self) -> float:
        return self.first.similarity

    def describe(self) -> str:
        parts = f" ({self.first.parts})" if self.first.met else ""
        return (
            f"{self.second_spelling} (actor {self.second_id}) ~ {self.first.spelling} "
            f"(actor {self.first.actor_id}): "
            + ("same name key" if self.first.same_key else "part of the name meets")
            + f", {self.similarity:.0%} alike{parts}"
        )


def likely_duplicates(session: Session, limit: int = 500) -> tuple[LikelyDuplicate, ...]:
    """Pairs of live actors sharing a name key, most alike first."""
    a, b = aliased(ActorNameKey), aliased(ActorNameKey)
    pairs = session.execute(
        select(a.actor_id, b.actor_id)
        .join(b, (a.key == b.key) & (a.actor_id < b.actor_id))
        .distinct()
    ).all()
    if not pairs:
        return ()
    ids = {i for pair in pairs for i in pair}
    actors = {
        x.id: x
        for x in session.scalars(
            select(Actor).where(
                Actor.id.in_(ids), Actor.deleted_at.is_(None), Actor.merged_into_id.is_(None)
            )
        )
    }
    found: list[LikelyDuplicate] = []
    for older, newer in pairs:
        if older not in actors or newer not in actors:
            continue
        second = actors[newer]
        candidates = [
            (candidate, s)
            for s in _spellings(second)
            if (candidate := _candidate(s, actors[older])) is not None
        ]
        if not candidates:
            continue  # Berat Bayraktar and Alparslan Bayraktar, Kamal and Kamel: two people
        best_candidate, spelling = max(
            candidates, key=lambda pair: (pair[0].same_key, pair[0].similarity)
        )
        found.append(LikelyDuplicate(best_candidate, second.id, second.name, spelling))
    found.sort(key=lambda d: (not d.first.same_key, -d.similarity, d.first.actor_id, d.second_id))
    return tuple(found[:limit])


def _spellings(actor: Actor) -> list[str]:
    return [actor.name, *(alias.alias for alias in actor.aliases)]
