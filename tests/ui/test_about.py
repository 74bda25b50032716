"""Help ▸ About names the app and the one version number of pyproject.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_about_shows_the_version_of_pyproject(qtbot, window: MainWindow) -> None:
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    about = next(a for a in window.menu("Help").actions() if a.text().startswith("&About"))
    about.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert f"Provenance Desk {expected}" in box.text()
    box.close()
