"""Attaches source import and the source viewer to the main window, in one call:

    window.sources_ui = add_source_support(window)      # in build_window()
    window.sources_ui.open_file(path)                   # for `provdesk FILE`

It adds File ▸ Import Source… (Ctrl+I), accepts files dropped on the window, shows the source
viewer in a dock (View ▸ Source), refreshes the window after each import or edit, and starts
the reader processes in the background once the window is up. It uses only the window's public
hooks: `menu()`, `add_action()`, `caseChanged`, `changesApplied`, `apply_changes()`,
`select_claim()`, `current_claim_id()`, `show_status()`, `workers`, and the Sources view's
`selected()`/`button()` when there is one.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMainWindow

from db.text.spans import Span
from db.unit_of_work import Changes

from .import_questions import ask_ocr_language, ocr_choice
from .selection_dialogs import AddHopFromSelection, NewClaimFromSelection
from .source_import import FILE_FILTER, FileDropFilter, SourceImporter
from .source_viewer import SourceViewer


class SourceSupport(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.importer = SourceImporter(window)
        self.viewer = SourceViewer(workers=window.workers)
        self.dock = QDockWidget("Source", window)
        self.dock.setObjectName("sourceViewerDock")
        self.dock.setWidget(self.viewer)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut("Ctrl+Shift+V")
        toggle.setStatusTip("Show or hide the source viewer")
        window.menu("View").addAction(toggle)
        self.import_action = window.add_action(
            "File",
            "&Import Source…",
            self.choose_files,
            "Ctrl+I",
            "Import a PDF, web page or capture, text, e-mail, document or image as a source",
        )
        self.import_action.setObjectName("actionImportSource")
        separator = getattr(window, "case_actions", None)
        separator = getattr(separator, "import_separator", None)
        if separator is not None:  # with import and export, above Quit
            window.menu("File").removeAction(self.import_action)
            window.menu("File").insertAction(separator, self.import_action)
        self.ocr_action = window.add_action(
            "File",
            "OCR &Language for Imports…",
            self.choose_ocr_language,
            None,
            "The language(s) of screenshots and scanned pages imported next (default: guessed)",
        )
        self.drops = FileDropFilter.install(window)
        self.drops.filesDropped.connect(self.importer.import_files)
        self._waiting: list[Path] = []

        window.caseChanged.connect(self._case_changed)
        window.changesApplied.connect(self._changes_applied)
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(lambda message: window.show_status(message))
        self.viewer.hopActivated.connect(self._hop_activated)
        self.viewer.newClaimFromSelection.connect(self.new_claim_from_selection)
        self.viewer.addHopFromSelection.connect(self.add_hop_from_selection)
        self.viewer.sourceEdited.connect(self._apply)
        self.viewer.claimFromSuggestion.connect(self.claim_from_suggestion)
        self.viewer.addSuggestion.connect(self.add_suggestion)
        self.viewer.failed.connect(lambda message: window.show_status(message))
        sources_view = getattr(window, "sources_view", None)
        if sources_view is not None and hasattr(sources_view, "button"):
            sources_view.button("&Read", "Show the source's text and page", self.read_selected)
        if window.case is not None:
            self._case_changed(window.case)
        threading.Thread(target=_prestart_readers, name="provdesk-readers", daemon=True).start()

    # -- import ---------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self.window, "Import Source")
        dialog.setObjectName("importSourceDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(FILE_FILTER)
        dialog.filesSelected.connect(self.importer.import_files)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_ocr_language(self) -> QInputDialog:
        dialog = ask_ocr_language(self.window, self.importer.ocr_language)

        def chosen(text: str) -> None:
            self.importer.ocr_language = ocr_choice(text)
            self.window.show_status(
                f"OCR language for imports: {self.importer.ocr_language or 'guessed'}"
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
        if created:
            self.window.show_status(f"Imported as source {source_id}")
        else:
            self.window.show_status(f"That file is already in the case as source {source_id}")
        self.show_source(source_id)

    # -- viewer ---------------------------------------------------------------------------

    def show_source(self, source_id: int, hop_id: int | None = None) -> None:
        self.dock.show()
        self.dock.raise_()
        self.viewer.show_source(source_id, hop_id=hop_id)

    def read_selected(self) -> None:
        selected = self.window.sources_view.selected()
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
        editor = getattr(self.window, "editor", None)
        if editor is None:
            self.window.show_status("Editing is not available in this window")
            return None
        return editor.claim_from_suggestion(source_id, suggestion)

    def add_suggestion(self, source_id: int, suggestion: Any) -> Any:
        editor = getattr(self.window, "editor", None)
        if editor is None:
            self.window.show_status("Editing is not available in this window")
            return None
        return editor.add_suggestion_to_claim(source_id, suggestion)


def _prestart_readers() -> None:
    from desktop.sources.sandbox import prestart

    with contextlib.suppress(Exception):  # the first import starts them otherwise
        prestart()


def add_source_support(window: QMainWindow) -> SourceSupport:
    return SourceSupport(window)
