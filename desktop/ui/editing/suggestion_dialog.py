"""Create claim from suggestion…: the claim dialog prefilled from a proposed chain.

The wording is the suggestion's (editable); the hops are listed origin first, each with its
actor (matched in the case, or new), relation, and what the reviewer should check (a guessed
actor, a doubtful direction). A hop can be left out by unticking it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from db.text.direction import isolate
from db.vocabulary import ActorKind, Relation
from desktop.attribution import ProposedHop, Suggestion

from ..common.submit_dialog import SubmitDialog
from ..common.vocabulary_labels import shown_value


def hop_flags(hop: ProposedHop) -> str:
    """What the reviewer should check of a proposed hop, in the window's language."""
    translate = QCoreApplication.translate
    flags = []
    if hop.actor_id is None:
        kind = shown_value(ActorKind, hop.actor_kind)
        flags.append(translate("SuggestionClaimDialog", "new: %1").replace("%1", kind))
    if hop.guessed:
        flags.append(translate("SuggestionClaimDialog", "actor guessed"))
    if hop.direction_doubtful:
        flags.append(translate("SuggestionClaimDialog", "direction doubtful"))
    if hop.in_source:
        flags.append(translate("SuggestionClaimDialog", "quoted in this source"))
    return translate("SuggestionClaimDialog", ", ").join(flags)


class SuggestionClaimDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, suggestion: Suggestion, *, title: str = "") -> None:
        super().__init__(parent, title or self.tr("Create claim from suggestion"))
        self.setObjectName("suggestionClaimDialog")
        self.suggestion = suggestion
        self.text = QPlainTextEdit(suggestion.wording)
        self.text.setObjectName("suggestionWording")
        self.text.setAccessibleName(self.tr("Claim wording"))
        self.text.setTabChangesFocus(True)
        self.hops = QTreeWidget()
        self.hops.setObjectName("suggestionHops")
        self.hops.setAccessibleName(self.tr("Hops, origin first"))
        self.hops.setHeaderLabels([self.tr("Actor"), self.tr("Relation"), self.tr("Check")])
        self.hops.setRootIsDecorated(False)
        for hop in suggestion.hops:
            relation = shown_value(Relation, hop.relation)
            item = QTreeWidgetItem([hop.actor, relation, hop_flags(hop)])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(
                0,
                self.tr("In the text: %1").replace("%1", isolate(hop.mention))
                + (f"\n{hop.note}" if hop.note else ""),
            )
            self.hops.addTopLevelItem(item)
        for column in range(3):
            self.hops.resizeColumnToContents(column)
        note = QLabel(
            self.tr(
                "Nothing enters the case until you press OK; then claim and hops are one step "
                "that Undo takes back."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wording:"), self.text)
        form.addRow(self.tr("&Hops (origin first):"), self.hops)
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
            return self.tr("Write the claim's wording first")
        if not self.chosen_hops():
            return self.tr("Keep at least one hop")
        return None
