"""Dialogs of the integrity tools: the result of verifying a case, the list of backups to
restore from, and the backup schedule of a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from ..common import i18n
from ..common.placeholders import counted

if TYPE_CHECKING:
    from db.backups import BackupInfo
    from db.integrity import IntegrityReport

translate = QCoreApplication.translate

KINDS = {
    "event": QT_TRANSLATE_NOOP("IntegrityDialog", "Audit log"),
    "evidence": QT_TRANSLATE_NOOP("IntegrityDialog", "Evidence file"),
    "state": QT_TRANSLATE_NOOP("IntegrityDialog", "Case content"),
    "head": QT_TRANSLATE_NOOP("IntegrityDialog", "Audit log end"),
}
REASONS = {
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "made by hand"),
    "scheduled": QT_TRANSLATE_NOOP("RestoreDialog", "on schedule"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "kept before a restore"),
}


def size_text(size: int) -> str:
    """A file's size in the window's language: "512 bytes", "3.4 MB"."""
    if size < 1024:
        return counted(translate("RestoreDialog", "%n byte(s)", "", size))
    amount = float(size)
    for unit in (
        translate("RestoreDialog", "KB"),
        translate("RestoreDialog", "MB"),
        translate("RestoreDialog", "GB"),
    ):
        amount /= 1024
        if amount < 1024 or unit == translate("RestoreDialog", "GB"):
            break
    return f"{i18n.with_digits(f'{amount:,.1f}')} {unit}"


def reason_text(reason: str) -> str:
    if reason in REASONS:
        return translate("RestoreDialog", REASONS[reason])
    if reason.startswith("before-upgrade"):
        return translate("RestoreDialog", "kept before a schema upgrade")
    return reason.replace("-", " ")


def summary_text(report: IntegrityReport) -> str:
    """`report.summary()` in the window's language (the problem itself is the case's English
    text)."""
    if report.intact:
        return (
            translate("IntegrityDialog", "case intact: %1, %2 checked")
            .replace(
                "%1", counted(translate("IntegrityDialog", "%n audit event(s)", "", report.events))
            )
            .replace(
                "%2",
                counted(
                    translate("IntegrityDialog", "%n evidence file(s)", "", report.evidence_files)
                ),
            )
        )
    return counted(
        translate(
            "IntegrityDialog", "case NOT intact: %n problem(s); first: %1", "", len(report.problems)
        ),
        str(report.problems[0]),
    )


class IntegrityDialog(QDialog):
    """What Verify Case Integrity found: a one-line summary and every problem."""

    def __init__(self, parent: QWidget, location: str, report: IntegrityReport) -> None:
        super().__init__(parent)
        self.setObjectName("integrityDialog")
        self.setWindowTitle(self.tr("Case Integrity"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 360 if report.problems else 180)
        where = QLabel(self.tr("Case: %1").replace("%1", isolate(location)))
        where.setWordWrap(True)
        self.summary = QLabel(summary_text(report))
        self.summary.setObjectName("integritySummary")
        self.summary.setWordWrap(True)
        colour = "#2e9d57" if report.intact else "#d1453b"
        self.summary.setStyleSheet(f"font-weight: bold; color: {colour};")
        explain = QLabel(
            self.tr(
                "Every audit event's hash and its link to the event before were recomputed, "
                "and every evidence file was hashed again."
            )
            if report.intact
            else self.tr(
                "Something in the case was changed outside Provenance Desk (or damaged). "
                "The first problem is where the trail stops being trustworthy."
            )
        )
        explain.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setObjectName("integrityProblems")
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setHeaderLabels([self.tr("What"), self.tr("Which"), self.tr("Problem")])
        self.problems.setRootIsDecorated(False)
        for problem in report.problems:
            item = QTreeWidgetItem(
                [
                    self.tr(KINDS[problem.kind]) if problem.kind in KINDS else problem.kind,
                    problem.ident,
                    problem.message,
                ]
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
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 340)
        self.backups = backups
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The case as it is now is kept as a copy in the "
                "backups folder first, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Taken (UTC)"), self.tr("Size"), self.tr("Why")])
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
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
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
        self.setWindowTitle(self.tr("Backup Schedule"))
        self.setMinimumWidth(440)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "While the case is open, Provenance Desk backs it up to the backups folder "
                "beside the case file when the newest backup is older than this."
            )
        )
        intro.setWordWrap(True)
        self.every = QSpinBox()
        self.every.setRange(0, 24 * 365)
        self.every.valueChanged.connect(self._every_changed)
        self.every.setSpecialValueText(self.tr("Never"))
        self.every.setValue(round(every_hours))
        self._every_changed(self.every.value())
        self.every.setAccessibleName(self.tr("Back up every"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.keep.valueChanged.connect(self._keep_changed)
        self.keep.setValue(keep)
        self._keep_changed(self.keep.value())
        self.keep.setAccessibleName(self.tr("Keep the newest"))
        self.keep.setToolTip(
            self.tr(
                "Older backups are deleted; copies kept before an upgrade or a restore never are"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Back up &every:"), self.every)
        form.addRow(self.tr("&Keep the newest:"), self.keep)
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

    def _every_changed(self, hours: int) -> None:
        """The spin box reads "%n hour(s)" in the window's language (prefix and suffix, as the
        language places the number)."""
        self._affix(self.every, self.tr("%n hour(s)", "", hours))

    def _keep_changed(self, count: int) -> None:
        self._affix(self.keep, self.tr("%n backup(s)", "", count))

    @staticmethod
    def _affix(box: QSpinBox, text: str) -> None:
        prefix, _number, suffix = text.partition(str(box.value()))
        if not _number:  # the language names the number in words ("one hour")
            prefix, suffix = "", ""
        box.setPrefix(prefix)
        box.setSuffix(suffix)
