"""Dialogs of the integrity tools: the result of verifying a case, the list of backups to
restore from, and the backup schedule of a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.text.direction import isolate
from desktop.wording import count, plural

if TYPE_CHECKING:
    from db.backups import BackupInfo
    from db.integrity import IntegrityReport

KINDS = {
    "event": "Audit log",
    "evidence": "Evidence file",
    "state": "Case content",
    "head": "Audit log end",
}
REASONS = {
    "manual": "made by hand",
    "scheduled": "on schedule",
    "before-restore": "kept before a restore",
}


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return count(size, "byte", "bytes") if unit == "bytes" else f"{size:,.1f} {unit}"
        size = size / 1024  # type: ignore[assignment]
    return f"{size} bytes"


def reason_text(reason: str) -> str:
    if reason in REASONS:
        return REASONS[reason]
    if reason.startswith("before-upgrade"):
        return "kept before a schema upgrade"
    return reason.replace("-", " ")


class IntegrityDialog(QDialog):
    """What Verify Case Integrity found: a one-line summary and every problem."""

    def __init__(self, parent: QWidget, location: str, report: IntegrityReport) -> None:
        super().__init__(parent)
        self.setObjectName("integrityDialog")
        self.setWindowTitle("Case Integrity")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 360 if report.problems else 180)
        where = QLabel(f"Case: {isolate(location)}")
        where.setWordWrap(True)
        self.summary = QLabel(report.summary())
        self.summary.setObjectName("integritySummary")
        self.summary.setWordWrap(True)
        colour = "#2e9d57" if report.intact else "#d1453b"
        self.summary.setStyleSheet(f"font-weight: bold; color: {colour};")
        explain = QLabel(
            "Every audit event's hash and its link to the event before were recomputed, and "
            "every evidence file was hashed again."
            if report.intact
            else "Something in the case was changed outside Provenance Desk (or damaged). "
            "The first problem is where the trail stops being trustworthy."
        )
        explain.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setObjectName("integrityProblems")
        self.problems.setAccessibleName("Problems found")
        self.problems.setHeaderLabels(["What", "Which", "Problem"])
        self.problems.setRootIsDecorated(False)
        for problem in report.problems:
            item = QTreeWidgetItem(
                [KINDS.get(problem.kind, problem.kind), problem.ident, problem.message]
            )
            item.setToolTip(2, problem.message)
            self.problems.addTopLevelItem(item)
        self.problems.setVisible(bool(report.problems))
        for column in range(2):
            self.problems.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.summary)
        layout.addWidget(explain)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)


class RestoreDialog(QDialog):
    """The backups of the case, newest first; the reviewer picks one."""

    def __init__(self, parent: QWidget, backups: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore from Backup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 340)
        self.backups = backups
        intro = QLabel(
            "Choose the backup to put back. The case as it is now is kept as a copy in the "
            "backups folder first, so nothing is lost."
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName("Backups")
        self.list.setHeaderLabels(["Taken (UTC)", "Size", "Why"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for backup in backups:
            item = QTreeWidgetItem(
                [
                    f"{backup.taken_at:%Y-%m-%d %H:%M:%S}",
                    size_text(backup.size),
                    reason_text(backup.reason),
                ]
            )
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Restore…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self.backups[index] if 0 <= index < len(self.backups) else None


class ScheduleDialog(QDialog):
    """How often the case is backed up on its own and how many backups are kept (a setting
    of the case, so every desk that opens it follows it)."""

    def __init__(self, parent: QWidget, every_hours: float, keep: int) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleDialog")
        self.setWindowTitle("Backup Schedule")
        self.setMinimumWidth(440)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            "While the case is open, Provenance Desk backs it up to the backups folder beside "
            "the case file when the newest backup is older than this."
        )
        intro.setWordWrap(True)
        self.every = QSpinBox()
        self.every.setRange(0, 24 * 365)
        self.every.valueChanged.connect(
            lambda n: self.every.setSuffix(" " + plural(n, "hour", "hours"))
        )
        self.every.setSpecialValueText("Never")
        self.every.setValue(round(every_hours))
        self.every.setSuffix(" " + plural(round(every_hours), "hour", "hours"))
        self.every.setAccessibleName("Back up every")
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.valueChanged.connect(
            lambda n: self.keep.setSuffix(" " + plural(n, "backup", "backups"))
        )
        self.keep.setValue(keep)
        self.keep.setSuffix(" " + plural(keep, "backup", "backups"))
        self.keep.setAccessibleName("Keep the newest")
        self.keep.setToolTip(
            "Older backups are deleted; copies kept before an upgrade or a restore never are"
        )
        form = QFormLayout()
        form.addRow("Back up &every:", self.every)
        form.addRow("&Keep the newest:", self.keep)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("scheduleProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
