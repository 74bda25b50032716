"""Undoable sign-off and send-back (four-eyes review, see `commands.py`): Undo withdraws the
reviewer's own decision and the claim awaits sign-off again."""

from __future__ import annotations

from db import operations as ops
from db.unit_of_work import UnitOfWork

from .commands import CaseCommand, Runner


class SignOff(CaseCommand):
    def __init__(self, runner: Runner, claim_id: int, note: str) -> None:
        super().__init__(runner, "Sign Off Verdict")
        self.claim_id, self.note = claim_id, note

    def apply(self, uow: UnitOfWork) -> None:
        ops.sign_off(uow, self.runner.claim(self.claim_id or 0), self.note)

    def revert(self, uow: UnitOfWork) -> None:
        ops.withdraw_signoff(uow, self.runner.claim(self.claim_id or 0))


class SendBack(CaseCommand):
    def __init__(self, runner: Runner, claim_id: int, verdict: str, reason: str) -> None:
        super().__init__(runner, "Send Verdict Back")
        self.claim_id, self.verdict, self.reason = claim_id, verdict, reason

    def apply(self, uow: UnitOfWork) -> None:
        ops.send_back(uow, self.runner.claim(self.claim_id or 0), self.reason)

    def revert(self, uow: UnitOfWork) -> None:
        ops.withdraw_signoff(uow, self.runner.claim(self.claim_id or 0), verdict=self.verdict)
