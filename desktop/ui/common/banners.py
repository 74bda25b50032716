"""Strips across the top of the window that tell the reviewer about the state of the case as a
whole (read-only, connection to the team server lost): visible without opening anything, and
gone as soon as the state is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from ..main_window import MainWindow


KINDS = {
    # background, text: readable on light and dark palettes alike
    "info": ("#2f5f8a", "#ffffff"),
    "warning": ("#9a3412", "#ffffff"),
}


class Banner(QLabel):
    def __init__(self, window: MainWindow, name: str, kind: str = "info") -> None:
        super().__init__()
        background, foreground = KINDS[kind]
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Notice"))
        self.setStyleSheet(
            f"QLabel#{name} {{ background: {background}; color: {foreground}; "
            "padding: 6px 10px; font-weight: bold; }"
        )
        self.hide()
        window.add_banner(self)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
