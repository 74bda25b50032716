"""Importing local files from the window: a worker with progress and cancel, the questions an
import may need (a PDF's password, whether to keep a file read only in part, which encoding a
short text file is in — its readings side by side), and drag-and-drop.

Use from the main window:

    importer = SourceImporter(window)            # parent: the window (dialogs centre on it)
    importer.set_case(case)                      # on every case change
    importer.imported.connect(...)               # (source_id, created, changes)
    importer.import_files([path, ...])           # File ▸ Import…, `provdesk FILE`, drops
    drops = FileDropFilter.install(window)       # accept files dropped on the window
    drops.filesDropped.connect(importer.import_files)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from db.case import Case
from db.errors import CaseError
from db.text.direction import isolate
from db.unit_of_work import Changes
from desktop.sources.reader import KINDS, kind_by_name

from ..common.placeholders import arg, counted
from ..common.workers import next_pass
from .import_questions import (
    AttachmentsJob,
    EncodingChooser,
    ImportJob,
    PagePicker,
    attachments_question,
    framed,
)

if TYPE_CHECKING:
    from desktop.sources import EncodingInDoubt, PageChoiceNeeded, PartialRead
    from desktop.sources.importer import ImportOutcome

#: File name endings the readers take (desktop.sources.reader.KINDS).
SUFFIXES = tuple(KINDS)
FILE_FILTER = f"Sources ({' '.join('*' + s for s in KINDS)});;All files (*)"


class SourceImporter(QObject):
    """Imports files one after another with a progress dialog; asks for a password or for
    leave to keep a partial file; reports each result.

    Signals: `imported(source_id, created, changes)`, `failed(message)` (also shown in a
    message box), `idle()` when the queue is done; `read(loaded)` just before `imported`, with
    the new source as the viewer shows it (`source_details.LoadedSource`, read by the import's
    worker: the window need not read it again).
    """

    imported = Signal(int, bool, object)
    read = Signal(object)
    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QWidget, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.case: Case | None = None
        self.pool = pool or QThreadPool.globalInstance()
        self.queue: list[Path] = []
        self.job: ImportJob | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QWidget | None = None  # the open question, if any (tests find it here)
        self.show_messages = True
        #: The OCR language(s) chosen for images and scanned pages (None: guessed).
        self.ocr_language: str | None = None
        #: Pages of a capture still to import after the one being read: (file, page URL).
        self.more_pages: list[tuple[Path, str]] = []

    def set_case(self, case: Case | None) -> None:
        self.case = case

    @property
    def busy(self) -> bool:
        return self.job is not None or bool(self.queue)

    def import_files(self, paths: Iterable[str | Path]) -> None:
        self.queue.extend(Path(p) for p in paths)
        if self.job is None and self.dialog is None:
            self._next()

    def cancel(self) -> None:
        self.queue.clear()
        self.more_pages.clear()
        if self.job is not None:
            self.job.cancel()

    def _next(self) -> None:
        if self.more_pages:  # further pages chosen of the capture just imported
            path, page = self.more_pages.pop(0)
            self._start(path, page=page)
            return
        if not self.queue:
            self.idle.emit()
            return
        self._start(self.queue.pop(0))

    def _start(
        self,
        path: Path,
        *,
        password: str | None = None,
        allow_partial: bool = False,
        encoding: str | None = None,
        page: str | None = None,
    ) -> None:
        if self.case is None:
            self._report(
                self.tr("cannot import %1: no case is open").replace("%1", isolate(path.name))
            )
            self._next()
            return
        job = ImportJob(
            self.case,
            path,
            password=password,
            allow_partial=allow_partial,
            encoding=encoding,
            page=page,
            ocr_language=self.ocr_language,
        )
        self.job = job
        progress = QProgressDialog(
            self.tr("Reading %1…").replace("%1", isolate(path.name)),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        self.progress = progress
        job.signals.progress.connect(self._progress)
        job.signals.step.connect(lambda done, total, what: self._step(job, done, total, what))
        job.signals.finished.connect(lambda outcome, changes: self._finished(job, outcome, changes))
        job.signals.failed.connect(lambda exc: self._failed(job, exc))
        self.pool.start(job)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(counted(self.tr("Reading page %1 of %n…", "", total), done))

    def _step(self, job: ImportJob, done: int, total: int, what: str) -> None:
        """What the import is doing: a long text's indexing for search (its share done), then
        storing it (the bar busy: its time is unknown)."""
        if self.progress is None or job is not self.job:
            return
        name = isolate(job.path.name)
        if what == "indexing" and total:
            self.progress.setMaximum(100)
            self.progress.setValue(100 * done // total)
            self.progress.setLabelText(self.tr("Indexing %1 for search…").replace("%1", name))
        elif what == "storing":
            self.progress.setMaximum(0)
            self.progress.setLabelText(self.tr("Storing %1 in the case…").replace("%1", name))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, job: ImportJob, outcome: ImportOutcome, changes: Changes) -> None:
        # The dialog closes in this turn, the window takes the new source in the next: each
        # is a slice of the GUI thread of its own, so the window paints in between.
        self._close_progress()
        next_pass(self, lambda: self._announce(job, outcome, changes))

    def _announce(self, job: ImportJob, outcome: ImportOutcome, changes: Changes) -> None:
        self.job = None
        if job.shown is not None:
            self.read.emit(job.shown)
        self.imported.emit(outcome.source_id, outcome.created, changes)
        read = outcome.read
        if read is not None and read.details.get("attachments"):
            self._ask_attachments(job, outcome.source_id, read.details["attachments"])
            return
        self._next()

    def _failed(self, job: ImportJob, exc: BaseException) -> None:
        from desktop.sources import (
            EncodingInDoubt,
            PageChoiceNeeded,
            PartialRead,
            PasswordRequired,
            ReadCancelled,
            WrongPassword,
        )

        self.job = None
        self._close_progress()
        if isinstance(exc, EncodingInDoubt):
            self._ask_encoding(job, exc)
        elif isinstance(exc, PageChoiceNeeded):
            self._ask_page(job, exc)
        elif isinstance(exc, PasswordRequired):
            self._ask_password(job.path, wrong=isinstance(exc, WrongPassword))
        elif isinstance(exc, PartialRead):
            self._ask_partial(job, exc)
        elif isinstance(exc, ReadCancelled):
            self.failed.emit(framed(exc))
            self._next()
        else:
            name = isolate(job.path.name)
            message = (
                framed(exc)
                if isinstance(exc, CaseError)
                else self.tr("cannot import %1: %2")
                .replace("%2", f"{type(exc).__name__}: {exc}")
                .replace("%1", name)
            )
            self._report(message)
            self._next()

    def _ask_password(self, path: Path, *, wrong: bool) -> None:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("pdfPasswordDialog")
        dialog.setWindowTitle(self.tr("Encrypted PDF"))
        dialog.setLabelText(
            (self.tr("That password does not open it.") + " " if wrong else "")
            + self.tr("%1 is encrypted. Its password:").replace("%1", isolate(path.name))
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda text: self._answered(path, password=text))
        dialog.rejected.connect(self._skipped)
        self._open(dialog)

    def _ask_partial(self, job: ImportJob, exc: PartialRead) -> None:
        problems = "\n".join(f"• {p}" for p in exc.problems)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("File read only in part"),
            arg(
                self.tr(
                    "Only part of %1 could be read:\n%2\n\nImport the readable part? The source "
                    "will be marked incomplete, with the missing pages listed."
                ),
                isolate(job.path.name),
                problems,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("partialImportQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered() -> None:
            if box.clickedButton() is yes:
                self._answered(job.path, password=job.password, allow_partial=True)
            else:
                self._skipped()

        box.finished.connect(answered)
        self._open(box)

    def _ask_encoding(self, job: ImportJob, exc: EncodingInDoubt) -> None:
        chosen = [exc.encoding, *exc.candidates]
        dialog = EncodingChooser(job.path, chosen, self.window)

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._answered(
                    job.path,
                    password=job.password,
                    allow_partial=job.allow_partial,
                    encoding=dialog.encoding(),
                )
            else:
                self._skipped()

        dialog.finished.connect(answered)
        self._open(dialog)

    def _ask_page(self, job: ImportJob, exc: PageChoiceNeeded) -> None:
        dialog = PagePicker(job.path, exc.pages, self.window)

        def answered(result: int) -> None:
            pages = dialog.pages() if result == QDialog.DialogCode.Accepted else []
            if not pages:
                self._skipped()
                return
            self.more_pages = [(job.path, page) for page in pages[1:]]
            self._answered(job.path, page=pages[0])

        dialog.finished.connect(answered)
        self._open(dialog)

    def _ask_attachments(self, job: ImportJob, source_id: int, listed: list[dict]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Attachments"),
            attachments_question(job.path.name, listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("importAttachmentsQuestion")
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered() -> None:
            self.dialog = None
            if box.clickedButton() is not yes or self.case is None:
                self._next()
                return
            attachments = AttachmentsJob(self.case, source_id, job.path)
            attachments.signals.finished.connect(self._attachments_done)
            attachments.signals.failed.connect(
                lambda message: (self._report(message), self._next())
            )
            self.job = attachments  # type: ignore[assignment]
            self.pool.start(attachments)

        box.finished.connect(answered)
        self._open(box)

    def _attachments_done(self, outcomes: list) -> None:
        self.job = None
        for result in outcomes:
            if result.outcome is None:
                self._report(result.line())
            else:
                changes = Changes(sources={result.outcome.source_id})
                self.imported.emit(result.outcome.source_id, result.outcome.created, changes)
        self._next()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _answered(self, path: Path, **options: object) -> None:
        self.dialog = None
        self._start(path, **options)  # type: ignore[arg-type]

    def _skipped(self) -> None:
        if self.dialog is not None:
            self.dialog = None
            self._next()

    def _report(self, message: str) -> None:
        self.failed.emit(message)
        if self.show_messages:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Import"), message, parent=self.window
            )
            box.setObjectName("importError")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()


def importable(paths: Sequence[str | Path]) -> list[Path]:
    """The local files among `paths` whose names say the readers take them."""
    return [Path(p) for p in paths if kind_by_name(Path(p)) is not None and Path(p).is_file()]


class FileDropFilter(QObject):
    """An event filter that accepts local source files dropped on a widget and emits
    `filesDropped(list[Path])`. `FileDropFilter.install(widget)` sets it up."""

    filesDropped = Signal(list)

    @classmethod
    def install(cls, widget: QWidget) -> FileDropFilter:
        drops = cls(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(drops)
        return drops

    @staticmethod
    def _files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return importable([u.toLocalFile() for u in mime.urls() if u.isLocalFile()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag = cast(QDropEvent, event)  # PySide6 hands the filter the event's own class
            if self._files(drag):
                drag.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            drop = cast(QDropEvent, event)
            files = self._files(drop)
            if files:
                drop.acceptProposedAction()
                self._dropped(files)
                return True
        return super().eventFilter(watched, event)

    def _dropped(self, paths: list[Path]) -> None:
        self.filesDropped.emit(paths)
