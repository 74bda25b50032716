"""The Export dialog: which claims, which format, where; the export runs on a worker thread with
progress and a Cancel button, and the file can be opened when it is written.

"Sign with the desk's key" is offered once a worker has found the key in the operating system's
keyring (asking the keyring may take a while, or wait for it to be unlocked, so the GUI thread
never does); without a key or a keyring the box stays off and its tooltip says why.

The window opens it with what it knows of the reviewer's view (`ExportContext`): the claim shown,
the claims selected in the list, and the current filter and search words.

"Publish at" is the address the report will be published at, which ClaimReview needs (each
review's `url` is that address plus `#claim-N`). It is kept in the case's settings
(`db.operations.case_settings`): a worker reads it when the dialog opens, and a changed address
is saved, with its audit event, by the export's worker before the report is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.case import Case
from db.errors import InvalidInput
from db.operations.case_settings import check_publish_url
from db.queries import ClaimFilter
from db.text.direction import isolate
from desktop.reports.export import FORMATS, ExportResult
from desktop.reports.scope import ReportScope

from ..common.placeholders import counted
from .export_tasks import ExportTask, KeyProbe, PublishUrlProbe
from .export_words import format_label, report_language_applies, report_language_box

if TYPE_CHECKING:
    from ..main_window import MainWindow

SCOPES = ("claim", "selected", "filter", "case")


@dataclass(frozen=True)
class ExportContext:
    """What the window shows when Export is chosen."""

    current_claim_id: int | None = None
    selected_ids: tuple[int, ...] = ()
    where: ClaimFilter = field(default_factory=ClaimFilter)
    search: str = ""

    @property
    def has_filter(self) -> bool:
        return bool(self.search.strip()) or not self.where.is_empty


class ExportDialog(QDialog):
    """Scope, format, destination, "open when done", progress, cancel."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        case: Case,
        reviewer: str,
        context: ExportContext,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Report"))
        self.setObjectName("exportDialog")
        self.case = case
        self.reviewer = reviewer
        self.context = context
        self.task: ExportTask | None = None
        self.last_result: ExportResult | None = None
        self._close_when_stopped = False
        # The application's pool, not one owned by the dialog: a pool's destructor waits for its
        # work, and the window must not freeze when it closes during an export.
        self._pool = QThreadPool.globalInstance()

        self.scope_buttons = QButtonGroup(self)
        scope_box = QVBoxLayout()
        labels = {
            "claim": self.tr("This claim (#%1)").replace("%1", str(context.current_claim_id))
            if context.current_claim_id
            else self.tr("This claim (none is open)"),
            "selected": counted(self.tr("The %n selected claim(s)", "", len(context.selected_ids))),
            "filter": self.tr("The claims of the current search and filter"),
            "case": self.tr("The whole case"),
        }
        self.scope_radio: dict[str, QRadioButton] = {}
        for index, key in enumerate(SCOPES):
            radio = QRadioButton(labels[key], self)
            radio.setObjectName(f"scope_{key}")
            self.scope_buttons.addButton(radio, index)
            self.scope_radio[key] = radio
            scope_box.addWidget(radio)
        self.scope_radio["claim"].setEnabled(context.current_claim_id is not None)
        self.scope_radio["selected"].setEnabled(len(context.selected_ids) > 0)
        self.scope_radio["filter"].setEnabled(context.has_filter)
        if len(context.selected_ids) > 1:
            self.scope_radio["selected"].setChecked(True)
        elif context.current_claim_id is not None:
            self.scope_radio["claim"].setChecked(True)
        elif context.has_filter:
            self.scope_radio["filter"].setChecked(True)
        else:
            self.scope_radio["case"].setChecked(True)

        self.format_box = QComboBox(self)
        self.format_box.setObjectName("format")
        for key, fmt in FORMATS.items():
            self.format_box.addItem(format_label(key, fmt.label), key)
        self.language_box = report_language_box(self)

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        base = folder or Path(documents or Path.home())
        self.destination = QLineEdit(str(base / f"{_file_stem(case)}-report.html"), self)
        self.destination.setObjectName("destination")
        self.publish_url = QLineEdit(self)
        self.publish_url.setObjectName("publishUrl")
        self.publish_url.setAccessibleName(self.tr("Publishing address"))
        self.publish_url.setPlaceholderText("https://desk.example.org/reports/case-1")
        self.publish_url.setToolTip(
            self.tr(
                "Where the report will be published; ClaimReview needs it (each review's "
                "address is this plus #claim-N). Kept in the case's settings."
            )
        )
        self.publish_url.setEnabled(False)  # until the case's address is read
        self.stored_publish_url = ""
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_destination)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)

        self.open_when_done = QCheckBox(self.tr("Open the report when it is written"), self)
        self.open_when_done.setObjectName("openWhenDone")
        self.sign_box = QCheckBox(self.tr("Sign with the desk's key"), self)
        self.sign_box.setObjectName("signWithDeskKey")
        self.sign_box.setEnabled(False)
        self.sign_box.setToolTip(self.tr("Looking for the desk's signing key in the keyring…"))
        self.signing_key: str | None = None
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel("", self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.setObjectName("cancelButton")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        form = QFormLayout()
        form.addRow(self.tr("Claims:"), scope_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Report language:"), self.language_box)
        form.addRow(self.tr("Save as:"), where)
        form.addRow(self.tr("Publish at:"), self.publish_url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.sign_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.resize(560, self.sizeHint().height())
        self._probe = KeyProbe()  # kept: its signals must outlive run()
        self._probe.setAutoDelete(False)
        self._probe.signals.found.connect(self._key_found)
        self._probe.signals.missing.connect(self._key_missing)
        self._pool.start(self._probe)
        self._url_probe = PublishUrlProbe(case)
        self._url_probe.setAutoDelete(False)
        self._url_probe.signals.read.connect(self._publish_url_read)
        self._pool.start(self._url_probe)

    @Slot(str)
    def _publish_url_read(self, url: str) -> None:
        self.stored_publish_url = url
        if not self.publish_url.text():
            self.publish_url.setText(url)
        self.publish_url.setEnabled(not self.running)

    @Slot(str)
    def _key_found(self, fingerprint: str) -> None:
        self.signing_key = fingerprint
        self.sign_box.setEnabled(not self.running)
        self.sign_box.setToolTip(
            self.tr(
                "The report names the desk key %1… and a signature file (the report's name "
                "plus .sig) is written beside it; check it with “provdesk-cli verify-report”."
            ).replace("%1", fingerprint[:16])
        )

    @Slot(str)
    def _key_missing(self, reason: str) -> None:
        self.signing_key = None
        self.sign_box.setChecked(False)
        self.sign_box.setEnabled(False)
        self.sign_box.setToolTip(reason)

    # -- choices --------------------------------------------------------------------------

    @property
    def format_key(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def _format_changed(self) -> None:
        self.language_box.setEnabled(report_language_applies(self.format_key))
        text = self.destination.text().strip()
        if text:
            self.destination.setText(str(Path(text).with_suffix(FORMATS[self.format_key].suffix)))

    def choose_destination(self) -> None:
        fmt = FORMATS[self.format_key]
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Report As"),
            self.destination.text(),
            f"{self.format_box.currentText()} (*{fmt.suffix})",
        )
        if path:
            self.destination.setText(path)

    def scope(self) -> ReportScope:
        key = SCOPES[self.scope_buttons.checkedId()]
        if key == "claim" and self.context.current_claim_id is not None:
            return ReportScope(claim_ids=(self.context.current_claim_id,))
        if key == "selected":
            return ReportScope(claim_ids=self.context.selected_ids)
        if key == "filter":
            return ReportScope(search=self.context.search, where=self.context.where)
        return ReportScope()

    # -- running --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        if self.running:
            return
        text = self.destination.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the report."))
            return
        path = Path(text).expanduser()
        try:
            url = check_publish_url(self.publish_url.text())
        except InvalidInput as exc:
            self._show_error(self.tr("The publishing address: %1.").replace("%1", str(exc)))
            return
        if self.format_key == "claimreview" and not url:
            self._show_error(
                self.tr(
                    "ClaimReview needs the address the report will be published at: fill in "
                    "“Publish at”."
                )
            )
            self.publish_url.setFocus()
            return
        self.last_result = None
        self.task = ExportTask(
            self.case,
            self.scope(),
            self.format_key,
            path,
            self.reviewer,
            sign=self.sign_box.isChecked() and self.signing_key is not None,
            publish_url=url if url != self.stored_publish_url else None,
            base_url=url,
            language=str(self.language_box.currentData()),
        )
        if url != self.stored_publish_url:
            self.stored_publish_url = url
        self.task.setAutoDelete(False)
        signals = self.task.signals
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.cancelled.connect(self._on_cancelled)
        # Closing the window (which deletes this dialog) cancels the export; the connection
        # holds the task's flag, not the dialog.
        self.destroyed.connect(self.task.cancel_requested.set)
        self._set_running(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self._pool.start(self.task)

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel_requested.set()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        for widget in (
            self.format_box,
            self.destination,
            self.publish_url,
            *self.scope_radio.values(),
        ):
            widget.setEnabled(not running)
        self.language_box.setEnabled(not running and report_language_applies(self.format_key))
        self.sign_box.setEnabled(not running and self.signing_key is not None)
        if not running:
            self.scope_radio["claim"].setEnabled(self.context.current_claim_id is not None)
            self.scope_radio["selected"].setEnabled(len(self.context.selected_ids) > 0)
            self.scope_radio["filter"].setEnabled(self.context.has_filter)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        claims = total // 2  # progress counts each claim twice: read, then written
        if self.task is not None and not self.task.cancel_requested.is_set():
            if done < claims:
                reading = self.tr("Reading claims… %1 of %2")
                self.status.setText(
                    counted(reading.replace("%1", f"{done:,}").replace("%2", f"{claims:,}"))
                )
            else:
                writing = self.tr("Writing the report… %1 of %n claim(s)", "", claims)
                self.status.setText(counted(writing.replace("%1", f"{done - claims:,}")))

    def _stopped(self) -> None:
        self.task = None
        self._set_running(False)
        if self._close_when_stopped:
            self.reject()

    @Slot(object)
    def _on_finished(self, result: ExportResult) -> None:
        self.last_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        wrote = counted(self.tr("Wrote %n claim(s) to %1", "", result.claims))
        wrote = wrote.replace("%1", isolate(str(result.path)))
        if result.signature:
            signed = self.tr("; signed (%1)").replace("%1", isolate(result.signature.name))
            wrote += signed
        self.status.setText(wrote)
        self._stopped()
        self.exported.emit(result)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._show_error(message[:1].upper() + message[1:])
        self._stopped()

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Export cancelled; nothing was written."))
        self._stopped()

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(message)

    def reject(self) -> None:
        if self.task is not None:  # Escape or the close box while exporting: cancel first
            self._close_when_stopped = True
            self.cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def wait(self, msecs: int = 10000) -> bool:
        """Wait for the export to end (tests)."""
        return self._pool.waitForDone(msecs)


def _file_stem(case: Case) -> str:
    """A file name from the case's location (no database round trip on the GUI thread)."""
    name = Path(case.location).stem if case.dialect == "sqlite" else "case"
    keep = "".join(c if c.isalnum() or c in "-_" else "-" for c in name).strip("-")
    return keep or "case"


def open_export_dialog(window: MainWindow, context: ExportContext) -> ExportDialog | None:
    """Open the dialog for `window.case` (None when no case is open)."""
    case = window.case
    if case is None:
        return None
    dialog = ExportDialog(case, case.reviewer, context, window)
    dialog.setModal(False)
    dialog.show()
    return dialog
