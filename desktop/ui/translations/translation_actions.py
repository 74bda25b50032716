"""Source ▸ Link Translation… (the source shown is the translation; its original is chosen from
the case's other sources; the alignment is computed on a worker, then the link is one undoable
step), Source ▸ Aligned Translation (the source viewer's side-by-side reading of a linked
source, loaded on a worker whenever the viewer shows a source), and Claim ▸ Add Hop from the
Original (on a hop quoted from a translation)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QProgressDialog

from db import operations as ops
from db.queries import list_sources
from db.text.aligned_pair import Alignment
from db.text.alignment import AlignmentCancelled
from db.translations import ReadingPair, reading_pair
from db.unit_of_work import UnitOfWork

from ..common import i18n
from ..editing.commands import CaseCommand, Runner
from .aligned_reading import AlignedReading
from .proposals import Proposals

if TYPE_CHECKING:
    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow
    from ..sources.source_setup import SourceSupport


class LinkTranslation(CaseCommand):
    def __init__(
        self,
        runner: Runner,
        translation: int,
        original: int,
        alignment: Alignment,
        before: int | None,
    ) -> None:
        super().__init__(runner, QCoreApplication.translate("LinkTranslation", "Link Translation"))
        self.translation, self.original, self.alignment, self.before = (
            translation,
            original,
            alignment,
            before,
        )
        self.warning = ""

    def apply(self, uow: UnitOfWork) -> None:
        linked = ops.link_translation(
            uow, self.translation, self.original, alignment=self.alignment
        )
        self.warning = linked.warning

    def revert(self, uow: UnitOfWork) -> None:
        if self.before is None:
            ops.unlink_translation(uow, self.translation)
        else:
            ops.link_translation(uow, self.translation, self.before)


class AddHopFromOriginal(CaseCommand):
    def __init__(self, runner: Runner, hop_id: int, relation: str) -> None:
        super().__init__(
            runner, QCoreApplication.translate("AddHopFromOriginal", "Add Hop from the Original")
        )
        self.hop_id, self.relation = hop_id, relation
        self.added: int | None = None
        self.removed: dict[str, Any] | None = None

    def apply(self, uow: UnitOfWork) -> None:
        if self.removed is None:
            self.added = ops.add_hop_from_original(uow, self.hop_id).hop_id
        else:
            ops.restore_hop(uow, self.removed)
            ops.edit_hop(uow, self.hop_id, relation="translated")
        self.hop_id_shown = self.added

    def revert(self, uow: UnitOfWork) -> None:
        assert self.added is not None
        self.removed = ops.remove_hop(uow, self.added)
        if self.relation != "translated":
            ops.edit_hop(uow, self.hop_id, relation=self.relation)


class TranslationActions(QObject):
    """The actions of this room; `editor` runs their changes as undoable commands."""

    def __init__(self, window: MainWindow, sources: SourceSupport, editor: ClaimEditor) -> None:
        super().__init__(window)
        self.window, self.sources, self.editor = window, sources, editor
        self.viewer = viewer = sources.viewer
        self.reading = AlignedReading()
        viewer.add_reading(self.reading, self.tr("&Side by Side"))
        viewer.loaded.connect(self._load_reading)
        viewer.text_view.selectionChanged.connect(self._text_selected)
        self.reading.chooser.chosen.connect(self._choose_pair)
        #: The pair the reviewer chose for a source (its translation's id), by source.
        self._chosen: dict[int, int] = {}
        window.events.changesApplied.connect(self._changes_applied)
        window.events.caseChanged.connect(self._case_changed)
        #: The source whose reading to show once it is loaded (after Link or the action).
        self._show_for: int | None = None
        self.progress: QProgressDialog | None = None
        bind = window.action_registry.bind
        self.link_action = bind("source.link_translation", self.link_translation)
        self.aligned_action = bind("source.aligned_translation", self.show_aligned)
        self.original_hop_action = bind("claim.add_hop_from_original", self.add_hop_from_original)
        self.proposals = Proposals(self)

    def link_translation(self) -> None:
        case = self.window.case
        translation = self.viewer.source.view if self.viewer.source else None
        if case is None or translation is None:
            self.window.show_status(self.tr("Open the translation in the source viewer first"))
            return
        with case.read() as session:
            others = [s for s in list_sources(session) if s.id != translation.id]
        if not others:
            self.window.show_status(self.tr("The case has no other source to be its original"))
            return
        labels = [
            f"#{s.id} {s.title or s.outlet or s.file_name} ({s.language or '?'})" for s in others
        ]
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("Link Translation"),
            self.tr("Source #%1 is a translation of:").replace(
                "%1", i18n.with_digits(str(translation.id))
            ),
            labels,
            0,
            False,
        )
        if ok:
            self.link(translation.id, others[labels.index(label)].id)

    def link(self, translation: int, original: int) -> None:
        """Align on a worker (a Cancel button stops a long pair), then link as one undoable step
        and show the aligned pair."""
        case = self.window.case
        if case is None:
            return
        stop = threading.Event()
        before = self.viewer.source.view.translated_from_id if self.viewer.source else None
        progress = self.progress = QProgressDialog(
            self.tr("Aligning the translation with its original…"),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        progress.setObjectName("alignmentProgress")
        progress.setWindowTitle(self.tr("Link Translation"))
        progress.canceled.connect(stop.set)
        progress.show()

        def work() -> Alignment:
            with case.read() as session:
                return ops.compute_alignment(
                    session, translation, original, progress=lambda _d, _t: not stop.is_set()
                )

        def done(alignment: Alignment) -> None:
            progress.reset()
            command = LinkTranslation(self.editor, translation, original, alignment, before)
            problem = self.editor.execute(command)
            if problem:
                self.window.show_error(problem)
                return
            if command.warning:
                self.window.show_status(command.warning)
            self.show_aligned(translation)

        def failed(exc: BaseException) -> None:
            progress.reset()
            if isinstance(exc, AlignmentCancelled):
                self.window.show_status(self.tr("Alignment cancelled: nothing was linked"))
                return
            self.window.show_error(str(exc))

        self.window.workers.submit(work, done, failed)

    def show_aligned(self, translation: int | None = None) -> None:
        """Split the source viewer: the source shown (or `translation`) beside its original or
        its translation, sentence against sentence."""
        shown = self.viewer.source_id
        source = translation if translation is not None else shown
        if source is None:
            self.window.show_status(
                self.tr("Open a translation or its original in the source viewer")
            )
            return
        self._show_for = source
        self.sources.show_source(source)  # the dock shown; a new source's reading loads with it
        if source == shown:
            self._load_reading(source)

    def _load_reading(self, source_id: int) -> None:
        case = self.window.case
        if case is None:
            return

        chosen = self._chosen.get(source_id)

        def work() -> ReadingPair | None:
            with case.read() as session:
                return reading_pair(session, source_id, chosen)

        self.window.workers.submit(
            work,
            lambda pair: self._reading_loaded(source_id, pair),
            lambda exc: self.window.show_error(self.tr("cannot align: %1").replace("%1", str(exc))),
        )

    def _reading_loaded(self, source_id: int, pair: ReadingPair | None) -> None:
        if self.viewer.source_id != source_id:
            return  # the viewer moved on
        wanted = self._show_for == source_id
        if pair is None:
            self.reading.clear()
            self.viewer.set_reading(self.reading, False)
            if wanted:
                self._show_for = None
                self.window.show_status(
                    self.tr("This source is not linked to an original or a translation")
                )
            return
        self.reading.set_pair(pair)
        self.viewer.set_reading(self.reading, True, show=wanted)
        if wanted:
            self._show_for = None

    def _case_changed(self, _case: object) -> None:
        self.reading.clear()
        self._chosen.clear()

    def _changes_applied(self, _changes: object) -> None:
        shown = self.viewer.source_id
        if shown is not None:
            self._load_reading(shown)

    def _choose_pair(self, translation_id: int) -> None:
        shown = self.viewer.source_id
        if shown is not None:
            self._chosen[shown] = translation_id
            self._show_for = shown
            self._load_reading(shown)

    def _text_selected(self) -> None:
        """A selection in the viewer's Text tab selects the same text in the side-by-side
        reading, which highlights its counterpart there."""
        reading, shown = self.reading, self.viewer.source_id
        spans = self.viewer.text_view.selected_spans()
        if not spans or reading.alignment is None or shown is None:
            return
        if shown in (reading.translation_id, reading.original_id):
            side = "translation" if shown == reading.translation_id else "original"
            reading.select_span(side, spans[0].start, spans[-1].end)

    def add_hop_from_original(self) -> None:
        selected = self.editor.selected_hop()
        if selected is None:
            self.window.show_status(self.tr("Select a hop quoted from a translation first"))
            return
        _claim, hop = selected
        problem = self.editor.execute(AddHopFromOriginal(self.editor, hop.id, hop.relation))
        if problem:
            self.window.show_error(problem)
