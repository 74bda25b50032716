"""Builds the main window with every part attached (one place for the app, the screenshot
command and the tests): each room gets what it needs through its constructor, and the parts
are kept, typed, in `WindowParts` (`window.parts`, for the app and the tests).

Rooms tell each other things through `window.events` (`common/events.py`); every menu and
toolbar action comes from `window.action_registry` (`common/actions.py`, texts and keys in
`common/action_catalogue.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .case_actions import CaseActions
from .case_watch import CaseWatch
from .common.case_text_delegate import isolate_views
from .editing.editing import ClaimEditor
from .export.export_action import ExportAction
from .help_menu import add_help_menu
from .integrity.integrity_actions import IntegrityActions
from .integrity.signoff_actions import SignoffActions
from .main_window import MainWindow
from .records.records_view import ActorsDock, SourcesDock, add_record_views
from .team.team_actions import TeamActions
from .trash.trash_view import TrashDock, add_trash_view

if TYPE_CHECKING:  # attached after the first paint (the import code is large)
    from .sources.appearance_setup import AppearanceSupport
    from .sources.source_setup import SourceSupport
    from .translations.translation_actions import TranslationActions
    from .versions.version_actions import VersionActions


@dataclass(eq=False)
class WindowParts:
    """The window's parts, by room."""

    window: MainWindow
    case_actions: CaseActions
    editor: ClaimEditor
    actors_view: ActorsDock
    sources_view: SourcesDock
    trash_view: TrashDock
    case_watch: CaseWatch
    export: ExportAction
    team: TeamActions
    integrity: IntegrityActions
    signoff: SignoffActions
    #: Source import, the source viewer (`attach_sources`; None until then).
    sources: SourceSupport | None = None
    #: Folder import, Where else?, similar claims (with `sources`).
    appearances: AppearanceSupport | None = None
    #: New versions of the source shown, and its history (with `sources`).
    versions: VersionActions | None = None
    #: Link Translation…, the aligned reading, Add Hop from the Original (with `sources`).
    translations: TranslationActions | None = None


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
    case_actions = actions if actions is not None else CaseActions(window)
    editor = ClaimEditor(window)
    actors_view, sources_view = add_record_views(window, editor)
    trash_view = add_trash_view(window, editor)
    case_watch = CaseWatch(window)
    export = ExportAction(window)
    add_help_menu(window)
    window.action_registry.build_toolbar(window.toolbar)
    team = TeamActions(window)
    case_actions.open_server = team.open_server
    window.parts = WindowParts(
        window=window,
        case_actions=case_actions,
        editor=editor,
        actors_view=actors_view,
        sources_view=sources_view,
        trash_view=trash_view,
        case_watch=case_watch,
        export=export,
        team=team,
        integrity=IntegrityActions(window, case_actions.open_location),
        signoff=SignoffActions(window, editor),
    )
    window.action_registry.refresh()
    morphology_apart(window)
    if sources:
        attach_sources(window.parts)
    isolate_views(window)
    return case_actions


def morphology_apart(window: MainWindow) -> None:
    """While the window lives, the Russian morphology a search needs (a Cyrillic query word, a
    name spelled in Cyrillic) is answered by a process of its own: pymorphy3's dictionary
    (~20 MB) never loads in the window's process."""
    from db.text import name_morphology
    from desktop.sources.morphology_apart import MorphologyHelper

    helper = MorphologyHelper()
    name_morphology.answer_elsewhere(helper.ask)

    def closed() -> None:
        name_morphology.stop_answering_elsewhere(helper.ask)
        helper.stop()

    window.destroyed.connect(closed)


def attach_sources(parts: WindowParts) -> None:
    """File ▸ Import Source… and Import Folder…, the source viewer, file drops, Where else?,
    similar claims (`sources/source_setup.py`, `sources/appearance_setup.py`)."""
    from .sources.appearance_setup import AppearanceSupport
    from .sources.source_setup import SourceSupport
    from .translations.translation_actions import TranslationActions
    from .versions.version_actions import VersionActions

    parts.sources = SourceSupport(parts.window, parts.editor, parts.sources_view)
    parts.appearances = AppearanceSupport(parts.window, parts.sources, parts.editor)
    parts.versions = VersionActions(parts.window, parts.sources.viewer, parts.editor)
    parts.translations = TranslationActions(parts.window, parts.sources, parts.editor)
    isolate_views(parts.window)  # the case's text keeps its own direction in every list
