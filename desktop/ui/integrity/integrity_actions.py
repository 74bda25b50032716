"""Integrity in the window: Tools ▸ Verify Case Integrity…, Back Up Now, Backup Schedule…,
File ▸ Restore from Backup…, and the scheduled backups of the open case.

Backups are of case files (SQLite); a case on a team server is backed up by its server
(pg_dump), so these actions are off there, and say why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from db.errors import CaseError
from desktop import preferences

from ..common.placeholders import counted
from .integrity_dialogs import (
    IntegrityDialog,
    RestoreDialog,
    ScheduleDialog,
    size_text,
    summary_text,
)

if TYPE_CHECKING:
    from db.backups import BackupInfo, RestoreResult
    from db.case import Case
    from db.integrity import IntegrityReport

    from ..main_window import MainWindow

SCHEDULE_CHECK_MS = 10 * 60 * 1000
FIRST_CHECK_MS = 5000  # after a case opens: a backup that fell due while it was closed
ON_SERVER = QT_TRANSLATE_NOOP(
    "IntegrityActions", "A case on a team server is backed up by the server itself (pg_dump)"
)
READ_ONLY = QT_TRANSLATE_NOOP("IntegrityActions", "You may read this case but not change it")


def audit_heads_book() -> Path:
    """The desk's witness book of audit heads (outside every case)."""
    return preferences.data_dir() / "audit-heads.json"


