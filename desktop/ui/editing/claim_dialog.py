"""New claim and edit claim: wording, tags, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ..common.submit_dialog import SubmitDialog


class ClaimDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        text: str = "",
        tags: tuple[str, ...] = (),
        notes: str = "",
    ) -> None:
        super().__init__(parent, title)
        self.setObjectName("claimDialog")
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Claim wording"))
        self.text.setPlaceholderText(self.tr("One checkable statement, in your normalised wording"))
        self.text.setTabChangesFocus(True)
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. Turkey, Syria"))
        self.notes = QPlainTextEdit(notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wording:"), self.text)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.body.addLayout(form)
        self.resize(560, 380)

    def values(self) -> tuple[str, tuple[str, ...], str]:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return self.text.toPlainText(), tags, self.notes.toPlainText()

    def check(self) -> str | None:
        return (
            None if self.text.toPlainText().strip() else self.tr("Write the claim's wording first")
        )
