"""File ▸ Import Folder… and folders dropped on the window: one progress bar, Cancel, and a
summary at the end (imported, already in the case, skipped as unsupported, refused with the
reason). The files are read by the reader processes on a worker (`desktop.sources.folder`);
each is stored in its own unit of work, so a cancelled import leaves no file half-imported.

    folders = FolderImporter(window)         # parent: the window (dialogs centre on it)
    folders.set_case(case)
    folders.finished.connect(...)            # (FolderSummary, Changes of the whole import)
    folders.import_paths([folder, ...])
    FolderDropFilter.install(window).foldersDropped.connect(folders.import_paths)
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from db.case import Case
from db.text.file_names import readable
from db.unit_of_work import Changes

from ..common import i18n
from ..common.placeholders import arg, counted
from .import_questions import Paced
from .source_import import FileDropFilter


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object, object)  # FolderSummary, Changes
    failed = Signal(str)


class FolderJob(QRunnable):
    """One folder import off the GUI thread; `cancel()` stops it between and inside files."""

    def __init__(self, case: Case, paths: list[Path]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.case = case
        self.paths = paths
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from desktop.sources.folder import Outcome, import_folder

        try:
            summary = import_folder(
                self.case,
                self.paths,
                progress=Paced(
                    lambda done, total, path: self.signals.progress.emit(
                        done, total, readable(path.name)
                    )
                ),
                cancelled=self._cancel.is_set,
            )
        except BaseException as exc:  # shown by the GUI thread, never as a traceback
            self.signals.failed.emit(
                QCoreApplication.translate("FolderImporter", "Import stopped: %1").replace(
                    "%1", str(exc)
                )
            )
            return
        changes = Changes()
        changes.sources.update(
            r.source_id for r in summary.of(Outcome.IMPORTED) if r.source_id is not None
        )
        self.signals.finished.emit(summary, changes)


def summary_text(summary: object) -> tuple[str, str]:
    """The summary's headline and its details (one line per file refused or skipped)."""
    from desktop.sources.folder import FolderSummary, Outcome

    assert isinstance(summary, FolderSummary)
    counts = summary.counts()
    translate = QCoreApplication.translate
    head = arg(
        translate(
            "FolderImporter",
            "%1 imported, %2 already in the case (same SHA-256), %3 skipped as unsupported, "
            "%4 refused.",
        ),
        counts[Outcome.IMPORTED.value],
        counts[Outcome.ALREADY.value],
        counts[Outcome.UNSUPPORTED.value],
        counts[Outcome.REFUSED.value],
    )
    if summary.cancelled:
        head = translate(
            "FolderImporter", "Import cancelled: %1 Files not reached were left out."
        ).replace("%1", head)
    refused = translate("FolderImporter", "refused %1: %2")
    skipped = translate("FolderImporter", "skipped %1: %2")
    details = [arg(refused, r.shown, r.reason) for r in summary.of(Outcome.REFUSED)]
    details += [arg(skipped, r.shown, r.reason) for r in summary.of(Outcome.UNSUPPORTED)]
    return head, "\n".join(details)


def status_line(summary: object) -> str:
    """One line for the status bar: "imported 12, already in the case 3, …"."""
    from desktop.sources.folder import FolderSummary, Outcome

    assert isinstance(summary, FolderSummary)
    counts = summary.counts()
    translate = QCoreApplication.translate
    line = arg(
        translate(
            "FolderImporter",
            "imported %1, already in the case %2, skipped as unsupported %3, refused %4",
        ),
        *(counts[o.value] for o in Outcome),
    )
    return line + (" " + translate("FolderImporter", "(cancelled)") if summary.cancelled else "")


class FolderImporter(QObject):
    """Imports folders with a progress dialog and shows the summary in a message box
    (`summary_box`, object name "folderImportSummary")."""

    finished = Signal(object, object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.case: Case | None = None
        self.pool = pool or QThreadPool.globalInstance()
        self.job: FolderJob | None = None
        self.progress: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.show_messages = True

    def set_case(self, case: Case | None) -> None:
        self.case = case

    @property
    def busy(self) -> bool:
        return self.job is not None

    def import_paths(self, paths: Iterable[str | Path]) -> None:
        chosen = [Path(p) for p in paths]
        if not chosen:
            return
        if self.case is None:
            self._report(self.tr("Open a case before importing a folder"))
            return
        if self.job is not None:
            self._report(self.tr("A folder import is running; wait for it or cancel it first"))
            return
        job = FolderJob(self.case, chosen)
        self.job = job
        names = ", ".join(readable(p.name) for p in chosen[:3]) + ("…" if len(chosen) > 3 else "")
        progress = QProgressDialog(
            self.tr("Looking for files in %1…").replace("%1", names),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        progress.setObjectName("folderImportProgress")
        progress.setWindowTitle(self.tr("Import Folder"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(lambda: progress.setLabelText(self.tr("Cancelling…")))
        self.progress = progress
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int, name: str) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                counted(self.tr("%1 of %n file(s) — %2", "", total), i18n.number(done), name)
            )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, summary: object, changes: Changes) -> None:
        self.job = None
        self._close_progress()
        self.finished.emit(summary, changes)
        head, details = summary_text(summary)
        if self.show_messages:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Import Folder"), head, parent=self.window
            )
            box.setObjectName("folderImportSummary")
            if details:
                box.setDetailedText(details)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda _r: setattr(self, "summary_box", None))
            self.summary_box = box
            box.open()

    def _failed(self, message: str) -> None:
        self.job = None
        self._close_progress()
        self._report(message)

    def _report(self, message: str) -> None:
        self.failed.emit(message)
        if self.show_messages:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Import Folder"), message, parent=self.window
            )
            box.setObjectName("folderImportError")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()


class FolderDropFilter(FileDropFilter):
    """Accepts drops that hold at least one folder and emits `foldersDropped(list[Path])` with
    every dropped path (files beside the folders are imported with them)."""

    foldersDropped = Signal(list)

    @staticmethod
    def _files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return paths if any(p.is_dir() for p in paths) else []

    def _dropped(self, paths: list[Path]) -> None:
        self.foldersDropped.emit(paths)
