"""Builds the main window with every part attached (one place for the app, the screenshot
command and the tests)."""

from __future__ import annotations

from .case_actions import CaseActions
from .case_watch import CaseWatch
from .editing import ClaimEditor
from .export_action import add_export_action
from .help_menu import add_help_menu
from .main_window import MainWindow
from .records_view import add_record_views
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
    if sources:
        attach_sources(window)
    return window, actions


def attach_sources(window: MainWindow) -> None:
    """File ▸ Import Source…, the source viewer, file drops (`desktop/ui/source_setup.py`)."""
    from .source_setup import add_source_support

    window.sources_ui = add_source_support(window)  # type: ignore[attr-defined]
