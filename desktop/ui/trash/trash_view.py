"""The Trash view: a dock listing the deleted claims, hops, actors and sources (what, when, by
whom), with Restore (an undoable command: Edit ▸ Undo sends the record back to the Trash) and
Empty Trash… (purges for good, after asking; recorded in the audit log)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import CaseError

if TYPE_CHECKING:
    from db.trash import TrashItem
    from db.unit_of_work import Changes

    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow

COLUMNS = ("Kind", "Id", "What", "Deleted (UTC)", "By")


class TrashDock(QDockWidget):
    def __init__(self, window: MainWindow, editor: ClaimEditor) -> None:
        super().__init__("Trash", window)
        self.editor = editor
        self.setObjectName("TrashDock")
        self.window_ = window
        self.items: list[TrashItem] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Trash")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore())
        self.restore_button = self._button(
            "&Restore", "Bring the selected record back", self.restore
        )
        self.empty_button = self._button(
            "&Empty Trash…", "Purge everything in the Trash for good", self.empty
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.confirm: QMessageBox | None = None  # the Empty Trash question while open
        self._stale = True
        window.events.caseChanged.connect(lambda _c: self.mark_stale())
        window.events.changesApplied.connect(self._changed)
        self.visibilityChanged.connect(self._shown)

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the Trash again."""
        from db.trash import list_trash

        self._stale = False
        case = self.window_.case
        self.items = []
        if case is not None:
            try:
                with case.read() as session:
                    self.items = list_trash(session)
            except CaseError as exc:
                self.window_.show_error(str(exc))
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            where = f" (claim {item.claim_id})" if item.claim_id is not None else ""
            cells = (
                item.kind,
                str(item.id),
                item.what + where,
                f"{item.deleted_at:%Y-%m-%d %H:%M}",
                item.deleted_by,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        writable = not self.window_.read_only
        self.restore_button.setEnabled(writable and bool(self.items))
        self.empty_button.setEnabled(writable and bool(self.items))

    def selected(self) -> TrashItem | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.window_.show_status("Select something in the Trash first")
            return None
        return self.items[row]

    def restore(self) -> None:
        """Restore the selected record (Edit ▸ Undo sends it back to the Trash)."""
        item = self.selected()
        if item is None:
            return
        from .trash_commands import RestoreFromTrash  # db.operations on first use

        editor = self.editor
        command = RestoreFromTrash(editor, item.kind, item.id, item.claim_id)
        problem = editor.execute(command)
        if problem:
            self.window_.show_error(f"Cannot restore {item.kind} {item.id}: {problem}")
        else:
            self.window_.show_status(f"{item.kind.title()} {item.id} restored from the Trash")

    def empty(self) -> QMessageBox | None:
        """Ask, then purge everything in the Trash for good."""
        if not self.items:
            self.window_.show_status("The Trash is empty")
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Empty Trash",
            f"Purge the {len(self.items)} record(s) in the Trash for good? They cannot be "
            "restored afterwards; the audit log records what was purged.",
            QMessageBox.StandardButton.Cancel,
            self.window_,
        )
        purge = box.addButton("Empty Trash", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm = box

        def answered(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is purge:
                self._purge()

        box.finished.connect(answered)
        box.open()
        return box

    def _purge(self) -> None:
        from db import operations as ops

        try:
            purged = self.window_.run_change(lambda uow: ops.empty_trash(uow))
        except CaseError as exc:
            self.window_.show_error(f"The Trash was not emptied: {exc}")
            return
        self.window_.show_status(purged.summary()[:1].upper() + purged.summary()[1:])
        self.reload()


def add_trash_view(window: MainWindow, editor: ClaimEditor) -> TrashDock:
    """View ▸ Trash (Ctrl+Shift+T)."""
    dock = TrashDock(window, editor)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    toggle = window.action_registry.provide("view.trash", dock.toggleViewAction())

    def raise_when_shown(checked: bool) -> None:
        if checked:
            dock.raise_()

    toggle.triggered.connect(raise_when_shown)
    dock.hide()
    return dock
