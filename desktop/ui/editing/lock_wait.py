"""Saving without freezing the window: every edit is first tried with a short wait for the
case's write lock (`QUICK_WAIT`, so the event loop never stops longer than that); when another
program holds the lock, the same change goes to a worker that waits for it (the busy time-out of
`db.sqlite_access`), the dialog says so at once and keeps what the reviewer typed, and after a
failure OK tries again. One mechanism for every dialog the editor opens (`ClaimEditor.execute`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.errors import CaseError, CaseLocked

translate = QCoreApplication.translate

if TYPE_CHECKING:  # SQLAlchemy loads after the window's first paint
    from db.unit_of_work import Changes

    from ..common.submit_dialog import SubmitDialog
    from .commands import CaseCommand
    from .editing import ClaimEditor

QUICK_WAIT = 0.2
"""Seconds the GUI thread waits for the write lock before the wait goes to a worker."""


def wait_for_lock(
    editor: ClaimEditor,
    command: CaseCommand,
    on_success: Callable[[], None] | None,
    locked: CaseLocked,
) -> str:
    """Run `command` on a worker once the lock is free; returns the line the dialog shows
    meanwhile (its OK button is disabled until the worker is done)."""
    window = editor.window
    case = window.case
    dialog = editor.dialog
    if case is None:
        return str(locked)
    if dialog is not None:
        dialog.ok_button.setEnabled(False)

    def attempt() -> Changes:
        with case.change() as uow:
            command.first(uow)
        return case.last_changes

    def open_dialog() -> SubmitDialog | None:
        """The dialog, while it is still open (Cancel meanwhile closes and deletes it)."""
        return dialog if dialog is not None and editor.dialog is dialog else None

    def done(changes: Changes) -> None:
        if (still := open_dialog()) is not None:
            still.ok_button.setEnabled(True)
        if case is not window.case:
            return
        window.apply_changes(changes)
        window.show_status(command.text())
        editor.landed(command)
        if on_success is not None:
            on_success()

    def failed(exc: BaseException) -> None:
        message = (
            str(exc)
            if isinstance(exc, CaseError | ValueError)
            else translate("LockWait", "not saved: %1").replace("%1", str(exc))
        )
        if (still := open_dialog()) is not None:
            still.ok_button.setEnabled(True)
            still.show_error(
                translate("LockWait", "%1 — your edit is kept here: press OK to try again").replace(
                    "%1", message
                )
            )
        else:
            window.show_error(message)

    window.workers.submit(attempt, done, failed)
    return translate(
        "LockWait", "%1 — waiting for it; your edit is kept and saved as soon as it is free"
    ).replace("%1", str(locked))
