"""A claim or hop changed meanwhile: both versions side by side; keep mine or take theirs."""

from __future__ import annotations

import json
from typing import Any

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
    lines = []
    for key, value in values.items():
        if value is None or key == "version":
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(isolate(str(v)) for v in value) if value else "(none)"
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
        self.setWindowTitle(f"The {conflict.what} was changed meanwhile")
        intro = QLabel(
            f"Someone saved a newer version of {conflict.what} {conflict.ident} (version "
            f"{conflict.current_version}) while you were editing version "
            f"{conflict.expected_version}. Choose which to keep; you can copy from both."
        )
        intro.setWordWrap(True)
        self.mine = QPlainTextEdit(describe(conflict.mine))
        self.mine.setReadOnly(True)
        self.mine.setAccessibleName("Your version")
        self.theirs = QPlainTextEdit(describe(conflict.theirs))
        self.theirs.setReadOnly(True)
        self.theirs.setAccessibleName("The version in the case")
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>Your change</b>"), 0, 0)
        grid.addWidget(QLabel(f"<b>In the case now (version {conflict.current_version})</b>"), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.buttons = QDialogButtonBox()
        self.keep = self.buttons.addButton("&Keep Mine", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep.setToolTip("Save your change over the newer version")
        self.take = self.buttons.addButton("&Take Theirs", QDialogButtonBox.ButtonRole.RejectRole)
        self.take.setToolTip("Drop your change and show the version in the case")
        self.keep.clicked.connect(lambda: self.done(KEEP_MINE))
        self.take.clicked.connect(lambda: self.done(TAKE_THEIRS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(760, 360)
