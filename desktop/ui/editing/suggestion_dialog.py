"""Create claim from suggestion…: the claim dialog prefilled from a proposed chain.

The wording is the suggestion's (editable); the hops are listed origin first, each with its
actor (matched in the case, or new), relation, and what the reviewer should check (a guessed
actor, a doubtful direction). A hop can be left out by unticking it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from db.text.direction import isolate
from desktop.attribution import ProposedHop, Suggestion

from ..common.submit_dialog import SubmitDialog


def hop_flags(hop: ProposedHop) -> str:
    flags = []
    if hop.actor_id is None:
        flags.append(f"new {hop.actor_kind.replace('-', ' ')}")
    if hop.guessed:
        flags.append("actor guessed")
    if hop.direction_doubtful:
        flags.append("direction doubtful")
    if hop.in_source:
        flags.append("quoted in this source")
    return ", ".join(flags)


class SuggestionClaimDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, suggestion: Suggestion, *, title: str = "") -> None:
        super().__init__(parent, title or "Create claim from suggestion")
        self.setObjectName("suggestionClaimDialog")
        self.suggestion = suggestion
        self.text = QPlainTextEdit(suggestion.wording)
        self.text.setObjectName("suggestionWording")
        self.text.setAccessibleName("Claim wording")
        self.text.setTabChangesFocus(True)
        self.hops = QTreeWidget()
        self.hops.setObjectName("suggestionHops")
        self.hops.setAccessibleName("Hops, origin first")
        self.hops.setHeaderLabels(["Actor", "Relation", "Check"])
        self.hops.setRootIsDecorated(False)
        for hop in suggestion.hops:
            item = QTreeWidgetItem([hop.actor, hop.relation, hop_flags(hop)])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(
                0, f"In the text: {isolate(hop.mention)}" + (f"\n{hop.note}" if hop.note else "")
            )
            self.hops.addTopLevelItem(item)
        for column in range(3):
            self.hops.resizeColumnToContents(column)
        note = QLabel(
            "Nothing enters the case until you press OK; then claim and hops are one step that "
            "Undo takes back."
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Wording:", self.text)
        form.addRow("&Hops (origin first):", self.hops)
        self.body.addLayout(form)
        self.body.addWidget(note)
        self.resize(680, 440)

    def chosen_hops(self) -> list[ProposedHop]:
        return [
            hop
            for index, hop in enumerate(self.suggestion.hops)
            if self.hops.topLevelItem(index).checkState(0) == Qt.CheckState.Checked
        ]

    def wording(self) -> str:
        return self.text.toPlainText()

    def check(self) -> str | None:
        if not self.text.toPlainText().strip():
            return "Write the claim's wording first"
        if not self.chosen_hops():
            return "Keep at least one hop"
        return None
