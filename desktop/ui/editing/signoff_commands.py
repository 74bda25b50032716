"""Undoable sign-off and send-back (four-eyes review, see `commands.py`): Undo takes the
reviewer's own decision back exactly (the claim awaits sign-off again, as before); Redo puts the
same decision back."""

from __future__ import annotations

from db import operations as ops
from db.unit_of_work import UnitOfWork

from .commands import ReviewCommand, Runner, translate


class SignOff(ReviewCommand):
    def __init__(self, runner: Runner, claim_id: int, note: str) -> None:
        super().__init__(runner, translate("CaseCommand", "Sign Off Verdict"))
        self.claim_id, self.note = claim_id, note

    def review(self, uow: UnitOfWork) -> int:
        return ops.sign_off(uow, self.record_id(), self.note)


class SendBack(ReviewCommand):
    def __init__(self, runner: Runner, claim_id: int, verdict: str, reason: str) -> None:
        super().__init__(runner, translate("CaseCommand", "Send Verdict Back"))
        self.claim_id, self.verdict, self.reason = claim_id, verdict, reason

    def review(self, uow: UnitOfWork) -> int:
        return ops.send_back(uow, self.record_id(), self.reason)
