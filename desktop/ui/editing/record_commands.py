"""Undoable edits of the Actors and Sources views (see `commands.py`): rename an actor or
change its aliases, merge two actors, correct a source's metadata."""

from __future__ import annotations

from typing import Any

from db import operations as ops
from db.text.direction import isolate
from db.unit_of_work import UnitOfWork

from .commands import CaseCommand, Runner, SaveOver, translate


class EditActor(SaveOver):
    """`before`/`after`: the actor's name, kind and aliases."""

    def __init__(
        self,
        runner: Runner,
        actor_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
        version: int,
    ) -> None:
        text = translate("CaseCommand", "Edit Actor %1").replace("%1", isolate(before["name"]))
        super().__init__(runner, text, before, after, version)
        self.actor_id = actor_id

    kind = "actor"

    def record_id(self) -> int:
        return self.actor_id

    def save(self, uow: UnitOfWork, values: dict[str, Any]) -> int:
        return ops.edit_actor(uow, self.actor_id, expected_version=self.version, **self.own(values))


class MergeActors(CaseCommand):
    def __init__(self, runner: Runner, keep_id: int, merge_id: int, names: str) -> None:
        super().__init__(runner, translate("CaseCommand", "Merge %1").replace("%1", names))
        self.keep_id, self.merge_id = keep_id, merge_id
        self.merge: ops.Merge | None = None

    def apply(self, uow: UnitOfWork) -> None:
        self.merge = ops.merge_actors(uow, self.keep_id, self.merge_id)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.merge is not None
        ops.unmerge_actor(uow, self.merge)


class EditSource(SaveOver):
    """`before`/`after`: the source's metadata fields, as `db.operations.edit_source` takes."""

    def __init__(
        self,
        runner: Runner,
        source_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
        version: int,
    ) -> None:
        super().__init__(runner, translate("CaseCommand", "Edit Source"), before, after, version)
        self.source_id = source_id

    kind = "source"

    def record_id(self) -> int:
        return self.source_id

    def save(self, uow: UnitOfWork, values: dict[str, Any]) -> int:
        return ops.edit_source(
            uow, self.source_id, expected_version=self.version, **self.own(values)
        )


class MoveToTrash(CaseCommand):
    """Delete an actor or a source: it goes to the Trash; undo restores it."""

    def __init__(self, runner: Runner, kind: str, ident: int) -> None:
        text = (
            translate("CaseCommand", "Delete Actor %1")
            if kind == "actor"
            else translate("CaseCommand", "Delete Source %1")
        )
        super().__init__(runner, text.replace("%1", str(ident)))
        self.kind, self.ident = kind, ident

    def apply(self, uow: UnitOfWork) -> None:
        if self.kind == "actor":
            ops.delete_actor(uow, self.ident)
        else:
            ops.delete_source(uow, self.ident)

    def revert(self, uow: UnitOfWork) -> None:
        ops.restore(uow, self.kind, self.ident)
