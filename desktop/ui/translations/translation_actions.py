"""Source ▸ Link Translation… (the source shown is the translation; its original is chosen from
the case's other sources; the alignment is computed on a worker, then the link is one undoable
step), Source ▸ Aligned Translation (the side-by-side reading), and Claim ▸ Add Hop from the
Original (on a hop quoted from a translation)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QProgressDialog

from db import operations as ops
from db.queries import list_sources
from db.text.aligned_pair import Alignment
from db.text.alignment import AlignmentCancelled
from db.translations import stored_alignment
from db.unit_of_work import UnitOfWork

from ..editing.commands import CaseCommand, Runner
from .aligned_view import AlignedView

if TYPE_CHECKING:
    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow
    from ..sources.source_viewer import SourceViewer


class LinkTranslation(CaseCommand):
    def __init__(
        self,
        runner: Runner,
        translation: int,
        original: int,
        alignment: Alignment,
        before: int | None,
    ) -> None:
        super().__init__(runner, "Link Translation")
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
        super().__init__(runner, "Add Hop from the Original")
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

    def __init__(self, window: MainWindow, viewer: SourceViewer, editor: ClaimEditor) -> None:
        super().__init__(window)
        self.window, self.viewer, self.editor = window, viewer, editor
        self.view: AlignedView | None = None
        self.progress: QProgressDialog | None = None
        bind = window.action_registry.bind
        self.link_action = bind("source.link_translation", self.link_translation)
        self.aligned_action = bind("source.aligned_translation", self.show_aligned)
        self.original_hop_action = bind("claim.add_hop_from_original", self.add_hop_from_original)

    def link_translation(self) -> None:
        case = self.window.case
        translation = self.viewer.source.view if self.viewer.source else None
        if case is None or translation is None:
            self.window.show_status("Open the translation in the source viewer first")
            return
        with case.read() as session:
            others = [s for s in list_sources(session) if s.id != translation.id]
        if not others:
            self.window.show_status("The case has no other source to be its original")
            return
        labels = [
            f"#{s.id} {s.title or s.outlet or s.file_name} ({s.language or '?'})" for s in others
        ]
        label, ok = QInputDialog.getItem(
            self.window,
            "Link Translation",
            f"Source #{translation.id} is a translation of:",
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
            "Aligning the translation with its original…", "Cancel", 0, 0, self.window
        )
        progress.setObjectName("alignmentProgress")
        progress.setWindowTitle("Link Translation")
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
                self.window.show_status("Alignment cancelled: nothing was linked")
                return
            self.window.show_error(str(exc))

        self.window.workers.submit(work, done, failed)

    def show_aligned(self, translation: int | None = None) -> AlignedView | None:
        case = self.window.case
        if translation is None:
            translation = self.viewer.source.view.id if self.viewer.source else None
        if case is None or translation is None:
            return None
        with case.read() as session:
            alignment = stored_alignment(session, translation)
            views = {s.id: s for s in list_sources(session)}
        shown = views.get(translation)
        original = (
            views.get(shown.translated_from_id) if shown and shown.translated_from_id else None
        )
        if alignment is None or shown is None or original is None:
            self.window.show_status("This source is not linked to an original")
            return None
        self.view = AlignedView(
            alignment,
            original_title=original.title or original.outlet,
            translation_title=shown.title or shown.outlet,
            original_direction=original.direction,
            translation_direction=shown.direction,
            parent=self.window,
        )
        self.view.show()
        return self.view

    def add_hop_from_original(self) -> None:
        selected = self.editor.selected_hop()
        if selected is None:
            self.window.show_status("Select a hop quoted from a translation first")
            return
        _claim, hop = selected
        problem = self.editor.execute(AddHopFromOriginal(self.editor, hop.id, hop.relation))
        if problem:
            self.window.show_error(problem)
