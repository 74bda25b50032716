"""The last line of defence: an unexpected exception shows a dialog with a report to copy, the
app keeps running. A case error (a clear one-line message) is shown as just that message."""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import CaseError
from desktop import version
from desktop.version import APP_NAME


def report_text(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"{APP_NAME} {version.__version__}",
        f"Python {platform.python_version()} · PySide6 {pyside_version} · {platform.platform()}",
        "",
        *traceback.format_exception(kind, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorReportDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorReport")
        self.setWindowTitle(self.tr("{app}: something went wrong").format(app=APP_NAME))
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong. Your case is safe: every change is saved in one "
                "transaction or not at all. Please copy this report and send it to the developers."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setMinimumSize(620, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy Report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class _Relay(QObject):
    """Carries exceptions from any thread to the GUI thread."""

    raised = Signal(object, object, object)


class ExceptionHandler:
    def __init__(self) -> None:
        self.relay = _Relay()
        self.relay.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.shown: list[QWidget] = []
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def handle(self, kind: Any, exc: Any, tb: Any) -> None:
        sys.__stderr__ and sys.__stderr__.write(report_text(kind, exc, tb) + "\n")
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.relay.raised.emit(kind, exc, tb)

    def _show(self, kind: Any, exc: Any, tb: Any) -> None:
        if self._showing:
            return
        parent = QApplication.activeWindow()
        self._showing = True
        try:
            dialog: QDialog
            if isinstance(exc, CaseError):
                dialog = QMessageBox(
                    QMessageBox.Icon.Warning,
                    APP_NAME,
                    str(exc),
                    QMessageBox.StandardButton.Ok,
                    parent,
                )
            else:
                dialog = ErrorReportDialog(report_text(kind, exc, tb), parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.shown.append(dialog)
            dialog.destroyed.connect(
                lambda *_: self.shown.remove(dialog) if dialog in self.shown else None
            )
            dialog.open()
        finally:
            self._showing = False


_handler: ExceptionHandler | None = None


def install() -> ExceptionHandler:
    global _handler
    if _handler is None:
        _handler = ExceptionHandler()
        _handler.install()
    return _handler
