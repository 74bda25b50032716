"""The order of a trace's appearances: by date, each original before its translations (the
translation link says which came first, whatever the dates say), and the first appearance
marked — never a translation whose original is in the case."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Source

A = TypeVar("A", bound=Any)
"""An appearance (`db.appearances.Appearance`): a frozen dataclass with `source_id`, `first`."""


def originals_first(session: Session, found: list[A]) -> list[A]:
    """The appearances by date with each original before its translations (a translation
    link says which came first, whatever the dates say), and the first appearance marked:
    the earliest that is no translation of a source of the case (a translation whose
    original the trace did not reach is never the first appearance)."""
    if not found:
        return found
    ids = {a.source_id for a in found}
    original_of = {
        int(i): int(o)
        for i, o in session.execute(
            select(Source.id, Source.translated_from_id).where(
                Source.id.in_(ids), Source.translated_from_id.is_not(None)
            )
        )
        if o is not None
    }
    live = set(
        session.scalars(
            select(Source.id).where(
                Source.id.in_(set(original_of.values())), Source.deleted_at.is_(None)
            )
        )
    )
    by_source: dict[int, list[int]] = {}
    for k, a in enumerate(found):
        by_source.setdefault(a.source_id, []).append(k)
    placed: set[int] = set()
    order: list[int] = []

    def place(k: int, trail: frozenset[int]) -> None:
        if k in placed:
            return
        source = found[k].source_id
        original = original_of.get(source)
        if original is not None and original not in trail:
            for j in by_source.get(original, ()):
                place(j, trail | {source})
        if k not in placed:
            placed.add(k)
            order.append(k)

    for k in range(len(found)):
        place(k, frozenset())
    ordered = [found[k] for k in order]
    for k, a in enumerate(ordered):
        if a.source_id not in original_of or original_of[a.source_id] not in live:
            ordered[k] = replace(a, first=True)
            break
    return ordered
