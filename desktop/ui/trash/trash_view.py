"""The Trash view: a dock listing the deleted claims, hops, actors and sources (what, when, by
whom), with Restore (an undoable command: Edit ▸ Undo sends the record back to the Trash) and
Empty Trash… (purges for good, after asking; recorded in the audit log)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import CaseError

from ..common import i18n
from ..common.case_text_delegate import TextColumnShare

if TYPE_CHECKING:
    from db.operations.trash import Purged
    from db.trash import TrashItem
    from db.unit_of_work import Changes

    from ..editing.editing import ClaimEditor
    from ..main_window import MainWindow

COLUMNS = (
    QT_TRANSLATE_NOOP("TrashDock", "Kind"),
    QT_TRANSLATE_NOOP("TrashDock", "Id"),
    QT_TRANSLATE_NOOP("TrashDock", "What"),
    QT_TRANSLATE_NOOP("TrashDock", "Deleted (UTC)"),
    QT_TRANSLATE_NOOP("TrashDock", "By"),
)
KIND, ID, WHAT, WHEN, BY = range(len(COLUMNS))
#: The kinds of record the Trash holds, as the table shows them.
KINDS = {
    "claim": QT_TRANSLATE_NOOP("TrashDock", "claim"),
    "hop": QT_TRANSLATE_NOOP("TrashDock", "hop"),
    "actor": QT_TRANSLATE_NOOP("TrashDock", "actor"),
    "source": QT_TRANSLATE_NOOP("TrashDock", "source"),
}
#: "… restored from the Trash", by kind.
RESTORED = {
    "claim": QT_TRANSLATE_NOOP("TrashDock", "Claim %1 restored from the Trash"),
    "hop": QT_TRANSLATE_NOOP("TrashDock", "Hop %1 restored from the Trash"),
    "actor": QT_TRANSLATE_NOOP("TrashDock", "Actor %1 restored from the Trash"),
    "source": QT_TRANSLATE_NOOP("TrashDock", "Source %1 restored from the Trash"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrashDock", text)


class TrashDock(QDockWidget):
    def __init__(self, window: MainWindow, editor: ClaimEditor) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Trash"))
        self.editor = editor
        self.setObjectName("TrashDock")
        self.window_ = window
        self.items: list[TrashItem] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Trash"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # What was deleted takes the width the others leave, so that when and who stay in
        # sight in a narrow dock (eliding, their tooltips whole), in either direction.
        self.columns = TextColumnShare(self.table, WHAT, (BY, WHEN, KIND, ID))
        self.table.doubleClicked.connect(lambda _i: self.restore())
        self.restore_button = self._button(
            self.tr("&Restore"), self.tr("Bring the selected record back"), self.restore
        )
        self.empty_button = self._button(
            self.tr("&Empty Trash…"), self.tr("Purge everything in the Trash for good"), self.empty
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
            where = ""
            if item.claim_id is not None:
                where = " " + self.tr("(claim %1)").replace(
                    "%1", i18n.with_digits(str(item.claim_id))
                )
            cells = (
                _tr(KINDS.get(item.kind, item.kind)),
                i18n.with_digits(str(item.id)),
                item.what + where,
                i18n.with_digits(f"{item.deleted_at:%Y-%m-%d %H:%M}"),
                item.deleted_by,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.columns.share()
        writable = not self.window_.read_only
        self.restore_button.setEnabled(writable and bool(self.items))
        self.empty_button.setEnabled(writable and bool(self.items))

    def selected(self) -> TrashItem | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.window_.show_status(self.tr("Select something in the Trash first"))
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
            what = f"{_tr(KINDS.get(item.kind, item.kind))} {item.id}"
            self.window_.show_error(
                self.tr("Cannot restore %1: %2").replace("%1", what).replace("%2", problem)
            )
        else:
            done = _tr(RESTORED.get(item.kind, "%1 restored from the Trash"))
            self.window_.show_status(done.replace("%1", str(item.id)))

    def empty(self) -> QMessageBox | None:
        """Ask, then purge everything in the Trash for good."""
        if not self.items:
            self.window_.show_status(self.tr("The Trash is empty"))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty Trash"),
            self.tr(
                "Purge the %n record(s) in the Trash for good? They cannot be restored "
                "afterwards; the audit log records what was purged.",
                "",
                len(self.items),
            ),
            QMessageBox.StandardButton.Cancel,
            self.window_,
        )
        purge = box.addButton(self.tr("Empty Trash"), QMessageBox.ButtonRole.DestructiveRole)
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
            self.window_.show_error(
                self.tr("The Trash was not emptied: %1").replace("%1", str(exc))
            )
            return
        self.window_.show_status(self._purged(purged))
        self.reload()

    def _purged(self, purged: Purged) -> str:
        """What Empty Trash did, in the window's language (the audit log keeps its own)."""
        parts = []
        if purged.claims:
            parts.append(self.tr("%n claim(s)", "", len(purged.claims)))
        if purged.hops:
            parts.append(self.tr("%n hop(s)", "", len(purged.hops)))
        if purged.actors:
            parts.append(self.tr("%n actor(s)", "", len(purged.actors)))
        if purged.sources:
            parts.append(self.tr("%n source(s)", "", len(purged.sources)))
        what = self.tr(", ").join(parts) if parts else self.tr("nothing")
        line = self.tr("Purged %1 from the Trash").replace("%1", what)
        if purged.kept:
            kept = self.tr("kept %n still in use (%1)", "", len(purged.kept))
            line += self.tr("; ") + kept.replace("%1", "; ".join(purged.kept))
        return line


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
