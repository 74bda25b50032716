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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QStyle

from db.text.spans import Span
from db.unit_of_work import Changes
from desktop import preferences

from ..common import i18n
from ..common.workers import next_pass
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
        self.room = DockRoom(window, self.dock)
        window.action_registry.provide("view.source", self.dock.toggleViewAction())
        self.import_action = window.action_registry.bind("file.import_source", self.choose_files)
        self.ocr_action = window.action_registry.bind("file.ocr_language", self.choose_ocr_language)
        self.drops = FileDropFilter.install(window)
        self.drops.filesDropped.connect(self.importer.import_files)
        self._waiting: list[Path] = []

        window.events.caseChanged.connect(self._case_changed)
        window.events.changesApplied.connect(self._changes_applied)
        window.events.readOnlyChanged.connect(self._read_only)
        self.importer.read.connect(self.viewer.offer)
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
        # The dock's widgets are polished and shown once as the window starts (a pass of its
        # own), so that its first opening at an import's end costs what a later one does.
        next_pass(self, self.room.warm_up)

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
        next_pass(self, lambda: self._show_imported(source_id, created))

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
        if self.dock.isHidden():
            # The window makes room for the dock and paints all but the viewer in one pass of
            # the event loop, the viewer is painted in the next, and filled in the one after.
            self.viewer.setUpdatesEnabled(False)
            self.room.open()
            next_pass(self, lambda: self._fill_dock(source_id, hop_id))
            return
        self.dock.raise_()
        self.viewer.show_source(source_id, hop_id=hop_id)

    def _fill_dock(self, source_id: int, hop_id: int | None) -> None:
        self.viewer.setUpdatesEnabled(True)  # painted in this pass, filled in the next
        next_pass(self, lambda: self.viewer.show_source(source_id, hop_id=hop_id))

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


#: The source dock's width the first time it opens, as a share of the window's width.
DOCK_SHARE = 0.38
#: The claim pane keeps at least this much of its width when the source dock opens beside it
#: (its chain diagram and hop table stay readable): the claim list gives way first.
CLAIM_PANE_FLOOR = 480
#: The source dock's width as the reviewer last left it, in thousandths of the window's width
#: (0: never opened).
DOCK_SHARE_SAVED = preferences.Setting("window/sourceDockShare", 0)