class IntegrityActions(QObject):
    def __init__(self, window: MainWindow, open_location: Callable[[str], None]) -> None:
        """`open_location` opens a case file (the File menu's, after a restore)."""
        super().__init__(window)
        self.window = window
        self.dialog: IntegrityDialog | RestoreDialog | ScheduleDialog | None = None
        self.confirm: QMessageBox | None = None
        self._backing_up = False
        self.open_location = open_location
        bind = window.action_registry.bind
        self.verify_action = bind("tools.verify", self.verify)
        self.backup_action = bind("tools.back_up", self.back_up)
        self.schedule_action = bind("tools.backup_schedule", self.edit_schedule)
        self.restore_action = bind("file.restore_backup", self.choose_backup)
        self.timer = QTimer(self)
        self.timer.setInterval(SCHEDULE_CHECK_MS)
        self.timer.timeout.connect(self.scheduled_backup)
        window.events.caseChanged.connect(self._case_changed)
        window.events.readOnlyChanged.connect(lambda _on: self._update_tips())
        self._update_tips()

    def _update_tips(self) -> None:
        """Each action's tip says why it is disabled (the registry disables it)."""
        case = self.window.case
        for action_id in ("tools.back_up", "tools.backup_schedule", "file.restore_backup"):
            action = self.window.action_registry.action(action_id)
            spec = self.window.action_registry.spec(action_id)
            enabled = self.window.action_registry.holds(spec.needs)
            tip = spec.tip
            if case is not None and case.dialect != "sqlite":
                action.setToolTip(self.tr(ON_SERVER))
                action.setStatusTip(self.tr(ON_SERVER))
            elif case is not None and not enabled:
                action.setToolTip(self.tr(READ_ONLY))
                action.setStatusTip(self.tr(READ_ONLY))
            else:
                action.setToolTip(tip)
                action.setStatusTip(tip)

    def _case_changed(self, case: Case | None) -> None:
        self._update_tips()
        if case is not None and case.dialect == "sqlite":
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self, self.scheduled_backup)
        else:
            self.timer.stop()

    def _file_case(self) -> Case | None:
        case = self.window.case
        if case is None:
            self.window.show_status(self.tr("Open a case first"))
            return None
        if case.dialect != "sqlite":
            self.window.show_status(self.tr(ON_SERVER))
            return None
        return case

    # -- verify ---------------------------------------------------------------------------

    def verify(self) -> None:
        case = self.window.case
        if case is None:
            self.window.show_status(self.tr("Open a case first"))
            return
        book = audit_heads_book()
        location = case.location

        def work() -> IntegrityReport:
            from db.integrity import check_case

            with case.read() as session:
                return check_case(session, location, book)

        def done(report: IntegrityReport) -> None:
            self.window.statusBar().clearMessage()
            self.window.messages.append(summary_text(report))
            dialog = IntegrityDialog(self.window, location, report)
            self.dialog = dialog
            dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
            dialog.open()

        self.window.show_status(self.tr("Checking the audit log and every evidence file…"), 0)
        self.window.workers.submit(work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        self.window._work_failed(exc)

    # -- backups --------------------------------------------------------------------------

    def back_up(self) -> None:
        case = self._file_case()
        if case is None:
            return

        def work() -> BackupInfo:
            from db.backups import create_backup

            return create_backup(case, reason="manual")

        def done(info: BackupInfo) -> None:
            self.window.show_status(
                self.tr("Backed up to %1 (%2) in %3")
                .replace("%2", size_text(info.size))
                .replace("%3", str(info.path.parent))
                .replace("%1", info.path.name),
                15000,
            )

        self.window.show_status(self.tr("Backing up the case…"), 0)
        self.window.workers.submit(work, done, self._failed)

    def scheduled_backup(self) -> None:
        """The schedule's turn (timer): back up on a worker when a backup is due."""
        case = self.window.case
        if case is None or case.dialect != "sqlite" or self._backing_up:
            return
        self._backing_up = True

        def work() -> BackupInfo | None:
            from db.backups import backup_due, run_scheduled_backup

            return run_scheduled_backup(case) if backup_due(case) else None

        def done(info: BackupInfo | None) -> None:
            self._backing_up = False
            if info is not None:
                self.window.show_status(
                    self.tr("Scheduled backup written: %1").replace("%1", info.path.name), 10000
                )

        def failed(exc: BaseException) -> None:
            self._backing_up = False
            if isinstance(exc, CaseError):
                self.window.show_status(
                    self.tr("The scheduled backup failed: %1").replace("%1", str(exc)), 20000
                )
            else:
                self.window._work_failed(exc)

        self.window.workers.submit(work, done, failed)

    def edit_schedule(self) -> ScheduleDialog | None:
        case = self._file_case()
        if case is None:
            return None
        from db.backups import backup_schedule, set_backup_schedule

        try:
            every, keep = backup_schedule(case)
        except CaseError as exc:
            self.window.show_error(str(exc))
            return None
        dialog = ScheduleDialog(self.window, every, keep)
        self.dialog = dialog

        def save() -> None:
            hours, count = dialog.every.value(), dialog.keep.value()
            what = (
                self.tr("The case is backed up every %1; %2")
                .replace("%1", counted(self.tr("%n hour(s)", "", hours)))
                .replace("%2", counted(self.tr("the newest %n backup(s) kept", "", count)))
                if hours
                else self.tr("Scheduled backups are off")
            )
            try:
                self.window.run_change(lambda uow: set_backup_schedule(uow, hours, count), what)
            except CaseError as exc:
                dialog.problem.setText(str(exc))
                return
            dialog.accept()
            self.scheduled_backup()

        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(save)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    # -- restore --------------------------------------------------------------------------

    def choose_backup(self) -> RestoreDialog | None:
        case = self._file_case()
        if case is None:
            return None
        from db.backups import case_file, list_backups

        path = case_file(case)
        backups = list_backups(path)
        if not backups:
            self.window.show_status(
                self.tr("This case has no backups yet (Tools ▸ Back Up Now makes one)")
            )
            return None
        dialog = RestoreDialog(self.window, backups)
        self.dialog = dialog

        def accepted() -> None:
            self.dialog = None
            chosen = dialog.chosen()
            if chosen is not None:
                self._confirm(path, chosen)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _confirm(self, path: Path, backup: BackupInfo) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from Backup"),
            self.tr(
                "Put the case back as it was on %1 UTC?\n\nThe case closes, the case as it is "
                "now is kept as a copy in the backups folder, and the restored case opens."
            ).replace("%1", f"{backup.taken_at:%Y-%m-%d %H:%M:%S}"),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("confirmRestore")
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box

        def finished(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is restore:
                self._restore(path, backup)

        box.finished.connect(finished)
        box.open()

    def _restore(self, path: Path, backup: BackupInfo) -> None:
        window = self.window
        window.set_case(None)  # closes the case: the restore writes its file
        book = audit_heads_book()

        def work() -> RestoreResult:
            from db.audit_heads import remember_head
            from db.backups import restore_file

            result = restore_file(path, backup.path)
            # The restored log legitimately ends earlier than the head this desk saw last.
            remember_head(book, str(path), None)
            return result

        def done(result: RestoreResult) -> None:
            self.open_location(str(path))
            kept = (
                self.tr("The case as it was before is kept at %1.").replace(
                    "%1", str(result.kept_copy)
                )
                if result.kept_copy
                else ""
            )
            text = (
                self.tr("The case was restored from the backup of %1 UTC.").replace(
                    "%1", f"{backup.taken_at:%Y-%m-%d %H:%M:%S}"
                )
                + " "
                + kept
            )
            window.messages.append(text)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Case restored"),
                text,
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setObjectName("restoreReport")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        def failed(exc: BaseException) -> None:
            window.statusBar().clearMessage()
            self.open_location(str(path))
            if isinstance(exc, CaseError):
                window.show_error(self.tr("The case was not restored: %1").replace("%1", str(exc)))
            else:
                window._work_failed(exc)

        window.show_status(
            self.tr("Restoring %1 from %2…")
            .replace("%2", backup.path.name)
            .replace("%1", path.name),
            0,
        )
        window.workers.submit(work, done, failed)
