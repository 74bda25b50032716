"""The question before Merge into This Claim: plain for two claims that say the same, an explicit
override naming the differing anchors of meaning for "close wording, different facts"."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from db.text.anchors import AnchorDifference

from ..common import i18n
from .meaning_words import difference_text, fill


def merge_question(
    parent: QWidget, keep: int, other: int, differences: Sequence[AnchorDifference]
) -> QMessageBox:
    """The (not yet opened) question; its Yes button merges. With `differences` the box is a
    warning that names them, and Merge Anyway stays disabled until the reviewer ticks that the
    two are one claim all the same (the audit trail records the override)."""
    translate = QCoreApplication.translate
    keep_n, other_n = i18n.with_digits(str(keep)), i18n.with_digits(str(other))
    what = fill(
        translate(
            "MergeQuestion",
            "Merge claim %1 into claim %2? Its routes, reviews, tags and notes join claim %2, "
            "and claim %1 goes to the Trash. Edit ▸ Undo takes it back.",
        ),
        other_n,
        keep_n,
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning if differences else QMessageBox.Icon.Question,
        translate("MergeQuestion", "Merge Claims"),
        what,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("mergeClaimsQuestion")
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(translate("MergeQuestion", "&Merge"))
    if differences:
        items = "".join(f"<li>{html.escape(difference_text(d))}</li>" for d in differences)
        heading = fill(
            translate(
                "MergeQuestion",
                "<b>Close wording, different facts:</b> claims %1 and %2 differ in what they say:",
            ),
            keep_n,
            other_n,
        )
        audit = translate(
            "MergeQuestion",
            "The case's audit trail records that you merged them despite these differences.",
        )
        box.setText(f"<p>{heading}</p><ul>{items}</ul><p>{html.escape(what)} {audit}</p>")
        yes.setText(translate("MergeQuestion", "&Merge Anyway"))
        yes.setEnabled(False)
        sure = QCheckBox(
            translate("MergeQuestion", "I checked: these are one claim despite the differences"),
            box,
        )
        sure.setObjectName("mergeDespiteDifferences")
        sure.toggled.connect(yes.setEnabled)
        box.setCheckBox(sure)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
