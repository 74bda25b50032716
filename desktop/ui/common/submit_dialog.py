"""A dialog that keeps the reviewer's input until the case accepted it.

OK calls `submit(dialog)`; when that returns a message (the case refused the change) the
dialog stays open with the message shown, so nothing typed is lost. Dialogs are opened with
`open()` (window-modal, the event loop keeps running), which tests drive like a person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class SubmitDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit: Callable[[Any], str | None] | None = None
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d1453b;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    def showEvent(self, event: Any) -> None:
        # Text boxes take Ctrl+Enter for themselves; the dialog wants it for OK.
        for edit in self.findChildren(QPlainTextEdit):
            edit.installEventFilter(self)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        problem = self.check()
        if problem is None and self.submit is not None:
            problem = self.submit(self)
        if problem:
            self.show_error(problem)
            return
        self.finish()

    def check(self) -> str | None:
        """A problem with the input that needs no case to find, or None."""
        return None

    def finish(self) -> None:
        """Close as accepted (the change is in the case)."""
        super().accept()
