"""Tells the reviewer when the open case file is deleted or moved away. (Checking the audit
log is Tools ▸ Verify Case Integrity…, in `integrity_actions.py`.)"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject

from db.text.direction import isolate

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
        window.events.caseChanged.connect(self._case_changed)

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
            self.tr(
                "The case file {file} was deleted or moved while it was open. What you see is "
                "what it held; changes cannot be saved until the file is back. Put it back (or "
                "open the moved file with File ▸ Open Case) to go on working."
            ).format(file=isolate(str(path)))
        )
