"""Undoable edits of the Actors and Sources views (see `commands.py`): rename an actor or
change its aliases, merge two actors, correct a source's metadata."""

from __future__ import annotations

from typing import Any

from db import operations as ops
from db.unit_of_work import UnitOfWork

from .commands import CaseCommand, Runner

ActorValues = dict[str, Any]  # name, kind, aliases


class EditActor(CaseCommand):
    def __init__(
        self, runner: Runner, actor_id: int, before: ActorValues, after: ActorValues, version: int
    ) -> None:
        super().__init__(runner, f"Edit Actor {before['name']}")
        self.actor_id, self.before, self.after, self.version = actor_id, before, after, version

    def _save(self, uow: UnitOfWork, values: ActorValues) -> None:
        self.version = ops.edit_actor(uow, self.actor_id, expected_version=self.version, **values)

    def apply(self, uow: UnitOfWork) -> None:
        self._save(uow, self.after)

    def revert(self, uow: UnitOfWork) -> None:
        self._save(uow, self.before)

    def rebase(self, version: int) -> None:
        self.version = version


class MergeActors(CaseCommand):
    def __init__(self, runner: Runner, keep_id: int, merge_id: int, names: str) -> None:
        super().__init__(runner, f"Merge {names}")
        self.keep_id, self.merge_id = keep_id, merge_id
        self.merge: ops.Merge | None = None

    def apply(self, uow: UnitOfWork) -> None:
        self.merge = ops.merge_actors(uow, self.keep_id, self.merge_id)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.merge is not None
        ops.unmerge_actor(uow, self.merge)


class EditSource(CaseCommand):
    def __init__(
        self,
        runner: Runner,
        source_id: int,
        before: dict[str, Any],
        after: dict[str, Any],
        version: int,
    ) -> None:
        super().__init__(runner, "Edit Source")
        self.source_id, self.before, self.after, self.version = source_id, before, after, version

    def _save(self, uow: UnitOfWork, values: dict[str, Any]) -> None:
        self.version = ops.edit_source(uow, self.source_id, expected_version=self.version, **values)

    def apply(self, uow: UnitOfWork) -> None:
        self._save(uow, self.after)

    def revert(self, uow: UnitOfWork) -> None:
        self._save(uow, self.before)

    def rebase(self, version: int) -> None:
        self.version = version
