"""Questions an import may ask: which encoding a short text file is in (`EncodingChooser`, its
readings side by side), which page of a web capture to import (`PagePicker`), and whether to
import an e-mail's attachments as sources linked to it (`AttachmentsJob` does it off the GUI
thread); and the job that reads and stores one file off the GUI thread (`ImportJob`), and then
reads the new source as the viewer shows it. Used by `source_import.SourceImporter`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.case import Case
from db.text.direction import isolate
from db.text.file_names import readable
from db.unit_of_work import Changes
from desktop.sources.result import ReadOptions

from ..common.placeholders import arg, counted

if TYPE_CHECKING:
    from .source_details import LoadedSource

translate = QCoreApplication.translate


class EncodingChooser(QDialog):
    """The readings of a text file in each plausible encoding, side by side, to choose the one
    whose text is right (the readers could not tell: a short file, close scores)."""

    PREVIEW = 600

    def __init__(self, path: Path, encodings: Sequence[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("encodingChooser")
        self.setWindowTitle(self.tr("Check the encoding"))
        data = path.read_bytes()[: 64 * 1024]
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The encoding of %1 cannot be told for sure. Choose the reading whose text is "
                "right:"
            ).replace("%1", isolate(path.name))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.buttons: list[QRadioButton] = []
        self.readings: dict[str, str] = {}
        for number, name in enumerate(encodings):
            try:
                text = data.decode(name, errors="replace")
            except LookupError:
                continue
            column = QVBoxLayout()
            button = QRadioButton(name)
            button.setChecked(number == 0)
            self.buttons.append(button)
            preview = QPlainTextEdit(text[: self.PREVIEW])
            preview.setReadOnly(True)
            preview.setAccessibleName(self.tr("The file read as %1").replace("%1", name))
            self.readings[name] = text[: self.PREVIEW]
            column.addWidget(button)
            column.addWidget(preview)
            row.addLayout(column)
        layout.addLayout(row)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import in this encoding"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def encoding(self) -> str:
        """The encoding chosen."""
        return next(b.text() for b in self.buttons if b.isChecked())

    def choose(self, name: str) -> None:
        next(b for b in self.buttons if b.text() == name).setChecked(True)


class PagePicker(QDialog):
    """The pages a capture holds (title, URL, capture time); the reviewer picks one."""

    def __init__(self, path: Path, pages: Sequence[dict[str, str]], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("capturePagePicker")
        self.setWindowTitle(self.tr("Which page?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            counted(
                self.tr(
                    "%1 holds %n captured page(s). Choose the page(s) to import, each a source "
                    "of its own (the evidence kept is the whole archive):",
                    "",
                    len(pages),
                ),
                isolate(path.name),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Captured pages"))
        for page in pages:
            title = page.get("title") or ""
            item = QListWidgetItem(
                f"{title + ' — ' if title else ''}{page['url']}\n"
                + self.tr("captured %1").replace("%1", page["captured_at"])
            )
            item.setData(0x0100, page["url"])  # Qt.UserRole
            self.list.addItem(item)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def pages(self) -> list[str]:
        """The URLs of the pages chosen, in the capture's order."""
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [str(self.list.item(row).data(0x0100)) for row in rows]

    def choose(self, *urls: str) -> None:
        self.list.clearSelection()
        for row in range(self.list.count()):
            self.list.item(row).setSelected(self.list.item(row).data(0x0100) in urls)


#: OCR languages offered (Tesseract's names; any installed combination can be typed).
OCR_CHOICES = (
    QT_TRANSLATE_NOOP("OcrLanguage", "Guess from the image"),
    "ara+eng",
    "eng",
    "rus+eng",
    "tur+eng",
    "ara",
    "rus",
    "tur",
)