class DockRoom(QObject):
    """Room for the source dock beside the claim list and the claim pane (`window.splitter`).

    When the dock opens, the claim pane keeps the width the reviewer gave it as far as the
    window allows: the claim list gives way first (down to its smallest), then the pane down
    to CLAIM_PANE_FLOOR, and the dock gets its last width (QSettings) or what is left, at
    least its own smallest (its width is kept as a share of the window's). When the dock closes, the list and the pane get back the split the
    reviewer had, and that split, not the one the dock squeezed, is what the window saves
    when it closes with the dock open. A split the reviewer drags while the dock is open is
    theirs from then on (the claim pane's width is kept when the dock closes)."""

    def __init__(self, window: MainWindow, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.window, self.dock, self.splitter = window, dock, window.splitter
        #: The reviewer's split of the list and the pane without the dock.
        self.reviewer_sizes: list[int] | None = None
        #: Shown and hidden again while the window is idle (`warm_up`): not the reviewer's.
        self._warming = False
        #: The claim pane's width to give back at the resize the dock's closing makes.
        self._give_back: int | None = None
        #: The splitter's stretch factors while the dock opens (the list gives way first).
        self._stretch: tuple[int, int] | None = None
        self._settled = QTimer(self)  # the resizes of one opening are over by then
        self._settled.setSingleShot(True)
        self._settled.setInterval(300)
        self._settled.timeout.connect(self._restore_stretch)
        self.splitter.installEventFilter(self)
        self.splitter.splitterMoved.connect(self._dragged)
        dock.installEventFilter(self)
        window.installEventFilter(self)

    def open(self) -> None:
        """Show the dock (hidden now) with room made for it as the class says, laid out in
        this pass of the event loop (the window's repaint is the next)."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or not self.window.isVisible():
            self.dock.show()
            return
        self.reviewer_sizes = sizes
        listed, pane = sizes
        separator = self.window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        smallest = self.dock.minimumSizeHint().width()
        share = preferences.get(DOCK_SHARE_SAVED) / 1000 or DOCK_SHARE
        wanted = round(self.window.width() * share)
        needed = max(wanted, smallest) + separator
        list_floor = self.splitter.widget(0).minimumSizeHint().width()
        pane_floor = max(
            self.splitter.widget(1).minimumSizeHint().width(), min(pane, CLAIM_PANE_FLOOR)
        )
        from_list = min(needed, max(0, listed - list_floor))
        from_pane = min(needed - from_list, max(0, pane - pane_floor))
        # The splitter shrinks the list first, then the pane: stretch 1 and 0 while it opens.
        self._restore_stretch()
        self._stretch = (self._stretch_of(0), self._stretch_of(1))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._settled.start()
        self.dock.show()
        width = max(smallest, from_list + from_pane - separator)
        self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        layout = self.window.layout()
        if layout is not None:
            layout.activate()

    def warm_up(self) -> None:
        """Show the hidden dock and hide it again in one call, before any layout or paint
        (nothing changes on screen): its widgets get their polish, fonts and first show
        events now, while the window is idle, which made about half of the dock's first
        opening at an import's end."""
        if not self.dock.isHidden() or not self.window.isVisible():
            return
        content, sizes = self.dock.widget(), self.splitter.sizes()
        self._warming = True
        content.setUpdatesEnabled(False)
        try:
            self.dock.show()
            self.dock.hide()
        finally:
            content.setUpdatesEnabled(True)
            self._warming = False
        layout = self.window.layout()
        if layout is not None:  # the room the dock took is given back now, not in a later pass
            layout.activate()
        if self.splitter.sizes() != sizes:
            self.splitter.setSizes(sizes)

    def _save_share(self) -> None:
        if self.window.width() > 0:
            share = round(1000 * self.dock.width() / self.window.width())
            preferences.put(DOCK_SHARE_SAVED, min(900, max(1, share)))

    def _stretch_of(self, index: int) -> int:
        return self.splitter.widget(index).sizePolicy().horizontalStretch()

    def _restore_stretch(self) -> None:
        if self._stretch is not None:
            for index, stretch in enumerate(self._stretch):
                self.splitter.setStretchFactor(index, stretch)
            self._stretch = None

    def _dragged(self, _pos: int, _index: int) -> None:
        if self.dock.isVisible() and self.reviewer_sizes is not None:
            self.reviewer_sizes = [self.reviewer_sizes[0], self.splitter.sizes()[1]]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.splitter and kind == QEvent.Type.Resize and self._give_back:
            # The splitter has its new width already; its children do not yet.
            pane, self._give_back = self._give_back, None
            total = self.splitter.contentsRect().width() - self.splitter.handleWidth()
            least = self.splitter.widget(0).minimumSizeHint().width()
            self.splitter.setSizes([max(least, total - pane), min(pane, total - least)])
        elif (
            watched is self.dock
            and kind == QEvent.Type.Hide
            and self.dock.isHidden()
            and not self._warming
        ):
            self._save_share()
            if self.reviewer_sizes is not None:
                self._give_back = self.reviewer_sizes[1]
        elif watched is self.window and kind == QEvent.Type.Close and self.dock.isVisible():
            # The window saves its split as it closes: the reviewer's, not the squeezed one.
            self._save_share()
            if self.reviewer_sizes is not None:
                self.splitter.setSizes(self.reviewer_sizes)
        return False


def _prestart_readers() -> None:
    from desktop.sources.sandbox import prestart

    with contextlib.suppress(Exception):  # the first import starts them otherwise
        prestart()
