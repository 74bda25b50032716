"""Attaches source import and the source viewer to the main window, in one call:

    parts.sources = SourceSupport(window, editor, sources_view)   # window_setup.attach_sources
    parts.sources.open_file(path)                                 # for `provdesk FILE`

It binds File ▸ Import Source… (Ctrl+I), accepts files dropped on the window, shows the source
viewer in a dock (View ▸ Source), refreshes the window after each import or edit, and starts
the reader processes in the background once the window is up. It uses the window's public
hooks (`actions`, `events`, `apply_changes()`, `select_claim()`, `current_claim_id()`,
`show_status()`, `workers`), the claim editor for suggestions and the Sources view's
`selected()`/`button()`.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog

from db.text.spans import Span
from db.unit_of_work import Changes

from ..common import i18n
from .import_questions import ask_ocr_language, file_filter, ocr_choice
from .selection_dialogs import AddHopFromSelection, NewClaimFromSelection
from .source_import import FileDropFilter, SourceImporter
from .source_viewer import SourceViewer

if TYPE_CHECKING:
    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow
    from ..records.records_view import SourcesDock


class SourceSupport(QObject):
    def __init__(self, window: MainWindow, editor: ClaimEditor, sources_view: SourcesDock) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.importer = SourceImporter(window)
        self.viewer = SourceViewer(workers=window.workers)
        self.dock = QDockWidget(self.tr("Source"), window)
        self.dock.setObjectName("sourceViewerDock")
        self.dock.setWidget(self.viewer)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        window.action_registry.provide("view.source", self.dock.toggleViewAction())
        self.import_action = window.action_registry.bind("file.import_source", self.choose_files)
        self.ocr_action = window.action_registry.bind("file.ocr_language", self.choose_ocr_language)
        self.drops = FileDropFilter.install(window)
        self.drops.filesDropped.connect(self.importer.import_files)
        self._waiting: list[Path] = []

        window.events.caseChanged.connect(self._case_changed)
        window.events.changesApplied.connect(self._changes_applied)
        window.events.readOnlyChanged.connect(self._read_only)
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(lambda message: window.show_status(message))
        self.viewer.hopActivated.connect(self._hop_activated)
        self.viewer.newClaimFromSelection.connect(self.new_claim_from_selection)
        self.viewer.addHopFromSelection.connect(self.add_hop_from_selection)
        self.viewer.sourceEdited.connect(self._apply)
        self.viewer.claimFromSuggestion.connect(self.claim_from_suggestion)
        self.viewer.addSuggestion.connect(self.add_suggestion)
        self.viewer.failed.connect(lambda message: window.show_status(message))
        self.sources_view = sources_view
        self.viewer.read_only = window.read_only
        sources_view.button(
            self.tr("&Read"), self.tr("Show the source's text and page"), self.read_selected
        )
        if window.case is not None:
            self._case_changed(window.case)
        threading.Thread(target=_prestart_readers, name="provdesk-readers", daemon=True).start()

    # -- import ---------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Import Source"))
        dialog.setObjectName("importSourceDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(file_filter())
        dialog.filesSelected.connect(self.importer.import_files)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_ocr_language(self) -> QInputDialog:
        dialog = ask_ocr_language(self.window, self.importer.ocr_language)

        def chosen(text: str) -> None:
            self.importer.ocr_language = ocr_choice(text)
            self.window.show_status(
                self.tr("OCR language for imports: %1").replace(
                    "%1", self.importer.ocr_language or self.tr("guessed")
                )
            )

        dialog.textValueSelected.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_file(self, path: str | Path) -> None:
        """Import a file named on the command line, as soon as a case is open."""
        if self.window.case is None:
            self._waiting.append(Path(path))
        else:
            self.importer.import_files([path])

    def _case_changed(self, case: Any) -> None:
        self.importer.set_case(case)
        self.viewer.set_case(case)
        if case is not None and self._waiting:
            waiting, self._waiting = self._waiting, []
            self.importer.import_files(waiting)

    def _imported(self, source_id: int, created: bool, changes: Changes) -> None:
        self._apply(changes)
        # The viewer opens on the new source in the next turn (a slice of its own).
        QTimer.singleShot(0, self, lambda: self._show_imported(source_id, created))

    def _show_imported(self, source_id: int, created: bool) -> None:
        if created:
            self.window.show_status(
                self.tr("Imported as source %1").replace("%1", i18n.with_digits(str(source_id)))
            )
        else:
            self.window.show_status(
                self.tr("That file is already in the case as source %1").replace(
                    "%1", i18n.with_digits(str(source_id))
                )
            )
        self.show_source(source_id)

    # -- viewer ---------------------------------------------------------------------------

    def show_source(self, source_id: int, hop_id: int | None = None) -> None:
        self.dock.show()
        self.dock.raise_()
        self.viewer.show_source(source_id, hop_id=hop_id)

    def read_selected(self) -> None:
        selected = self.sources_view.selected()
        if selected is not None:
            self.show_source(selected.id)

    def _hop_activated(self, hop_id: int) -> None:
        source = self.viewer.source
        hop = next((h for h in source.hops if h.id == hop_id), None) if source else None
        if hop is not None:
            self.window.select_claim(hop.claim_id)

    def _changes_applied(self, changes: Changes) -> None:
        shown = self.viewer.source_id
        if shown is not None and (changes.case or changes.hops or shown in changes.sources):
            self.viewer.reload()

    def _apply(self, changes: Any) -> None:
        if changes:
            self.window.apply_changes(changes)

    def new_claim_from_selection(self, source_id: int, spans: list[Span], text: str) -> None:
        case = self.window.case
        if case is None:
            return
        dialog = NewClaimFromSelection(
            self.window, case, source_id, spans, text, self.window.workers
        )
        dialog.saved.connect(self._apply)
        dialog.accepted.connect(lambda: self.window.select_claim(dialog.result_ids[0]))
        dialog.open()

    def add_hop_from_selection(self, source_id: int, spans: list[Span], text: str) -> None:
        case = self.window.case
        if case is None:
            return
        dialog = AddHopFromSelection(
            self.window,
            case,
            source_id,
            spans,
            text,
            self.window.workers,
            claim_id=self.window.current_claim_id(),
        )
        dialog.saved.connect(self._apply)
        dialog.open()

    # -- suggestions (the claim editor runs them as undoable commands) ----------------------

    def claim_from_suggestion(self, source_id: int, suggestion: Any) -> Any:
        return self.editor.claim_from_suggestion(source_id, suggestion)

    def add_suggestion(self, source_id: int, suggestion: Any) -> Any:
        return self.editor.add_suggestion_to_claim(source_id, suggestion)

    def _read_only(self, on: bool) -> None:
        self.viewer.read_only = on


def _prestart_readers() -> None:
    from desktop.sources.sandbox import prestart

    with contextlib.suppress(Exception):  # the first import starts them otherwise
        prestart()
