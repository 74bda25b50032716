"""One file read and stored off the GUI thread (`ImportJob`), for the source importer."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from db.case import Case
from db.unit_of_work import Changes
from desktop.sources.result import ReadOptions


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # ImportOutcome, Changes
    failed = Signal(object)  # exception


class ImportJob(QRunnable):
    """One file read and stored off the GUI thread. `cancel()` stops the reader processes."""

    def __init__(
        self,
        case: Case,
        path: Path,
        *,
        password: str | None = None,
        allow_partial: bool = False,
        language: str | None = None,
        encoding: str | None = None,
        page: str | None = None,
        ocr_language: str | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.options = ReadOptions(page=page, ocr_language=ocr_language)
        self.case = case
        self.path = Path(path)
        self.password = password
        self.allow_partial = allow_partial
        self.language = language
        self.encoding = encoding
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from desktop.sources import import_file

        try:
            outcome = import_file(
                self.case,
                self.path,
                password=self.password,
                allow_partial=self.allow_partial,
                language=self.language,
                progress=self.signals.progress.emit,
                cancelled=self._cancel.is_set,
                encoding=self.encoding,
                ask_encoding=True,
                options=self.options,
            )
        except BaseException as exc:  # shown by the GUI thread, never as a traceback
            self.signals.failed.emit(exc)
        else:
            changes = self.case.last_changes if outcome.created else Changes()
            self.signals.finished.emit(outcome, changes)
