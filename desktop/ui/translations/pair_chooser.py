"""Which pair the side-by-side reading shows, and the reviewer's switch between pairs: an
original with several translations, or a source that is both a translation (of its original)
and translated (a chain Turkish → Arabic → English)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from db.text.direction import isolate
from db.translations import PairChoice

from ..common.placeholders import arg, counted


class PairChooser(QWidget):
    """`chosen(translation_id)`: the reviewer picked another pair."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairChooser")
        self.label = QLabel(self.tr("&Pair:"))
        self.combo = QComboBox()
        self.combo.setObjectName("pairChoices")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        self.count = QLabel()
        self.count.setObjectName("pairCount")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.count)
        self._choices: tuple[PairChoice, ...] = ()
        self.combo.activated.connect(self._activated)

    def set_choices(self, choices: tuple[PairChoice, ...], shown: int) -> None:
        """List `choices`, the pair whose translation is `shown` current."""
        self._choices = choices
        self.combo.blockSignals(True)
        self.combo.clear()
        for c in choices:
            self.combo.addItem(
                arg(
                    self.tr("%1 (%2) → %3 (%4)"),
                    isolate(c.original_title),
                    c.original_language or "?",
                    isolate(c.translation_title),
                    c.translation_language or "?",
                ),
                c.translation_id,
            )
        index = next((k for k, c in enumerate(choices) if c.translation_id == shown), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self.combo.setEnabled(len(choices) > 1)
        self.count.setText(counted(self.tr("%n aligned pair(s)", "", len(choices))))

    def labels(self) -> list[str]:
        return [self.combo.itemText(k) for k in range(self.combo.count())]

    def choose(self, index: int) -> None:
        """Pick the pair at `index` as the reviewer would."""
        self.combo.setCurrentIndex(index)
        self._activated(index)

    def _activated(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self.chosen.emit(self._choices[index].translation_id)
