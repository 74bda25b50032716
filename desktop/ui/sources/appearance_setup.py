"""Attaches "where else did this appear?" to the window, in one call after the source support:

    parts.appearances = AppearanceSupport(window, parts.sources, editor)  # window_setup

It adds File ▸ Import Folder… (Ctrl+Alt+I) and folder drops, Claim ▸ Where Else?…
(Ctrl+Alt+W: the selected hop's quote, else the claim's wording), "Where else?" in the context
menu of a selection in the source viewer, and the open claim's "Similar claims" tab with Merge into This Claim.
Merging and adding appearances as hops are undoable commands on the window's Edit stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.operations import remove_hop, restore_hop
from db.unit_of_work import Changes, UnitOfWork

from ..claim.merge_question import merge_question
from ..claim.similar_claims import SimilarClaimsView
from ..common import i18n
from ..common.placeholders import arg, counted
from ..editing.commands import CaseCommand, Runner
from .folder_import import FolderDropFilter, FolderImporter, status_line
from .where_else import WhereElseDialog

if TYPE_CHECKING:  # the appearance and similarity code is imported on first use
    from db.appearances import Appearance
    from db.operations.appearances import Chosen, ClaimMerge

    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow
    from .source_setup import SourceSupport


class MergeClaims(CaseCommand):
    """Merge claim `other` into `keep`; undo takes the merge back exactly."""

    def __init__(
        self, runner: Runner, keep: int, other: int, *, despite_differences: bool = False
    ) -> None:
        super().__init__(runner, QCoreApplication.translate("MergeClaims", "Merge Claims"))
        self.keep, self.other = keep, other
        self.despite_differences = despite_differences
        self.merged: ClaimMerge | None = None
        self.claim_id = keep

    def apply(self, uow: UnitOfWork) -> None:
        from db.operations.appearances import merge_claims

        self.merged = merge_claims(
            uow, self.keep, self.other, despite_differences=self.despite_differences
        )
        self.claim_id = self.keep

    def revert(self, uow: UnitOfWork) -> None:
        from db.operations.appearances import unmerge_claims

        assert self.merged is not None
        unmerge_claims(uow, self.merged)
        self.claim_id = self.keep


class AddAppearances(CaseCommand):
    """Add chosen appearances to a claim's chain as hops; undo removes them, redo puts the same
    hops back."""

    def __init__(
        self, runner: Runner, claim_id: int, chosen: Sequence[Chosen], relation: str
    ) -> None:
        super().__init__(
            runner, QCoreApplication.translate("AddAppearances", "Add Appearances as Hops")
        )
        self.claim_id = claim_id
        self.chosen = tuple(chosen)
        self.relation = relation
        self.added: tuple[int, ...] = ()
        self.removed: list[dict[str, Any]] = []

    def apply(self, uow: UnitOfWork) -> None:
        if self.removed:
            for state in reversed(self.removed):
                restore_hop(uow, state)
            self.removed = []
            return
        from db.operations.appearances import add_appearances_as_hops

        result = add_appearances_as_hops(uow, self.claim_id, self.chosen, relation=self.relation)
        self.added = result.hop_ids
        self.hop_id = result.hop_ids[0] if result.hop_ids else None

    def revert(self, uow: UnitOfWork) -> None:
        self.removed = [remove_hop(uow, hop_id) for hop_id in reversed(self.added)]
        self.hop_id = None


class AppearanceSupport(QObject):
    def __init__(self, window: MainWindow, sources: SourceSupport, editor: ClaimEditor) -> None:
        super().__init__(window)
        self.window = window
        self.sources = sources
        self.editor = editor
        self.dialog: WhereElseDialog | None = None
        self.question: QMessageBox | None = None

        # -- folder import
        self.folders = FolderImporter(window)
        self.folder_action = window.action_registry.bind("file.import_folder", self.choose_folder)
        self.drops = FolderDropFilter.install(window)
        self.drops.foldersDropped.connect(self.folders.import_paths)
        self.folders.finished.connect(self._folder_imported)
        self.folders.failed.connect(lambda message: window.show_status(message))

        # -- where else?
        self.where_action = window.action_registry.bind("claim.where_else", self.where_else)
        viewer = sources.viewer
        action = QAction(self.tr("&Where else?"), viewer)
        action.setObjectName("whereElseFromSelection")
        action.triggered.connect(self.where_else_selection)
        viewer.text_view.addAction(action)
        self.viewer_action: QAction | None = action

        # -- similar claims
        self.similar = SimilarClaimsView()
        self.similar_tab = window.detail.tabs.addTab(self.similar, self.tr("&Similar claims"))
        self.similar.countChanged.connect(self._similar_count)
        self.similar.openClaim.connect(window.select_claim)
        self.similar.mergeRequested.connect(self.ask_merge)
        window.events.claimOpened.connect(self.similar.show_claim)
        window.events.caseChanged.connect(self._case_changed)
        window.events.changesApplied.connect(self._changes_applied)
        if window.case is not None:
            self._case_changed(window.case)

    # -- case ---------------------------------------------------------------------------------

    def _case_changed(self, case: Any) -> None:
        self.folders.set_case(case)
        self.similar.set_case(case, self.window.workers)

    def _changes_applied(self, changes: Changes) -> None:
        shown = self.window.detail.detail
        if shown is not None and changes.claims:
            self.similar.show_claim(shown.id)

    def _similar_count(self, count: int) -> None:
        tabs = self.window.detail.tabs
        at = tabs.indexOf(self.similar)
        tabs.setTabText(
            at,
            self.tr("&Similar claims (%1)").replace("%1", i18n.with_digits(str(count)))
            if count
            else self.tr("&Similar claims"),
        )
        found = self.similar.current
        same = [s for s in found.found if s.same] if found is not None else []
        if same:  # a claim just created or edited may already be in the case
            self.window.show_status(
                arg(
                    self.tr("Claim %1 is probably the same claim (%2 alike): see Similar claims"),
                    same[0].claim_id,
                    f"{same[0].similarity:.0%}",
                )
            )

    # -- folder import ------------------------------------------------------------------------

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Import Folder"))
        dialog.setObjectName("importFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.folders.import_paths([path]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _folder_imported(self, summary: Any, changes: Changes) -> None:
        if changes:
            self.window.apply_changes(changes)
        self.window.show_status(status_line(summary))

    # -- where else? --------------------------------------------------------------------------

    def where_else(self) -> WhereElseDialog | None:
        """Trace the selected hop's quote, else the open claim's wording."""
        detail = self.window.detail.detail
        if self.window.case is None or detail is None:
            self.window.show_status(self.tr("Select a claim first"))
            return None
        hop = self.window.detail.current_hop()
        claim_id = self.window.current_claim_id()
        if hop is not None and hop.quote.strip():
            return self.open_trace(
                hop.quote,
                claim_id,
                self.tr("hop %1's quote").replace("%1", i18n.with_digits(str(hop.id))),
            )
        return self.open_trace(detail.text, claim_id, self.tr("this claim's wording"))

    def where_else_selection(self) -> WhereElseDialog | None:
        viewer = self.sources.viewer
        text = viewer.text_view.selected_text()
        if not text.strip():
            self.window.show_status(self.tr("Select words in the source first"))
            return None
        return self.open_trace(text, self.window.current_claim_id(), self.tr("the selection"))

    def open_trace(self, text: str, claim_id: int | None, what: str) -> WhereElseDialog:
        if self.dialog is not None:
            self.dialog.close()
        writable = claim_id is not None and not self.window.read_only
        dialog = WhereElseDialog(
            self.window,
            self.window.case,
            self.window.workers,
            text,
            claim_id=claim_id if writable else None,
            what=what,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addHops.connect(self.add_hops)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_hops(self, claim_id: int, chosen: list[Appearance], relation: str) -> None:
        from db.operations.appearances import Chosen

        picks = [Chosen(a.source_id, a.start, a.end, a.note) for a in chosen]
        problem = self.editor.execute(AddAppearances(self.editor, claim_id, picks, relation))
        if problem:
            self.window.show_error(problem)
        elif self.dialog is not None:
            self.window.show_status(
                counted(self.tr("Added %n appearance(s) to claim %1", "", len(picks)), claim_id)
            )
            self.dialog.accept()

    # -- merge --------------------------------------------------------------------------------

    def ask_merge(self, keep: int, other: int) -> QMessageBox:
        differences = self.similar.differences_with(other)
        box = merge_question(self.window, keep, other, differences)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is yes:
                self.merge(keep, other, despite_differences=bool(differences))

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()
        return box

    def merge(self, keep: int, other: int, *, despite_differences: bool = False) -> None:
        if self.window.read_only:
            self.window.show_status(self.tr("Read-only: you may read this case but not change it"))
            return
        command = MergeClaims(self.editor, keep, other, despite_differences=despite_differences)
        problem = self.editor.execute(command)
        if problem:
            self.window.show_error(problem)
        else:
            self.window.show_status(arg(self.tr("Claim %1 merged into claim %2"), other, keep))
