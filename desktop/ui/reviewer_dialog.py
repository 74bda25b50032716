"""Preferences: the reviewer name written into the audit log (asked on first run too), the
window's language and its digits (both applied after a restart)."""

from __future__ import annotations

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

from desktop import preferences

from .common import i18n


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(
            self.tr("Welcome to Provenance Desk") if first_run else self.tr("Preferences")
        )
        intro = QLabel(
            self.tr(
                "Your name goes into the audit log of every change you make, and into the review "
                "history of each claim. Colleagues see it when they open a shared case."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(preferences.reviewer_name() or "")
        # Left empty, the audit log records "unnamed reviewer" — never the login.
        self.name.setPlaceholderText(self.tr("Your name as colleagues and readers know it"))
        self.name.setAccessibleName(self.tr("Reviewer name"))
        self.name.setToolTip(self.tr("The name the audit log records for your changes"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("The system's language"), "")
        for code, own_name in i18n.LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(preferences.get(preferences.LANGUAGE)))
        )
        self.digits = QComboBox()
        self.digits.setObjectName("digitsChoice")
        self.digits.addItem(self.tr("As the language writes them"), "")
        self.digits.addItem(self.tr("Latin (0123456789)"), i18n.LATIN)
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣٤٥٦٧٨٩)"), i18n.ARABIC_INDIC)
        self.digits.setCurrentIndex(
            max(0, self.digits.findData(preferences.get(preferences.DIGITS)))
        )
        restart = QLabel(self.tr("The language and the digits apply after a restart."))
        restart.setObjectName("restartNote")
        restart.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Digits:"), self.digits)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(restart)
        layout.addWidget(self.buttons)

    def reviewer(self) -> str:
        return " ".join(self.name.text().split()) or preferences.fallback_reviewer()

    def accept(self) -> None:
        store = preferences.settings()
        preferences.put(preferences.REVIEWER_NAME, self.reviewer(), store)
        preferences.put(preferences.LANGUAGE, str(self.language.currentData() or ""), store)
        preferences.put(preferences.DIGITS, str(self.digits.currentData() or ""), store)
        super().accept()
