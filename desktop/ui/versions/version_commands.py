"""Undoable steps on versions of a source (see `commands.py`): a new version (a changed file,
another encoding) and a reviewer's answer to a changed or lost quote (Claim ▸ Accept New Anchor,
Claim ▸ Keep Old Version: `answer`). Undo puts back exactly what was there before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from db import operations as ops
from db.unit_of_work import UnitOfWork
from desktop.sources.versions import PreparedVersion, make_version

from ..editing.commands import CaseCommand, Runner


class NewSourceVersion(CaseCommand):
    def __init__(self, runner: Runner, prepared: PreparedVersion, *, accept_losses: bool) -> None:
        what = "Read Source Again" if prepared.reason == "reread" else "Import New Version"
        super().__init__(runner, f"{what} of Source {prepared.source_id}")
        self.prepared = prepared
        self.accept_losses = accept_losses
        self.outcome: ops.NewVersion | None = None

    def apply(self, uow: UnitOfWork) -> None:
        self.outcome = make_version(uow, self.prepared, accept_losses=self.accept_losses)
        # A redo makes the version again over the state its undo left.
        self.prepared = replace(self.prepared, expected_version=None)
        self.accept_losses = True

    def revert(self, uow: UnitOfWork) -> None:
        assert self.outcome is not None
        ops.undo_version(uow, self.outcome.undo)


class AnswerChangedQuote(CaseCommand):
    """Accept a changed quote's new anchor (`accept=True`) or keep the hop checked against the
    version its quote was anchored in."""

    def __init__(self, runner: Runner, hop_id: int, claim_id: int, *, accept: bool) -> None:
        super().__init__(runner, "Accept New Anchor" if accept else "Keep Old Version")
        self.hop_id, self.claim_id = hop_id, claim_id
        self.accept = accept
        self.saved: dict[str, Any] | None = None

    def apply(self, uow: UnitOfWork) -> None:
        self.saved = ops.anchor_snapshot(uow, self.hop_id)
        if self.accept:
            ops.accept_anchor(uow, self.hop_id)
        else:
            ops.keep_version(uow, self.hop_id)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.saved is not None
        ops.restore_anchor(uow, self.hop_id, self.saved)


def answer(editor: Any, *, accept: bool) -> str | None:
    """Run the answer for the selected hop; the problem shown, or None."""
    selected = editor.selected_hop()
    if selected is None:
        editor.window.show_status("Select a hop of the open claim first")
        return "no hop selected"
    detail, hop = selected
    problem = None
    if not hop.needs_review:
        problem = "The selected hop's quote is neither changed nor lost in a new version"
    elif accept and hop.quote_health != "changed":
        problem = "Only a changed quote has a new anchor; a lost one can keep its old version"
    if problem:
        editor.window.show_status(problem)
        return problem
    command = AnswerChangedQuote(editor, hop.id, detail.id, accept=accept)
    command.claim_id, command.hop_id = detail.id, hop.id
    problem = editor.execute(command)
    if problem:
        editor.window.show_error(problem)
    return problem
