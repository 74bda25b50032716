"""The undoable command of the Trash view: restoring a record (undo sends it back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db import operations as ops
from db.unit_of_work import UnitOfWork

from ..editing.commands import CaseCommand, translate

#: Edit ▸ Undo's name of a restore, by kind of record.
RESTORE = {
    "claim": QT_TRANSLATE_NOOP("CaseCommand", "Restore Claim %1"),
    "hop": QT_TRANSLATE_NOOP("CaseCommand", "Restore Hop %1"),
    "actor": QT_TRANSLATE_NOOP("CaseCommand", "Restore Actor %1"),
    "source": QT_TRANSLATE_NOOP("CaseCommand", "Restore Source %1"),
}


class RestoreFromTrash(CaseCommand):
    """Restore a record from the Trash; undo sends it back to the Trash."""

    def __init__(self, runner: Any, kind: str, ident: int, claim_id: int | None) -> None:
        text = translate("CaseCommand", RESTORE.get(kind, "Restore %1"))
        super().__init__(runner, text.replace("%1", str(ident)))
        self.kind, self.ident = kind, ident
        self.claim_id = ident if kind == "claim" else claim_id

    def apply(self, uow: UnitOfWork) -> None:
        ops.restore(uow, self.kind, self.ident)

    def revert(self, uow: UnitOfWork) -> None:
        if self.kind == "claim":
            ops.delete_claim(uow, self.ident)
        elif self.kind == "hop":
            ops.remove_hop(uow, self.ident)
        elif self.kind == "actor":
            ops.delete_actor(uow, self.ident)
        else:
            ops.delete_source(uow, self.ident)
