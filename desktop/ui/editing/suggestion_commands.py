"""Undoable acceptance of an attribution suggestion (see `commands.py`): a new claim with its
chain, or the suggestion's hops added to the open claim. Actors made for them, and spellings
kept as aliases of actors matched under another name, go with them on undo and come back on redo."""

from __future__ import annotations

from typing import Any

from db import operations as ops
from db.queries import actor_alias_pairs, live_actor_ids
from db.unit_of_work import UnitOfWork

from .commands import CaseCommand, Runner, translate


class ClaimFromSuggestion(CaseCommand):
    """A claim and its chain from an accepted suggestion, in one unit of work (audit events
    marked `from_suggestion`); undo moves the claim with its hops to the Trash, redo restores it."""

    def __init__(
        self,
        runner: Runner,
        text: str,
        hops: list[ops.SuggestedHop],
        label: str,
    ) -> None:
        super().__init__(runner, translate("CaseCommand", "Create Claim from Suggestion"))
        self.values = (text, hops, label)
        self.created: int | None = None
        self.new_actors: list[int] = []
        self.kept: list[tuple[int, str]] = []

    def apply(self, uow: UnitOfWork) -> None:
        if self.created is None:
            text, hops, label = self.values
            known, spellings = live_actor_ids(uow.session), actor_alias_pairs(uow.session)
            self.created = ops.add_claim_from_suggestion(uow, text, hops, suggestion=label)
            self.new_actors = sorted(live_actor_ids(uow.session) - known)
            self.kept = _kept(uow, spellings, self.new_actors)
        else:
            for actor in self.new_actors:
                ops.restore(uow, "actor", actor)
            _keep_again(uow, self.kept)
            ops.restore_claim(uow, self.created)
        self.claim_id = self.created

    def revert(self, uow: UnitOfWork) -> None:
        assert self.created is not None
        ops.delete_claim(uow, self.created)
        for actor in self.new_actors:  # made for this claim: they go too
            ops.delete_actor(uow, actor)
        _drop_kept(uow, self.kept)
        self.claim_id = None


class AddSuggestionHops(CaseCommand):
    """A suggestion's hops added to an existing claim (a route of their own); undo takes them
    out again, redo puts the same hops back."""

    def __init__(
        self, runner: Runner, claim_id: int, hops: list[ops.SuggestedHop], label: str
    ) -> None:
        super().__init__(runner, translate("CaseCommand", "Add Suggestion to Claim"))
        self.claim_id = claim_id
        self.values = (hops, label)
        self.hop_ids: list[int] = []
        self.states: list[dict[str, Any]] = []
        self.new_actors: list[int] = []
        self.kept: list[tuple[int, str]] = []

    def first(self, uow: UnitOfWork) -> None:
        hops, label = self.values
        known, spellings = live_actor_ids(uow.session), actor_alias_pairs(uow.session)
        self.hop_ids = ops.add_suggested_hops(uow, self.claim_id or 0, hops, suggestion=label)
        self.new_actors = sorted(live_actor_ids(uow.session) - known)
        self.kept = _kept(uow, spellings, self.new_actors)
        self.hop_id = self.hop_ids[0] if self.hop_ids else None

    def apply(self, uow: UnitOfWork) -> None:
        for actor in self.new_actors:
            ops.restore(uow, "actor", actor)
        _keep_again(uow, self.kept)
        self.hop_ids = [ops.restore_hop(uow, state) for state in reversed(self.states)]
        self.hop_id = self.hop_ids[0] if self.hop_ids else None

    def revert(self, uow: UnitOfWork) -> None:
        self.states = [ops.remove_hop(uow, hop_id) for hop_id in reversed(self.hop_ids)]
        for actor in self.new_actors:  # made for these hops: they go too
            ops.delete_actor(uow, actor)
        _drop_kept(uow, self.kept)
        self.hop_id = None


def _kept(uow: UnitOfWork, before: set[tuple[int, str]], new: list[int]) -> list[tuple[int, str]]:
    """The spellings a step kept as aliases of actors that were there before it."""
    return sorted(p for p in actor_alias_pairs(uow.session) - before if p[0] not in new)


def _keep_again(uow: UnitOfWork, kept: list[tuple[int, str]]) -> None:
    for actor, alias in kept:
        ops.keep_spelling(uow, actor, alias, why="redo of the accepted suggestion")


def _drop_kept(uow: UnitOfWork, kept: list[tuple[int, str]]) -> None:
    for actor, alias in kept:  # kept for this suggestion: they go too
        ops.drop_alias(uow, actor, alias)
