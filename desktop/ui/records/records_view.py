"""The Actors and Sources views: docks beside the claim list, to rename actors, keep their
aliases, merge duplicates, and correct a source's metadata."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import CaseError, VersionConflict
from db.text.direction import isolate

from ..claim.meaning_words import fill
from ..common.submit_dialog import SubmitDialog
from .record_dialogs import ActorDialog, MergeDialog, SourceDialog
from .record_models import ActorTableModel, RecordTableModel, SourceTableModel

if TYPE_CHECKING:
    from db.unit_of_work import Changes

    from ..editing.commands import CaseCommand
    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow


class RecordDock(QDockWidget):
    def __init__(
        self, window: MainWindow, editor: ClaimEditor, title: str, model: RecordTableModel[Any]
    ) -> None:
        super().__init__(title, window)
        self.window_ = window
        self.editor = editor
        self.model = model
        self.dialog: SubmitDialog | None = None
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.buttons = QHBoxLayout()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.buttons.addStretch(1)
        self.setWidget(body)
        self._stale = True
        window.events.caseChanged.connect(lambda _c: self.mark_stale())
        window.events.changesApplied.connect(self._changed)
        window.events.readOnlyChanged.connect(self._read_only)
        self.visibilityChanged.connect(lambda visible: visible and self._stale and self.reload())

    def button(self, text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _c=False: slot())
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def editing_buttons(self) -> list[QWidget]:
        """The buttons under the list (read-only mode disables them)."""
        found: list[QWidget] = []
        for index in range(self.buttons.count()):
            item = self.buttons.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                found.append(widget)
        return found

    def _read_only(self, on: bool) -> None:
        for button in self.editing_buttons():
            button.setEnabled(not on)

    def _changed(self, changes: Changes) -> None:
        if changes.case or changes.actors or changes.sources or changes.hops:
            self.mark_stale()

    def mark_stale(self) -> None:
        """Read the list again now if the view is shown, else when it is next shown (counting
        the hops of every actor of a large case takes a while)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        case = self.window_.case
        if case is None:
            self.model.set_rows([])
            return
        try:
            with case.read() as session:
                self.model.set_rows(self.fetch(session))
        except CaseError as exc:
            self.window_.show_error(str(exc))
        self.table.resizeColumnsToContents()

    def fetch(self, session: Any) -> list[Any]:
        raise NotImplementedError

    def selected(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            self.window_.show_status(self.tr("Select a row first"))
            return None
        return self.model.rows[index.row()]

    def select(self, ident: int) -> None:
        row = self.model.row_of(ident)
        if row is not None:
            self.table.selectRow(row)

    def open_dialog(
        self, dialog: SubmitDialog, submit: Callable[[Any], str | None]
    ) -> SubmitDialog:
        if self.window_.read_only:
            self.window_.show_status(self.tr("Read-only: you may read this case but not change it"))
            dialog.deleteLater()  # never shown: nothing could be saved
            return dialog
        dialog.submit = submit
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    kind = ""  # actor or source

    def trash(self) -> None:
        """Move the selected record to the Trash (Edit ▸ Undo brings it back)."""
        row = self.selected()
        if row is None:
            return
        if self.window_.read_only:
            self.window_.show_status(self.tr("Read-only: you may read this case but not change it"))
            return
        from ..editing.record_commands import MoveToTrash  # db.operations on first use

        command = MoveToTrash(self.editor, self.kind, row.id)
        actor = self.kind == "actor"
        moved = (
            self.tr("Actor %1 moved to the Trash")
            if actor
            else self.tr("Source %1 moved to the Trash")
        )
        problem = self.change(command, moved.replace("%1", str(row.id)))
        if problem:
            cannot = (
                self.tr("Cannot delete actor %1: %2")
                if actor
                else self.tr("Cannot delete source %1: %2")
            )
            self.window_.show_error(fill(cannot, row.id, problem))

    def change(self, command: CaseCommand, what: str) -> str | None:
        """Run an undoable command (Edit ▸ Undo takes it back); the problem to show, or None."""
        try:
            self.editor.run(command, what)
        except VersionConflict as exc:
            self.reload()
            return self.tr(
                "%1. The list now shows the newer version; your entries are still here."
            ).replace("%1", str(exc))
        except (CaseError, ValueError) as exc:
            return str(exc)
        return None


class ActorsDock(RecordDock):
    kind = "actor"

    def __init__(self, window: MainWindow, editor: ClaimEditor) -> None:
        title = QCoreApplication.translate("ActorsDock", "Actors")
        super().__init__(window, editor, title, ActorTableModel())
        self.setObjectName("actorsDock")
        self.button(
            self.tr("&Edit…"), self.tr("Rename the actor, change its kind or aliases"), self.edit
        )
        self.button(
            self.tr("&Merge Into…"), self.tr("Fold a duplicate into another actor"), self.merge
        )
        self.button(
            self.tr("Likely &Duplicates…"),
            self.tr("Actors whose names meet in another script or form (Лавров, Sergey Lavrov)"),
            self.duplicates,
        )
        self.button(
            self.tr("Move to &Trash"),
            self.tr("Delete the actor (View ▸ Trash brings it back)"),
            self.trash,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit())

    def fetch(self, session: Any) -> list[Any]:
        from db.queries import list_actors

        return list_actors(session)

    def edit(self) -> SubmitDialog | None:
        actor = self.selected()
        if actor is None:
            return None

        def submit(d: ActorDialog) -> str | None:
            before = {"name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases)}
            after = {"name": d.name.text(), "kind": d.kind.currentData(), "aliases": d.alias_list()}
            from ..editing.record_commands import EditActor  # db.operations loads on first use

            command = EditActor(self.editor, actor.id, before, after, actor.version)
            saved = self.tr("Actor %1 saved").replace("%1", isolate(d.name.text()))
            return self.change(command, saved)

        return self.open_dialog(ActorDialog(self.window_, actor), submit)

    def merge(self) -> SubmitDialog | None:
        actor = self.selected()
        if actor is None:
            return None
        if len(self.model.rows) < 2:
            self.window_.show_status(self.tr("There is no other actor to merge into"))
            return None

        def submit(d: MergeDialog) -> str | None:
            from ..editing.record_commands import MergeActors

            into = d.target.currentText()
            command = MergeActors(
                self.editor,
                d.target.currentData(),
                actor.id,
                fill(self.tr("%1 into %2"), isolate(actor.name), isolate(into)),
            )
            merged = fill(self.tr("%1 merged into %2"), isolate(actor.name), isolate(into))
            return self.change(command, merged)

        return self.open_dialog(MergeDialog(self.window_, actor, self.model.rows), submit)

    def duplicates(self) -> SubmitDialog | None:
        """The pairs of actors whose names meet across scripts and forms, to merge one."""
        case = self.window_.case
        if case is None:
            return None
        from db.actor_names import likely_duplicates

        from .duplicates_dialog import DuplicatesDialog

        try:
            with case.read() as session:
                pairs = likely_duplicates(session)
        except CaseError as exc:
            self.window_.show_error(str(exc))
            return None

        def submit(d: DuplicatesDialog) -> str | None:
            from ..editing.record_commands import MergeActors

            pair = d.chosen()
            if pair is None:
                return self.tr("Choose the pair to merge")
            first, second = isolate(pair.first.actor_name), isolate(pair.second_name)
            what = fill(self.tr("%1 into %2"), second, first)
            command = MergeActors(
                self.editor,
                pair.first.actor_id,
                pair.second_id,
                what,
            )
            return self.change(command, fill(self.tr("%1 merged into %2"), second, first))

        return self.open_dialog(DuplicatesDialog(self.window_, pairs), submit)


class SourcesDock(RecordDock):
    kind = "source"

    def __init__(self, window: MainWindow, editor: ClaimEditor) -> None:
        title = QCoreApplication.translate("SourcesDock", "Sources")
        super().__init__(window, editor, title, SourceTableModel())
        self.setObjectName("sourcesDock")
        self.button(
            self.tr("&Edit…"),
            self.tr("Correct the source's title, outlet, date, language…"),
            self.edit,
        )
        self.button(
            self.tr("Move to &Trash"),
            self.tr("Delete the source (View ▸ Trash brings it back)"),
            self.trash,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit())

    def fetch(self, session: Any) -> list[Any]:
        from db.queries import list_sources

        return list_sources(session)

    def edit(self) -> SubmitDialog | None:
        source = self.selected()
        if source is None:
            return None

        def submit(d: SourceDialog) -> str | None:
            after = d.fields()
            before = {name: getattr(source, name) for name in after}
            if before.get("published_on") is not None:
                before["published_on"] = before["published_on"].isoformat()
            from ..editing.record_commands import EditSource

            command = EditSource(self.editor, source.id, before, after, source.version)
            return self.change(command, self.tr("Source saved"))

        return self.open_dialog(SourceDialog(self.window_, source), submit)


def add_record_views(window: MainWindow, editor: ClaimEditor) -> tuple[ActorsDock, SourcesDock]:
    """View ▸ Actors and View ▸ Sources."""
    actors, sources = ActorsDock(window, editor), SourcesDock(window, editor)
    for dock, action_id in ((actors, "view.actors"), (sources, "view.sources")):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        toggle = window.action_registry.provide(action_id, dock.toggleViewAction())
        toggle.triggered.connect(lambda checked, d=dock: checked and d.raise_())
        dock.hide()
    window.tabifyDockWidget(actors, sources)
    return actors, sources
