"""Help menu: About, and the words of the trade."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop import version
from desktop.version import APP_NAME

from .main_window import MainWindow

ABOUT = (
    "<h3>{name} {version}</h3>"
    "<p>Record each claim with the chain of people and outlets that carried it, check every "
    "link against the sources, mark verdicts, and export provenance reports.</p>"
    "<p>Every change is written to the case's audit log, hash-chained so that tampering shows."
    "</p><p>Licensed under the GNU GPL, version 3 or later.</p>"
)


def add_help_menu(window: MainWindow) -> None:
    def about() -> None:
        text = ABOUT.format(name=APP_NAME, version=version.__version__)
        box = QMessageBox(QMessageBox.Icon.Information, f"About {APP_NAME}", text, parent=window)
        box.setObjectName("aboutBox")
        box.open()

    window.add_action("Help", f"&About {APP_NAME}", about, None, "Version and licence")