def ask_ocr_language(parent: QWidget, current: str | None) -> QInputDialog:
    """The OCR language(s) for the images and scanned pages imported next; the dialog's
    `textValueSelected` gives the choice ("" for guessing)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("ocrLanguageDialog")
    dialog.setWindowTitle(translate("OcrLanguage", "OCR language"))
    dialog.setLabelText(
        translate(
            "OcrLanguage",
            "Language(s) of the screenshots and scanned pages you import next, as Tesseract "
            "names them (several joined by +):",
        )
    )
    guess = translate("OcrLanguage", OCR_CHOICES[0])
    dialog.setComboBoxItems([guess, *OCR_CHOICES[1:]])
    dialog.setComboBoxEditable(True)
    dialog.setTextValue(current or guess)
    return dialog


def ocr_choice(text: str) -> str | None:
    text = text.strip()
    guesses = (OCR_CHOICES[0], translate("OcrLanguage", OCR_CHOICES[0]))
    return None if not text or text in guesses else text


def file_filter() -> str:
    """The file dialog's filter of the files the readers take, in the window's language."""
    from desktop.sources.reader import KINDS

    patterns = " ".join("*" + suffix for suffix in KINDS)
    return translate("SourceImporter", "Sources (%1);;All files (*)").replace("%1", patterns)


def framed(exc: BaseException) -> str:
    """An import's failure in the window's language: "cannot import NAME: REASON" (the reason is
    the reader's own words: the readers say it in English); a cancelled read says so."""
    from desktop.sources.errors import ReadCancelled, SourceReadError

    if not isinstance(exc, SourceReadError):
        return str(exc)
    name = readable(exc.path.name)
    if isinstance(exc, ReadCancelled):
        return translate("SourceImporter", "cannot import %1: cancelled").replace("%1", name)
    text = arg(translate("SourceImporter", "cannot import %1: %2"), name, exc.reason)
    return f"{text} ({exc.hint})" if exc.hint else text


class _Signals(QObject):
    finished = Signal(list)  # [AttachmentOutcome]
    failed = Signal(str)


class AttachmentsJob(QRunnable):
    """An e-mail's attachments imported as sources linked to it, off the GUI thread."""

    def __init__(self, case: Case, email_source: int, path: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.case, self.email_source, self.path = case, email_source, path
        self.signals = _Signals()

    def run(self) -> None:
        from desktop.sources.attachments import import_attachments
        from desktop.sources.errors import SourceReadError
        from desktop.sources.limits import ReadLimits
        from desktop.sources.reader import load_bytes

        try:
            limits = ReadLimits.from_environment()
            outcomes = import_attachments(
                self.case, self.email_source, load_bytes(self.path, limits), limits=limits
            )
        except SourceReadError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown by the GUI thread, never as a traceback
            self.signals.failed.emit(
                translate("AttachmentsJob", "cannot import the attachments: %1").replace(
                    "%1", str(exc)
                )
            )
        else:
            self.signals.finished.emit(outcomes)


def attachments_question(file_name: str, listed: Sequence[dict[str, object]]) -> str:
    names = ", ".join(isolate(str(a.get("file_name", "?"))) for a in listed)
    return counted(
        translate(
            "AttachmentsQuestion",
            "The e-mail %1 has %n attachment(s): %2.\n\nImport them as sources of their own, "
            "linked to the e-mail?",
            "",
            len(listed),
        ),
        isolate(file_name),
        names,
    )


#: Seconds between two progress reports the GUI thread gets from an import at the most.
PROGRESS_EVERY = 0.1


class Paced:
    """Hands a progress report (done, total, …) on at most every `PROGRESS_EVERY` seconds, and
    always the last: a 500-page PDF reports each page as it is read, and each report the
    progress dialog is given lays out and repaints it on the GUI thread."""

    def __init__(self, report: Callable[..., None], every: float = PROGRESS_EVERY) -> None:
        self.report, self.every = report, every
        self.last = -every

    def __call__(self, done: int, total: int, *more: object) -> None:
        now = time.monotonic()
        if done < total and now - self.last < self.every:
            return
        self.last = now
        self.report(done, total, *more)


class _ImportSignals(QObject):
    progress = Signal(int, int)
    #: What the import is doing (done, total, what): `desktop.sources.reader.Steps`.
    step = Signal(int, int, str)
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
        self.signals = _ImportSignals()
        self._cancel = threading.Event()
        #: The imported source as the viewer shows it, read on this job's thread after the
        #: import (set before `finished`; the window shows it without reading it again).
        self.shown: LoadedSource | None = None
        self._paced_step = Paced(self.signals.step.emit)

    def cancel(self) -> None:
        self._cancel.set()

    def _step(self, what: str, done: int, total: int) -> None:
        self._paced_step(done, total, what)

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
                progress=Paced(self.signals.progress.emit),
                steps=self._step,
                cancelled=self._cancel.is_set,
                encoding=self.encoding,
                ask_encoding=True,
                options=self.options,
            )
        except BaseException as exc:  # shown by the GUI thread, never as a traceback
            self.signals.failed.emit(exc)
        else:
            changes = self.case.last_changes if outcome.created else Changes()
            self.shown = self._read_for_viewer(outcome.source_id)
            self.signals.finished.emit(outcome, changes)

    def _read_for_viewer(self, source_id: int) -> LoadedSource | None:
        """The source as the viewer shows it, read here while the window has nothing to wait
        for (None if that fails: the viewer reads it itself then, and says why)."""
        from .source_details import load_source

        try:
            return load_source(self.case, source_id)
        except Exception:  # the viewer reads it again, and says why it cannot
            return None
