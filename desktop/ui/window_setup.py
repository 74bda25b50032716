"""Builds the main window with every part attached (one place for the app, the screenshot
command and the tests)."""

from __future__ import annotations

from .case_actions import CaseActions
from .case_watch import CaseWatch
from .editing.editing import ClaimEditor
from .export.export_action import add_export_action
from .help_menu import add_help_menu
from .integrity.integrity_actions import add_integrity_actions
from .integrity.signoff_actions import add_signoff_actions
from .main_window import MainWindow
from .records.records_view import add_record_views
from .team.team_actions import add_team_actions
from .toolbar import add_toolbar
from .trash.trash_view import add_trash_view


def build_window(*, sources: bool = True) -> tuple[MainWindow, CaseActions]:
    """The window with its menus and views; with `sources=False` the source import and viewer
    are left for `attach_sources` (the app attaches them once the window has painted, so that
    the database layer loads while the reviewer already sees the window)."""
    window = MainWindow()
    return window, complete_window(window, sources=sources)


def complete_window(
    window: MainWindow, *, sources: bool = True, actions: CaseActions | None = None
) -> CaseActions:
    """Everything the window has beyond its first paint: the claim pane, the actions of every
    menu, the toolbar's buttons (`actions`: the File menu's, when made already)."""
    window.complete()
    if actions is None:
        actions = CaseActions(window)
    window.case_actions = actions  # type: ignore[attr-defined]
    window.editor = ClaimEditor(window)  # type: ignore[attr-defined]
    window.actors_view, window.sources_view = add_record_views(window)  # type: ignore[attr-defined]
    window.trash_view = add_trash_view(window)  # type: ignore[attr-defined]
    window.case_watch = CaseWatch(window)  # type: ignore[attr-defined]
    add_export_action(window)
    add_help_menu(window)
    add_toolbar(window)
    add_team_actions(window)
    add_integrity_actions(window)
    add_signoff_actions(window)
    if sources:
        attach_sources(window)
    return actions


def attach_sources(window: MainWindow) -> None:
    """File ▸ Import Source…, the source viewer, file drops (`desktop/ui/source_setup.py`)."""
    from .sources.source_setup import add_source_support

    window.sources_ui = add_source_support(window)  # type: ignore[attr-defined]
    from .sources.appearance_setup import add_appearance_support

    window.appearances_ui = add_appearance_support(window, window.sources_ui)  # type: ignore[attr-defined]
    if window.read_only:
        window.sources_ui.import_action.setEnabled(False)  # type: ignore[attr-defined]
        window.appearances_ui.folder_action.setEnabled(False)  # type: ignore[attr-defined]
