"""Undoable edits. Each step runs db.operations in one unit of work; undo is another change
(the audit log records both: what happened, and that it was taken back).

Undo restores the state, not an approximation: a deletion's undo is a restore from the Trash
(same ids, reviews, sign-off), a creation's undo moves what it created to the Trash (redo
restores it), a review's undo takes that review back (redo puts the same review back). Ids never
change, so commands keep the ids they were given.

The first run happens before the command is pushed (so a refused change never lands on the
stack); `redo()` after an undo runs `apply` again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db import operations as ops
from db.errors import InvalidInput
from db.unit_of_work import UnitOfWork
from db.vocabulary import HopStatus, Verdict

from ..common.vocabulary_labels import shown
from .hop_dialog import HopInput

#: A command's name as Edit ▸ Undo shows it, in the window's language. Only shown: the audit
#: log records what the case's operations did, never this text.
translate = QCoreApplication.translate


class Runner(Protocol):
    def run_step(self, command: CaseCommand, step: Callable[[UnitOfWork], Any]) -> None: ...


class CaseCommand(QUndoCommand):
    #: The claim (and hop) to show after the command ran.
    claim_id: int | None = None
    hop_id: int | None = None

    def __init__(self, runner: Runner, text: str) -> None:
        super().__init__(text)
        self.runner = runner
        self._pushed = False
        #: The stack's next undo/redo of this command only puts the stack back (an undo or
        #: redo the case refused for a while, e.g. another program held its lock).
        self.skip_once = False

    def first(self, uow: UnitOfWork) -> None:
        self.apply(uow)

    def apply(self, uow: UnitOfWork) -> None:
        raise NotImplementedError

    def revert(self, uow: UnitOfWork) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed or self.skip_once:
            self._pushed = True  # QUndoStack.push calls redo(): the first run is done already
            self.skip_once = False
            return
        self.runner.run_step(self, self.apply)

    def undo(self) -> None:
        if self.skip_once:
            self.skip_once = False
            return
        self.runner.run_step(self, self.revert)

    def rebase(self, version: int) -> None:
        """Save over the version now in the case (after a conflict: keep mine)."""


class NewClaim(CaseCommand):
    def __init__(self, runner: Runner, text: str, tags: tuple[str, ...], notes: str) -> None:
        super().__init__(runner, translate("CaseCommand", "New Claim"))
        self.values = (text, tags, notes)
        self.created: int | None = None

    def apply(self, uow: UnitOfWork) -> None:
        if self.created is None:
            text, tags, notes = self.values
            self.created = ops.add_claim(uow, text, notes=notes, tags=tags)
        else:
            ops.restore_claim(uow, self.created)
        self.claim_id = self.created

    def revert(self, uow: UnitOfWork) -> None:
        assert self.created is not None
        ops.delete_claim(uow, self.created)
        self.claim_id = None


class DuplicateClaim(CaseCommand):
    def __init__(self, runner: Runner, claim_id: int) -> None:
        super().__init__(runner, translate("CaseCommand", "Duplicate Claim"))
        self.source = claim_id
        self.created: int | None = None

    def apply(self, uow: UnitOfWork) -> None:
        if self.created is None:
            self.created = ops.duplicate_claim(uow, self.source)
        else:
            ops.restore_claim(uow, self.created)
        self.claim_id = self.created

    def revert(self, uow: UnitOfWork) -> None:
        assert self.created is not None
        ops.delete_claim(uow, self.created)
        self.claim_id = self.source


class SaveOver(CaseCommand):
    """An edit that saves `after` (do, redo) or `before` (undo): the first time over the
    version the reviewer saw; on undo and redo over the record as this command left it (the
    versions one's own later, undone commands added do not matter; a change by someone else
    meanwhile refuses the step). `save` runs the operation and returns the new version."""

    kind = ""  # claim, hop, actor or source
    left: dict[str, Any] | None = None

    def __init__(self, runner: Runner, text: str, before: Any, after: Any, version: int) -> None:
        super().__init__(runner, text)
        self.before, self.after, self.version = before, after, version

    def record_id(self) -> int:
        raise NotImplementedError

    def save(self, uow: UnitOfWork, values: Any) -> int:
        raise NotImplementedError

    def _save_over(self, uow: UnitOfWork, values: Any) -> None:
        if self.left is not None:
            self.version = ops.expect_state(uow, self.kind, self.record_id(), self.left)
        self.version = self.save(uow, values)
        self.left = ops.record_state(uow, self.kind, self.record_id())[0]

    def apply(self, uow: UnitOfWork) -> None:
        self._save_over(uow, self.after)

    def revert(self, uow: UnitOfWork) -> None:
        self._save_over(uow, self.before)

    def rebase(self, version: int) -> None:
        self.version = version

    def own(self, values: Any) -> Any:
        """`values` (`before` or `after`) limited to the fields this command changes: a field the
        reviewer left as it was is not written, so that saving over a colleague's newer version
        (Keep Mine) keeps what they changed there (None in a tuple, left out of a dict)."""
        if isinstance(values, dict):
            return {k: v for k, v in values.items() if self.before.get(k) != self.after.get(k)}
        return tuple(
            v if b != a else None for v, b, a in zip(values, self.before, self.after, strict=True)
        )


class EditClaim(SaveOver):
    def __init__(
        self,
        runner: Runner,
        claim_id: int,
        before: tuple[str, tuple[str, ...], str],
        after: tuple[str, tuple[str, ...], str],
        version: int,
    ) -> None:
        super().__init__(runner, translate("CaseCommand", "Edit Claim"), before, after, version)
        self.claim_id = claim_id

    kind = "claim"

    def record_id(self) -> int:
        return self.claim_id or 0

    def save(self, uow: UnitOfWork, values: tuple[str, tuple[str, ...], str]) -> int:
        text, tags, notes = self.own(values)
        return ops.edit_claim(
            uow,
            self.claim_id or 0,
            expected_version=self.version,
            text=text,
            tags=tags,
            notes=notes,
        )


class ReviewCommand(CaseCommand):
    """A command that writes a review: undo takes that review back (the record's values from
    before return), redo puts the same review back."""

    kind = "claim"
    step: ops.ReviewStep | None = None

    def record_id(self) -> int:
        return self.claim_id or 0

    def review(self, uow: UnitOfWork) -> int:
        """Write the review (the command's first run); returns its id."""
        raise NotImplementedError

    def first(self, uow: UnitOfWork) -> None:
        before = ops.reviewed_values(uow, self.kind, self.record_id())
        review = self.review(uow)
        self.step = ops.review_step(uow, self.kind, self.record_id(), review, before)

    def apply(self, uow: UnitOfWork) -> None:
        assert self.step is not None
        ops.put_back_review(uow, self.step)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.step is not None
        ops.take_back_review(uow, self.step)


class SetVerdict(ReviewCommand):
    def __init__(
        self,
        runner: Runner,
        claim_id: int,
        before: tuple[str, str],
        after: tuple[str, str],
        version: int,
    ) -> None:
        super().__init__(
            runner,
            translate("CaseCommand", "Set Verdict: %1").replace(
                "%1", shown(Verdict.parse(after[0]))
            ),
        )
        self.claim_id = claim_id
        self.before, self.after, self.version = before, after, version

    def review(self, uow: UnitOfWork) -> int:
        return ops.set_verdict(uow, self.record_id(), *self.after, expected_version=self.version)

    def rebase(self, version: int) -> None:
        self.version = version


class SetHopStatus(ReviewCommand):
    kind = "hop"

    def __init__(
        self,
        runner: Runner,
        claim_id: int,
        hop_id: int,
        before: tuple[str, str],
        after: tuple[str, str],
        version: int,
    ) -> None:
        label = shown(HopStatus.parse(after[0]))
        super().__init__(
            runner, translate("CaseCommand", "Set Hop Status: %1").replace("%1", label)
        )
        self.claim_id, self.hop_id = claim_id, hop_id
        self.before, self.after, self.version = before, after, version

    def record_id(self) -> int:
        return self.hop_id or 0

    def review(self, uow: UnitOfWork) -> int:
        return ops.set_hop_status(uow, self.record_id(), *self.after, expected_version=self.version)

    def rebase(self, version: int) -> None:
        self.version = version


def _actor_for(uow: UnitOfWork, given: HopInput) -> tuple[int, int | None]:
    """The actor a hop dialog named, and its id again when this step had to create it."""
    if given.actor_id is not None:
        return given.actor_id, None
    found = ops.find_actor(uow, given.actor_name)
    if found is not None:
        return found, None
    created = ops.add_actor(uow, given.actor_name, given.actor_kind)
    return created, created


class AddHop(CaseCommand):
    def __init__(self, runner: Runner, claim_id: int, given: HopInput) -> None:
        kind, _ = given.place
        super().__init__(
            runner,
            translate("CaseCommand", "Insert Hop")
            if kind == "after"
            else translate("CaseCommand", "Add Hop"),
        )
        self.claim_id = claim_id
        self.given = given
        self.state: dict[str, Any] | None = None
        self.new_actor: int | None = None

    def first(self, uow: UnitOfWork) -> None:
        given = self.given
        actor, self.new_actor = _actor_for(uow, given)
        kind, other = given.place
        self.hop_id = ops.add_hop(
            uow,
            self.claim_id or 0,
            **given.hop_fields(actor),
            after_hop_id=other if kind in ("after", "route") else None,
            new_route=kind == "route",
            origin=kind == "origin",
        )

    def apply(self, uow: UnitOfWork) -> None:
        if self.state is None:
            raise InvalidInput(translate("CaseCommand", "this hop cannot be added again"))
        if self.new_actor is not None:
            ops.restore(uow, "actor", self.new_actor)
        self.hop_id = ops.restore_hop(uow, self.state)

    def revert(self, uow: UnitOfWork) -> None:
        self.state = ops.remove_hop(uow, self.hop_id or 0)
        if self.new_actor is not None:  # made for this hop: it goes too
            ops.delete_actor(uow, self.new_actor)


class RemoveHop(CaseCommand):
    def __init__(self, runner: Runner, claim_id: int, hop_id: int, version: int) -> None:
        super().__init__(runner, translate("CaseCommand", "Remove Hop"))
        self.claim_id, self.hop_id, self.version = claim_id, hop_id, version
        self.state: dict[str, Any] | None = None

    def first(self, uow: UnitOfWork) -> None:
        self.state = ops.remove_hop(uow, self.hop_id or 0, expected_version=self.version)

    def apply(self, uow: UnitOfWork) -> None:
        self.state = ops.remove_hop(uow, self.hop_id or 0)

    def revert(self, uow: UnitOfWork) -> None:
        ops.restore_hop(uow, self.hop_id or 0)

    def rebase(self, version: int) -> None:
        self.version = version


class MoveHop(CaseCommand):
    def __init__(self, runner: Runner, claim_id: int, hop_id: int, step: int) -> None:
        super().__init__(
            runner,
            translate("CaseCommand", "Move Hop Up")
            if step < 0
            else translate("CaseCommand", "Move Hop Down"),
        )
        self.claim_id, self.hop_id, self.step = claim_id, hop_id, step

    def apply(self, uow: UnitOfWork) -> None:
        ops.move_hop(uow, self.hop_id or 0, self.step)

    def revert(self, uow: UnitOfWork) -> None:
        ops.move_hop(uow, self.hop_id or 0, -self.step)


class EditHop(SaveOver):
    def __init__(
        self,
        runner: Runner,
        claim_id: int,
        hop_id: int,
        before: dict[str, Any],
        given: HopInput,
        version: int,
    ) -> None:
        super().__init__(runner, translate("CaseCommand", "Edit Hop"), before, None, version)
        self.claim_id, self.hop_id = claim_id, hop_id
        self.given = given
        self.new_actor: int | None = None

    kind = "hop"

    def record_id(self) -> int:
        return self.hop_id or 0

    def save(self, uow: UnitOfWork, fields: dict[str, Any]) -> int:
        source = fields.get("source_id")
        return ops.edit_hop(
            uow,
            self.hop_id or 0,
            expected_version=self.version,
            clear_source=source is None,
            **fields,
        )

    def first(self, uow: UnitOfWork) -> None:
        actor, self.new_actor = _actor_for(uow, self.given)
        self.after = self.given.hop_fields(actor)
        if self.after["relayed_on"] is None:
            self.after["relayed_on"] = ""
        self._save_over(uow, self.after)

    def apply(self, uow: UnitOfWork) -> None:
        assert self.after is not None
        if self.new_actor is not None:
            ops.restore(uow, "actor", self.new_actor)
        self._save_over(uow, self.after)

    def revert(self, uow: UnitOfWork) -> None:
        self._save_over(uow, self.before)
        if self.new_actor is not None:  # made for this edit: it goes too
            ops.delete_actor(uow, self.new_actor)


class DeleteClaim(CaseCommand):
    """Delete a claim: it goes to the Trash whole; undo restores it (same id, hops, reviews,
    sign-off)."""

    def __init__(self, runner: Runner, claim_id: int) -> None:
        super().__init__(runner, translate("CaseCommand", "Delete Claim"))
        self.original = claim_id

    def apply(self, uow: UnitOfWork) -> None:
        ops.delete_claim(uow, self.original)
        self.claim_id = None

    def revert(self, uow: UnitOfWork) -> None:
        ops.restore_claim(uow, self.original)
        self.claim_id = self.original
