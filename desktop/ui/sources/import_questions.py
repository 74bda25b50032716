"""Questions an import may ask: which encoding a short text file is in (`EncodingChooser`, its
readings side by side), which page of a web capture to import (`PagePicker`), and whether to
import an e-mail's attachments as sources linked to it (`AttachmentsJob` does it off the GUI
thread). Used by `source_import.SourceImporter`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal
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


class EncodingChooser(QDialog):
    """The readings of a text file in each plausible encoding, side by side, to choose the one
    whose text is right (the readers could not tell: a short file, close scores)."""

    PREVIEW = 600

    def __init__(self, path: Path, encodings: Sequence[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("encodingChooser")
        self.setWindowTitle("Check the encoding")
        data = path.read_bytes()[: 64 * 1024]
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"The encoding of {path.name} cannot be told for sure. Choose the reading whose "
            "text is right:"
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
            preview.setAccessibleName(f"The file read as {name}")
            self.readings[name] = text[: self.PREVIEW]
            column.addWidget(button)
            column.addWidget(preview)
            row.addLayout(column)
        layout.addLayout(row)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Import in this encoding")
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
        self.setWindowTitle("Which page?")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{isolate(path.name)} holds {len(pages)} captured pages. Choose the page(s) to "
            "import, each a source of its own (the evidence kept is the whole archive):"
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Captured pages")
        for page in pages:
            title = page.get("title") or ""
            item = QListWidgetItem(
                f"{title + ' — ' if title else ''}{page['url']}\ncaptured {page['captured_at']}"
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
        box.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
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
OCR_CHOICES = ("Guess from the image", "ara+eng", "eng", "rus+eng", "tur+eng", "ara", "rus", "tur")


def ask_ocr_language(parent: QWidget, current: str | None) -> QInputDialog:
    """The OCR language(s) for the images and scanned pages imported next; the dialog's
    `textValueSelected` gives the choice ("" for guessing)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("ocrLanguageDialog")
    dialog.setWindowTitle("OCR language")
    dialog.setLabelText(
        "Language(s) of the screenshots and scanned pages you import next, as Tesseract names "
        "them (several joined by +):"
    )
    dialog.setComboBoxItems(list(OCR_CHOICES))
    dialog.setComboBoxEditable(True)
    dialog.setTextValue(current or OCR_CHOICES[0])
    return dialog


def ocr_choice(text: str) -> str | None:
    text = text.strip()
    return None if not text or text == OCR_CHOICES[0] else text


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
            self.signals.failed.emit(f"cannot import the attachments: {exc}")
        else:
            self.signals.finished.emit(outcomes)


def attachments_question(file_name: str, listed: Sequence[dict[str, object]]) -> str:
    names = ", ".join(isolate(str(a.get("file_name", "?"))) for a in listed)
    count = len(listed)
    return (
        f"The e-mail {isolate(file_name)} has {count} attachment{'s' if count != 1 else ''}: "
        f"{names}.\n\nImport {'them' if count != 1 else 'it'} as sources of their own, linked to "
        "the e-mail?"
    )
