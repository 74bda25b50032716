"""Preferences: the reviewer name written into the audit log (asked on first run too)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import preferences


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Welcome to Provenance Desk" if first_run else "Preferences")
        intro = QLabel(
            "Your name goes into the audit log of every change you make, and into the review "
            "history of each claim. Colleagues see it when they open a shared case."
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(preferences.reviewer_name() or "")
        self.name.setPlaceholderText(preferences.fallback_reviewer())
        self.name.setAccessibleName("Reviewer name")
        self.name.setToolTip("The name the audit log records for your changes")
        form = QFormLayout()
        form.addRow("&Reviewer name:", self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def reviewer(self) -> str:
        return " ".join(self.name.text().split()) or preferences.fallback_reviewer()

    def accept(self) -> None:
        preferences.put(preferences.REVIEWER_NAME, self.reviewer())
        super().accept()
