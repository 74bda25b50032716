"""Builds the main window with every part attached (one place for the app, the screenshot
command and the tests)."""

from __future__ import annotations

from .case_actions import CaseActions
from .editing import ClaimEditor
from .main_window import MainWindow


def build_window() -> tuple[MainWindow, CaseActions]:
    window = MainWindow()
    actions = CaseActions(window)
    window.case_actions = actions  # type: ignore[attr-defined]
    window.editor = ClaimEditor(window)  # type: ignore[attr-defined]
    return window, actions
