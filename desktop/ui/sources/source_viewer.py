"""The source viewer: a source's stored text with every hop's quote highlighted, the real page
for PDFs, the image for text recognised by OCR (the quote lit on it), and actions on a
selection.

Signals for the window:

- `hopActivated(hop_id)`: the reviewer clicked a highlighted quote.
- `newClaimFromSelection(source_id, spans, text)` / `addHopFromSelection(source_id, spans,
  text)`: the reviewer chose the action with text selected; `spans` is a list of
  `db.text.spans.Span` with their pages, `text` the selected words (" … " between spans).
- `loaded(source_id)` once a source is shown; `failed(message)` when it could not be loaded or
  opened (the message is also shown in the viewer).
- `claimFromSuggestion(source_id, suggestion)` / `addSuggestion(source_id, suggestion)`: the
  reviewer chose a suggestion of the Suggestions panel (below the text) to create a claim from,
  or to add to the open claim.

Loading (the text, the hops and a PDF's bytes) runs on a worker, never on the GUI thread (or
was done already: `offer(loaded)`, the import's worker reads the source it stored); the
suggestions are analysed once the text is all in.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget

from db.case import Case
from db.errors import CaseError
from db.text.direction import isolate
from db.text.spans import Span

from ..common.placeholders import arg
from ..common.workers import Workers, next_pass
from .source_details import LoadedSource, describe, load_source
from .source_page import SourcePage, SourceScan, page_images
from .source_text import SourceText
from .suggestions_panel import SuggestionsPanel


class SourceViewer(QWidget):
    hopActivated = Signal(int)
    newClaimFromSelection = Signal(int, object, str)
    addHopFromSelection = Signal(int, object, str)
    loaded = Signal(int)
    failed = Signal(str)
    originalOpened = Signal(str)
    sourceEdited = Signal(object)  # Changes, after the reviewer corrected the details
    claimFromSuggestion = Signal(int, object)
    addSuggestion = Signal(int, object)

    def __init__(self, parent: QWidget | None = None, *, workers: Workers | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.workers = workers or Workers(self)
        self.case: Case | None = None
        self.source: LoadedSource | None = None
        self._pending_hop: int | None = None
        self._generation = 0
        #: A source read elsewhere (the import's worker) for the next `show_source` of it.
        self._offered: LoadedSource | None = None

        self.title = QLabel()
        self.title.setObjectName("sourceTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("sourceFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)  # a long facts line must not widen the dock
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setObjectName("sourceIncomplete")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("background: #fde2e1; color: #7a1c16; padding: 4px;")
        self.warning.hide()
        self.message = QLabel()
        self.message.setObjectName("sourceMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.text_view = SourceText(self)
        self.page_view = SourcePage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.text_view, self.tr("&Text"))
        self.tabs.addTab(self.page_view, self.tr("&Page"))
        self._offer(1, False)
        self.scan_view = SourceScan(self)
        self.tabs.addTab(self.scan_view, self.tr("&Image (OCR)"))
        self._offer(2, False)

        self.new_claim_action = QAction(self.tr("New &claim from selection"), self)
        self.new_claim_action.setObjectName("newClaimFromSelection")
        self.new_claim_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_hop_action = QAction(self.tr("Add &hop from selection"), self)
        self.add_hop_action.setObjectName("addHopFromSelection")
        self.add_hop_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.open_original_action = QAction(self.tr("Open &original"), self)
        self.open_original_action.setObjectName("openOriginal")
        self.open_original_action.setToolTip(
            self.tr("Write the evidence file to a cache file, check its SHA-256 and open it")
        )
        self.details_action = QAction(self.tr("Edit &details…"), self)
        self.details_action.setObjectName("editSourceDetails")
        tip = self.tr("Correct the title, outlet, date, language or direction")
        self.details_action.setToolTip(tip)
        self.details_action.triggered.connect(self.edit_details)
        self.recognise_action = QAction(self.tr("Recognise &again…"), self)
        self.recognise_action.setObjectName("recogniseAgain")
        self.recognise_action.setToolTip(self.tr("Read the image again by OCR in another language"))
        self.recognise_action.triggered.connect(self.recognise_again)
        for action in self._actions():
            action.setEnabled(False)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.new_claim_action.triggered.connect(self._new_claim)
        self.add_hop_action.triggered.connect(self._add_hop)
        self.open_original_action.triggered.connect(self.open_original)
        self.toolbar = QToolBar(self)
        self.toolbar.addActions(self._actions())
        self.text_view.addActions([self.new_claim_action, self.add_hop_action])
        self.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.text_view.selectionChanged.connect(self._selection_changed)
        self.text_view.hopActivated.connect(self._hop_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.toolbar)
        self.suggestions = SuggestionsPanel(self, workers=self.workers)
        self.suggestions.highlight.connect(self._show_attribution)
        self.suggestions.createRequested.connect(self.claimFromSuggestion)
        self.suggestions.addRequested.connect(self.addSuggestion)
        self.text_view.whole.connect(self._text_whole)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName("sourceSuggestionsSplit")
        self.split.addWidget(self.tabs)
        self.split.addWidget(self.suggestions)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout.addWidget(self.split, 1)

    # -- loading --------------------------------------------------------------------------

    #: The reviewer may only read the case (set by the team actions): no details dialog.
    read_only = False

    def set_case(self, case: Case | None) -> None:
        self.case = case
        self.clear()

    def clear(self) -> None:
        self._generation += 1
        self.source = None
        self.title.clear()
        self.facts.clear()
        self.warning.hide()
        self.message.hide()
        self.text_view.set_source("", (), "ltr", ())
        self.suggestions.clear()
        self._offer(1, False)
        self._offer(2, False)
        for action in self._actions():
            action.setEnabled(False)

    def _actions(self) -> list[QAction]:
        return [
            self.new_claim_action,
            self.add_hop_action,
            self.open_original_action,
            self.details_action,
            self.recognise_action,
        ]

    @property
    def source_id(self) -> int | None:
        return self.source.view.id if self.source else None

    def offer(self, loaded: LoadedSource) -> None:
        """A source already read off the GUI thread (the import's worker reads the source it
        stored): the next `show_source` of it shows this instead of reading it again."""
        self._offered = loaded

    def show_source(self, source_id: int, *, hop_id: int | None = None) -> None:
        """Load a source (on a worker) and show it; with `hop_id`, go to that hop's quote."""
        if self.case is None:
            return
        if self.source is not None and self.source.view.id == source_id:
            if hop_id is not None:
                self.show_hop(hop_id)
            return
        offered, self._offered = self._offered, None
        if offered is not None and offered.view.id == source_id:
            self._generation += 1
            self._pending_hop = hop_id
            self._loaded(self._generation, offered)
            return
        self._load(source_id, hop_id)

    def reload(self) -> None:
        """Show the current source again (after its hops or metadata changed)."""
        if self.source is not None:
            self._load(self.source.view.id, None)

    def _load(self, source_id: int, hop_id: int | None) -> None:
        case = self.case
        if case is None:
            return
        self._offered = None
        self._generation += 1
        generation = self._generation
        self._pending_hop = hop_id
        self.message.setText(self.tr("Loading…"))
        self.message.show()
        self.workers.submit(
            lambda: load_source(case, source_id),
            lambda loaded: self._loaded(generation, loaded),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, loaded: LoadedSource) -> None:
        if generation != self._generation:
            return
        self.source = loaded
        view = loaded.view
        self.title.setText(view.title or view.file_name or arg(self.tr("Source %1"), view.id))
        self.facts.setText(describe(view))
        warnings = []
        if view.incomplete:
            missing = ", ".join(map(str, view.missing_pages)) or self.tr("not known")
            why = "; ".join(view.problems)
            warnings.append(
                self.tr(
                    "Only part of this file could be read: it is marked incomplete. "
                    "Missing pages: %1."
                ).replace("%1", missing)
                + (f" ({why})" if why else "")
            )
        if view.encoding_doubtful:
            warnings.append(
                self.tr(
                    "Check the encoding: the file was %1. If the text looks wrong, read it "
                    "again in the right encoding (Read in Another Encoding…); this reading "
                    "stays in the source's history."
                ).replace("%1", view.encoding_note)
            )
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.message.hide()
        attribution = self.text_view.attribution
        same = self.suggestions.source_id == view.id
        if not (same and attribution) and self.case is not None:
            # Analysed once the text is all in (`_text_whole`), not while it is laid out.
            self.suggestions.load(self.case, view.id, start=False)
        self.text_view.set_source(loaded.text, loaded.page_starts, view.direction, loaded.hops)
        if same and attribution:  # a reload (hops changed): keep the suggestion shown
            self.text_view.attribution = attribution
            self.text_view.set_hops(loaded.hops)
        has_pdf = loaded.pdf is not None and self.page_view.load_bytes(loaded.pdf)
        self._offer(1, bool(has_pdf))
        # A scanned PDF's pages are drawn from QtPdf's document: opened now for them only.
        scanned_pdf = has_pdf and bool(loaded.scans) and self.page_view.document_ready()
        document = self.page_view.document if scanned_pdf else None
        self.scan_view.set_pages(loaded.scans, page_images(loaded.image, document))
        self._offer(2, bool(loaded.scans))
        self.recognise_action.setEnabled(bool(loaded.scans))
        self.open_original_action.setEnabled(view.evidence_sha256 is not None)
        self.details_action.setEnabled(True)
        self._selection_changed()
        if self._pending_hop is not None:
            self.show_hop(self._pending_hop)
            self._pending_hop = None
        # The other rooms' readings of the source (translations, versions: their workers)
        # start in the next pass of the event loop, after this one's frame. The timer holds
        # the viewer weakly: a viewer nobody else holds goes with it, not inside its timeout.
        announce = weakref.WeakMethod(self._announce_loaded)
        source_id = view.id
        next_pass(
            self, lambda: (method := announce()) is not None and method(generation, source_id)
        )

    def _announce_loaded(self, generation: int, source_id: int) -> None:
        if generation == self._generation:  # not another source since
            self.loaded.emit(source_id)

    def _text_whole(self) -> None:
        # In a turn of its own: the window paints the text before the analysis starts.
        next_pass(self.suggestions, self.suggestions.start)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        text = self.tr("cannot show the source: %1").replace("%1", str(exc))
        self.show_message(str(exc) if isinstance(exc, CaseError) else text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    # -- other readings -------------------------------------------------------------------

    def _offer(self, index: int, offered: bool) -> None:
        """A reading's tab shown and enabled only where the source has it (a page, a scan, a
        translation's original), so the tabs a source has fit beside Text in every language."""
        self.tabs.setTabEnabled(index, offered)
        self.tabs.setTabVisible(index, offered)

    def add_reading(self, widget: QWidget, label: str) -> None:
        """Another room's reading of the source shown (a tab beside Text and Page; the side-by-
        side reading of a translation), off until `set_reading(widget, True)`."""
        self._offer(self.tabs.addTab(widget, label), False)

    def add_notice(self, widget: QWidget) -> None:
        """Another room's notice about the source shown, above the toolbar (hidden by its room)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.toolbar), widget)

    def set_reading(self, widget: QWidget, enabled: bool, *, show: bool = False) -> None:
        index = self.tabs.indexOf(widget)
        self._offer(index, enabled)
        if enabled and show:
            self.tabs.setCurrentIndex(index)
        elif not enabled and self.tabs.currentIndex() == index:
            self.tabs.setCurrentIndex(0)

    # -- suggestions ----------------------------------------------------------------------

    def _show_attribution(self, source: object, cue: object, content: object) -> None:
        self.tabs.setCurrentIndex(0)
        self.text_view.show_attribution(source, cue, content)  # type: ignore[arg-type]

    # -- hops -----------------------------------------------------------------------------

    def show_hop(self, hop_id: int) -> None:
        """Scroll the text to a hop's quote and, for a PDF, show its page with the quote."""
        span = self.text_view.show_hop(hop_id)
        if span is None or self.source is None:
            return
        hop = next(h for h in self.source.hops if h.id == hop_id)
        if self.source.scans and self.scan_view.show_span(span.start, span.end):
            self.tabs.setCurrentWidget(self.scan_view)
        elif self.tabs.isTabEnabled(1):
            quote = self.source.text[span.start : span.end] or hop.quote
            self.page_view.show_quote(span.page, quote)

    def _hop_clicked(self, hop_id: int) -> None:
        self.show_hop(hop_id)
        self.hopActivated.emit(hop_id)

    # -- selection ------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        has = bool(self.source) and bool(self.text_view.selected_spans())
        self.new_claim_action.setEnabled(has)
        self.add_hop_action.setEnabled(has)

    def _selection(self) -> tuple[int, list[Span], str] | None:
        spans = self.text_view.selected_spans()
        if self.source is None or not spans:
            return None
        return self.source.view.id, spans, self.text_view.selected_text()

    def _new_claim(self) -> None:
        selection = self._selection()
        if selection is not None:
            self.newClaimFromSelection.emit(*selection)

    def _add_hop(self) -> None:
        selection = self._selection()
        if selection is not None:
            self.addHopFromSelection.emit(*selection)

    # -- details --------------------------------------------------------------------------

    def edit_details(self) -> QWidget | None:
        """Open the details dialog (returns it); saving reloads the viewer."""
        if self.case is None or self.source is None:
            return None
        if self.read_only:
            self.show_message(self.tr("Read-only: you may read this case but not change it"))
            return None
        from .source_details import SourceDetailsDialog

        dialog = SourceDetailsDialog(self, self.case, self.source.view, self.workers)
        dialog.saved.connect(self._details_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _details_saved(self, changes: object) -> None:
        self.reload()
        self.sourceEdited.emit(changes)

    def recognise_again(self) -> None:
        """Refused for now: a second reading would be a new version of the source's text."""
        if self.source is not None:
            self.show_message(
                arg(
                    self.tr(
                        "Source %1 was recognised in %2. Reading it again in another language "
                        "makes a new version of its text, which needs source versions (not yet "
                        "in this version of Provenance Desk)."
                    ),
                    self.source.view.id,
                    self.source.view.ocr_language,
                )
            )

    # -- original -------------------------------------------------------------------------

    def open_original(self) -> None:
        """Write the evidence file to the cache (hash checked) and open it in the system's
        viewer; the writing runs on a worker."""
        if self.case is None or self.source is None:
            return
        from desktop.sources import export_evidence

        case, source_id = self.case, self.source.view.id
        self.workers.submit(
            lambda: export_evidence(case, source_id), self._open_path, self._open_failed
        )

    def _open_path(self, path: Path) -> None:
        self.originalOpened.emit(str(path))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_message(
                arg(
                    self.tr("no program on this computer opens %1; it is at %2"),
                    isolate(path.name),
                    isolate(str(path)),
                )
            )

    def _open_failed(self, exc: BaseException) -> None:
        text = self.tr("cannot open: %1").replace("%1", str(exc))
        self.show_message(str(exc) if isinstance(exc, CaseError) else text)
