"""Builds the main window with every part attached (one place for the app, the screenshot
command and the tests)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .case_actions import CaseActions
from .case_watch import CaseWatch
from .editing import ClaimEditor
from .export_action import add_export_action
from .help_menu import add_help_menu
from .integrity_actions import add_integrity_actions
from .main_window import MainWindow
from .records_view import add_record_views
from .signoff_actions import add_signoff_actions
from .team_actions import add_team_actions
from .toolbar import add_toolbar


def build_window(*, sources: bool = True) -> tuple[MainWindow, CaseActions]:
    """The window with its menus and views; with `sources=False` the source import and viewer
    are left for `attach_sources` (the app attaches them once the window has painted, so that
    the database layer loads while the reviewer already sees the window)."""
    window = MainWindow()
    actions = CaseActions(window)
    window.case_actions = actions  # type: ignore[attr-defined]
    window.editor = ClaimEditor(window)  # type: ignore[attr-defined]
    window.actors_view, window.sources_view = add_record_views(window)  # type: ignore[attr-defined]
    window.case_watch = CaseWatch(window)  # type: ignore[attr-defined]
    add_export_action(window)
    add_help_menu(window)
    window.toolbar = add_toolbar(window)  # type: ignore[attr-defined]
    add_team_actions(window)
    add_integrity_actions(window)
    add_signoff_actions(window)
    if sources:
        attach_sources(window)
    return window, actions


def attach_sources(window: MainWindow) -> None:
    """File ▸ Import Source…, the source viewer, file drops (`desktop/ui/source_setup.py`)."""
    from .source_setup import add_source_support

    window.sources_ui = add_source_support(window)  # type: ignore[attr-defined]
    if window.read_only:
        window.sources_ui.import_action.setEnabled(False)  # type: ignore[attr-defined]


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(1500, self, self._run)  # a window that never paints (minimised)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)  # after this paint has finished
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` once `widget` has painted for the first time."""
    _FirstPaint(widget, callback)
