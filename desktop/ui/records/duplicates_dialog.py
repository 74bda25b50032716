"""View ▸ Actors ▸ Likely Duplicates: actors whose names meet across scripts and inflections
(Лавров and Sergey Lavrov), each pair with the spellings that met and how alike they are. Merge
folds the chosen pair's newer actor into the older one (Edit ▸ Undo takes it back); nothing is
merged without the reviewer choosing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QWidget

from db.text.direction import isolate

from ..claim.meaning_words import fill
from ..common.submit_dialog import SubmitDialog

if TYPE_CHECKING:
    from db.actor_names import LikelyDuplicate


class DuplicatesDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None, pairs: tuple[LikelyDuplicate, ...]) -> None:
        super().__init__(parent, self.tr("Likely duplicate actors"))
        self.setObjectName("duplicatesDialog")
        self.pairs = pairs
        text = QLabel(
            self.tr(
                "These actors' names meet in another script or form. A shared name is evidence, "
                "not proof (namesakes share keys too): merge only the pairs that are one actor. "
                "Merge folds the second into the first; Edit ▸ Undo takes a merge back."
            )
            if pairs
            else self.tr("No two actors' names meet across scripts and forms.")
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Likely duplicates"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for pair in pairs:
            how = (
                self.tr("same name key")
                if pair.first.same_key
                else self.tr("part of the name meets")
            )
            met = f"{isolate(pair.second_spelling)} ~ {isolate(pair.first.spelling)}"
            if pair.first.met:  # the parts that spell each other
                met += " (" + ", ".join(f"{isolate(x)} = {isolate(y)}" for x, y in pair.first.met)
                met += ")"
            line = self.tr("Merge %1 (actor %2) into %3 (actor %4) — %5: %6, %7% alike")
            item = QListWidgetItem(
                fill(
                    line,
                    isolate(pair.second_name),
                    pair.second_id,
                    isolate(pair.first.actor_name),
                    pair.first.actor_id,
                    how,
                    met,
                    round(pair.similarity * 100),
                )
            )
            self.list.addItem(item)
        if pairs:
            self.list.setCurrentRow(0)
        self.body.addWidget(text)
        self.body.addWidget(self.list)
        self.ok_button.setText(self.tr("&Merge"))
        self.ok_button.setEnabled(bool(pairs))
        self.resize(640, 360)

    def chosen(self) -> LikelyDuplicate | None:
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def check(self) -> str | None:
        return None if self.chosen() is not None else self.tr("Choose the pair to merge")
