"""The question before Merge into This Claim: plain for two claims that say the same, an explicit
override naming the differing anchors of meaning for "close wording, different facts"."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from db.text.anchors import AnchorDifference


def merge_question(
    parent: QWidget, keep: int, other: int, differences: Sequence[AnchorDifference]
) -> QMessageBox:
    """The (not yet opened) question; its Yes button merges. With `differences` the box is a
    warning that names them, and Merge Anyway stays disabled until the reviewer ticks that the
    two are one claim all the same (the audit trail records the override)."""
    what = (
        f"Merge claim {other} into claim {keep}? Its routes, reviews, tags and notes join "
        f"claim {keep}, and claim {other} goes to the Trash. Edit ▸ Undo takes it back."
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning if differences else QMessageBox.Icon.Question,
        "Merge Claims",
        what,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("mergeClaimsQuestion")
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText("&Merge")
    if differences:
        items = "".join(f"<li>{html.escape(d.describe(isolated=True))}</li>" for d in differences)
        box.setText(
            f"<p><b>Close wording, different facts:</b> claims {keep} and {other} differ in "
            f"what they say:</p><ul>{items}</ul><p>{html.escape(what)} The case's audit trail "
            "records that you merged them despite these differences.</p>"
        )
        yes.setText("&Merge Anyway")
        yes.setEnabled(False)
        sure = QCheckBox("I checked: these are one claim despite the differences", box)
        sure.setObjectName("mergeDespiteDifferences")
        sure.toggled.connect(yes.setEnabled)
        box.setCheckBox(sure)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
