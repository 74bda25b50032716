"""Tells the reviewer when the open case file is deleted or moved away, and lets them check
the audit log (Tools ▸ Verify Audit Log) off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject

from .main_window import MainWindow

if TYPE_CHECKING:
    from db.case import Case


class CaseWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._warned = False
        window.caseChanged.connect(self._case_changed)
        window.add_action(
            "Tools",
            "&Verify Audit Log",
            self.verify,
            None,
            "Check that no one altered the case's audit log outside the app",
        ).setObjectName("actionVerifyAudit")

    def _case_changed(self, case: Case | None) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self._warned = False
        if case is not None and case.dialect == "sqlite" and Path(case.location).exists():
            self.watcher.addPath(case.location)

    def _file_changed(self, path: str) -> None:
        if Path(path).exists() or self._warned:
            return
        self._warned = True
        self.window.show_error(
            f"The case file {path} was deleted or moved while it was open. What you see is "
            "what it held; changes cannot be saved until the file is back. Put it back (or "
            "open the moved file with File ▸ Open Case) to go on working."
        )

    def verify(self) -> None:
        case = self.window.case
        if case is None:
            self.window.show_status("Open a case first")
            return

        def work() -> Any:
            from db.audit import verify_audit_log

            with case.read() as session:
                return verify_audit_log(session)

        def done(problem: Any) -> None:
            if problem is None:
                self.window.show_status(
                    "The audit log is intact: every event links to the one before"
                )
            else:
                self.window.show_error(
                    f"The audit log was altered: event {problem.event_id} {problem.reason}"
                )

        self.window.show_status("Checking the audit log…", 0)
        self.window.workers.submit(work, done, self.window._work_failed)
