"""Undoable steps on versions of a source (see `commands.py`): a new version (a changed file,
another encoding) and a reviewer's answer to a changed or lost quote (Claim ▸ Accept New Anchor,
Claim ▸ Keep Old Version: `answer`). Undo puts back exactly what was there before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from db import operations as ops
from db.unit_of_work import UnitOfWork
from desktop.sources.versions import PreparedVersion, make_version

from ..common import i18n
from ..editing.commands import CaseCommand, Runner

translate = QCoreApplication.translate


class NewSourceVersion(CaseCommand):
    def __init__(self, runner: Runner, prepared: PreparedVersion, *, accept_losses: bool) -> None:
        what = (
            translate("NewSourceVersion", "Read Source %1 Again")
            if prepared.reason == "reread"
            else translate("NewSourceVersion", "Import New Version of Source %1")
        )
        super().__init__(runner, what.replace("%1", i18n.with_digits(str(prepared.source_id))))
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
        super().__init__(
            runner,
            translate("AnswerChangedQuote", "Accept New Anchor")
            if accept
            else translate("AnswerChangedQuote", "Keep Old Version"),
        )
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
        editor.window.show_status(
            translate("AnswerChangedQuote", "Select a hop of the open claim first")
        )
        return "no hop selected"
    detail, hop = selected
    problem = None
    if not hop.needs_review:
        problem = translate(
            "AnswerChangedQuote",
            "The selected hop's quote is neither changed nor lost in a new version",
        )
    elif accept and hop.quote_health != "changed":
        problem = translate(
            "AnswerChangedQuote",
            "Only a changed quote has a new anchor; a lost one can keep its old version",
        )
    if problem:
        editor.window.show_status(problem)
        return problem
    command = AnswerChangedQuote(editor, hop.id, detail.id, accept=accept)
    command.claim_id, command.hop_id = detail.id, hop.id
    problem = editor.execute(command)
    if problem:
        editor.window.show_error(problem)
    return problem
