"""A claim or hop changed meanwhile: both versions side by side; keep mine or take theirs."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import VersionConflict
from db.text.direction import isolate

KEEP_MINE = 1
TAKE_THEIRS = 2


def describe(values: dict[str, Any]) -> str:
    """The record's fields one a line (the field names as the case stores them)."""
    lines = []
    for key, value in values.items():
        if value is None or key == "version":
            continue
        if isinstance(value, list | tuple):
            none = QCoreApplication.translate("ConflictDialog", "(none)")
            value = ", ".join(isolate(str(v)) for v in value) if value else none
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {isolate(str(value))}")
    return "\n".join(lines)


class ConflictDialog(QDialog):
    """`done(KEEP_MINE)` saves mine over theirs; `done(TAKE_THEIRS)` drops mine (it stays
    readable in this window until it closes)."""

    def __init__(self, parent: QWidget | None, conflict: VersionConflict) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        what, title = self._what(conflict.what)
        self.setWindowTitle(title)
        intro = QLabel(
            self.tr(
                "Someone saved a newer version of this record (%1 %2, version %3) while you "
                "were editing version %4. Choose which to keep; you can copy from both."
            )
            .replace("%1", what)
            .replace("%2", str(conflict.ident))
            .replace("%3", str(conflict.current_version))
            .replace("%4", str(conflict.expected_version))
        )
        intro.setWordWrap(True)
        self.mine = QPlainTextEdit(describe(conflict.mine))
        self.mine.setReadOnly(True)
        self.mine.setAccessibleName(self.tr("Your version"))
        self.theirs = QPlainTextEdit(describe(conflict.theirs))
        self.theirs.setReadOnly(True)
        self.theirs.setAccessibleName(self.tr("The version in the case"))
        grid = QGridLayout()
        mine = self.tr("Your change")
        grid.addWidget(QLabel(f"<b>{mine}</b>"), 0, 0)
        now = self.tr("In the case now (version %1)").replace("%1", str(conflict.current_version))
        grid.addWidget(QLabel(f"<b>{now}</b>"), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.buttons = QDialogButtonBox()
        self.keep = self.buttons.addButton(
            self.tr("&Keep Mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep.setToolTip(self.tr("Save your change over the newer version"))
        self.take = self.buttons.addButton(
            self.tr("&Take Theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.take.setToolTip(self.tr("Drop your change and show the version in the case"))
        self.keep.clicked.connect(lambda: self.done(KEEP_MINE))
        self.take.clicked.connect(lambda: self.done(TAKE_THEIRS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(760, 360)

    def _what(self, what: str) -> tuple[str, str]:
        """The kind of record that changed ("claim", "hop", …) as the window names it, and the
        dialog's title."""
        names = {
            "claim": (self.tr("claim"), self.tr("The claim was changed meanwhile")),
            "hop": (self.tr("hop"), self.tr("The hop was changed meanwhile")),
            "actor": (self.tr("actor"), self.tr("The actor was changed meanwhile")),
            "source": (self.tr("source"), self.tr("The source was changed meanwhile")),
        }
        return names.get(what, (what, self.tr("Changed meanwhile")))
