"""Correct a source's metadata: title, outlet, URL, date, and the guessed language and text
direction. The text and the evidence file never change; the save runs on a worker and refuses
when someone else changed the source since it was shown (its version). `describe` is the line
of facts under a source's title in the viewer, in the window's language. `load_source` reads
all the viewer shows of a source (on a worker)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db import operations as ops
from db.case import Case
from db.errors import CaseError
from db.models import EvidenceFile, Source
from db.queries import hops_in_source, source_detail
from db.scans import ScanPage, scan_pages
from db.text.direction import isolate
from db.unit_of_work import Changes
from db.views import HopView, SourceView

from ..common import i18n
from ..common.placeholders import arg, counted
from ..common.workers import Workers

translate = QCoreApplication.translate

PDF = "application/pdf"


@dataclass(frozen=True)
class LoadedSource:
    view: SourceView
    text: str
    page_starts: tuple[int, ...]
    hops: tuple[HopView, ...]
    media_type: str
    pdf: bytes | None
    #: What OCR found on the source's images or scanned pages, and an image's bytes.
    scans: tuple[ScanPage, ...] = ()
    image: bytes | None = None


def load_source(case: Case, source_id: int) -> LoadedSource:
    """Everything the viewer shows of a source (runs on a worker thread)."""
    with case.read() as session:
        view, text = source_detail(session, source_id)
        source = session.get(Source, source_id)
        starts = tuple(source.page_starts) if source is not None else ()
        hops = tuple(hops_in_source(session, source_id))
        scans = scan_pages(source.details) if source is not None else ()
        media_type, pdf, image = "", None, None
        if view.evidence_sha256:
            evidence = session.get(EvidenceFile, view.evidence_sha256)
            if evidence is not None:
                media_type = evidence.media_type
                if media_type == PDF:
                    pdf = bytes(evidence.content)
                elif scans and media_type.startswith("image/"):
                    image = bytes(evidence.content)
    return LoadedSource(view, text, starts, hops, media_type, pdf, scans, image)


#: The names of how a source arrived (`db.arrival`), as the facts line shows them.
ARRIVAL = {
    "capture": QT_TRANSLATE_NOOP("SourceFacts", "capture"),
    "page": QT_TRANSLATE_NOOP("SourceFacts", "page"),
    "retrieved": QT_TRANSLATE_NOOP("SourceFacts", "retrieved"),
    "signature": QT_TRANSLATE_NOOP("SourceFacts", "signature"),
    "from": QT_TRANSLATE_NOOP("SourceFacts", "from"),
    "sent": QT_TRANSLATE_NOOP("SourceFacts", "sent"),
    "subject": QT_TRANSLATE_NOOP("SourceFacts", "subject"),
    "attachments": QT_TRANSLATE_NOOP("SourceFacts", "attachments"),
    "attached to": QT_TRANSLATE_NOOP("SourceFacts", "attached to"),
    "reading": QT_TRANSLATE_NOOP("SourceFacts", "reading"),
}


def describe(view: SourceView) -> str:
    parts = [isolate(view.outlet), view.published_on.isoformat() if view.published_on else ""]
    direction = (
        translate("SourceFacts", "right to left")
        if view.direction == "rtl"
        else translate("SourceFacts", "left to right")
    )
    language = isolate(view.language) or translate("SourceFacts", "language?")
    parts.append(arg(translate("SourceFacts", "%1 (%2)"), language, direction))
    if view.pages:
        parts.append(counted(translate("SourceFacts", "%n page(s)", "", view.pages)))
        if view.page_labels:
            parts.append(
                arg(
                    translate("SourceFacts", "numbered %1–%2"),
                    view.page_labels[0],
                    view.page_labels[-1],
                )
            )
    if view.size is not None:
        parts.append(counted(translate("SourceFacts", "%n byte(s)", "", view.size)))
    if view.evidence_sha256:
        parts.append(f"SHA-256 {view.evidence_sha256[:16]}…")
    line = " · ".join(p for p in parts if p)
    arrival = "\n".join(
        f"{translate('SourceFacts', ARRIVAL[label]) if label in ARRIVAL else label}: "
        f"{isolate(value)}"
        for label, value in view.arrival
    )
    return f"{line}\n{arrival}" if arrival else line


class SourceDetailsDialog(QDialog):
    saved = Signal(object)  # Changes

    def __init__(
        self, parent: QWidget | None, case: Case, view: SourceView, workers: Workers | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDetailsDialog")
        self.setWindowTitle(
            self.tr("Source %1: details").replace("%1", i18n.with_digits(str(view.id)))
        )
        self.case = case
        self.view = view
        self.workers = workers or Workers(self)
        self.title = QLineEdit(view.title)
        self.outlet = QLineEdit(view.outlet)
        self.url = QLineEdit(view.url)
        self.published = QLineEdit(view.published_on.isoformat() if view.published_on else "")
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language = QLineEdit(view.language)
        self.language.setPlaceholderText(self.tr("ar, tr, ru, en…"))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Left to right"), "ltr")
        self.direction.addItem(self.tr("Right to left"), "rtl")
        self.direction.setCurrentIndex(max(0, self.direction.findData(view.direction)))
        for widget, name in (
            (self.title, self.tr("Title")),
            (self.outlet, self.tr("Outlet")),
            (self.url, self.tr("URL")),
            (self.published, self.tr("Published")),
            (self.language, self.tr("Language")),
            (self.direction, self.tr("Text direction")),
        ):
            widget.setAccessibleName(name)
        self.error = QLabel()
        self.error.setObjectName("sourceDetailsError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("&Published:"), self.published)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Text &direction:"), self.direction)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fields(self) -> dict[str, object]:
        return {
            "title": self.title.text().strip(),
            "outlet": self.outlet.text().strip(),
            "url": self.url.text().strip(),
            "published_on": self.published.text().strip() or None,
            "language": self.language.text().strip(),
            "direction": self.direction.currentData(),
        }

    def _submit(self) -> None:
        case, source_id, version, fields = self.case, self.view.id, self.view.version, self.fields()
        self.buttons.setEnabled(False)

        def work() -> Changes:
            with case.change() as uow:
                ops.edit_source(uow, source_id, expected_version=version, **fields)
            return case.last_changes

        self.workers.submit(work, self._done, self._failed)

    def _done(self, changes: Changes) -> None:
        self.saved.emit(changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(
            str(exc)
            if isinstance(exc, CaseError)
            else self.tr("not saved: %1").replace("%1", str(exc))
        )
        self.error.show()
