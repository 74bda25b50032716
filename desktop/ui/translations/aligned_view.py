"""A translation beside its original, sentence against sentence: one row a bead (1–1, 1–2,
2–1, omitted in the translation, added by the translator), each side in its own direction,
the drift flags of the pair in the third column. Selecting text on one side selects its row,
so the aligned text on the other side is highlighted; both sides scroll together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.text.aligned_pair import Alignment
from db.text.direction import isolate

MISSING = QColor("#fde2e1")
ADDED = QColor("#e3ecfa")
DRIFT = QColor("#fff1c2")


class AlignedView(QDialog):
    """The aligned pair of `alignment` (original on the left, translation on the right)."""

    def __init__(
        self,
        alignment: Alignment,
        *,
        original_title: str,
        translation_title: str,
        original_direction: str,
        translation_direction: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Aligned Translation — {translation_title}")
        self.setObjectName("alignedTranslation")
        self.alignment = alignment
        self.summary = QLabel(f"Drift: {alignment.summary()}")
        self.summary.setObjectName("alignmentSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(alignment.beads), 3)
        self.table.setObjectName("alignedPairs")
        self.table.setHorizontalHeaderLabels(
            [
                f"Original — {isolate(original_title)}",
                f"Translation — {isolate(translation_title)}",
                "Drift",
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 220)
        italic = QFont(self.table.font())
        italic.setItalic(True)
        for row, bead in enumerate(alignment.beads):
            left = " ".join(alignment.original[i].text for i in bead.original)
            right = " ".join(alignment.translation[j].text for j in bead.translation)
            cells = [
                self._cell(left, original_direction)
                if left
                else self._note("— added by the translator —", italic, ADDED),
                self._cell(right, translation_direction)
                if right
                else self._note("— omitted in the translation —", italic, MISSING),
            ]
            flags = [f.description for f in bead.drift if f.kind not in ("omitted", "added")]
            drift = QTableWidgetItem("\n".join(flags))
            if flags:
                drift.setBackground(QBrush(DRIFT))
            for column, item in enumerate([*cells, drift]):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout = QVBoxLayout(self)
        if alignment.partial:
            partial = QLabel(alignment.partial[0].upper() + alignment.partial[1:] + ".")
            partial.setObjectName("alignmentPartial")
            partial.setWordWrap(True)
            layout.addWidget(partial)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.resize(1000, 640)

    @staticmethod
    def _cell(text: str, direction: str) -> QTableWidgetItem:
        # an item's paragraph takes the view's direction: right-to-left text is embedded as
        # such, so its full stop, numbers and Latin names fall where a reader expects them
        item = QTableWidgetItem(f"\u202b{text}\u202c" if direction == "rtl" else text)
        item.setData(Qt.ItemDataRole.UserRole, text)
        align = Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignTop)
        return item

    @staticmethod
    def _note(text: str, font: QFont, colour: QColor) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFont(font)
        item.setBackground(QBrush(colour))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def select_span(self, side: str, start: int, end: int) -> list[int]:
        """Select the rows whose sentences on `side` ("original" or "translation") overlap the
        characters `start`–`end`: the aligned text of the other side is highlighted with them.
        Returns the rows."""
        beads = (
            self.alignment.beads_for_original(start, end)
            if side == "original"
            else self.alignment.beads_for_translation(start, end)
        )
        rows = [self.alignment.beads.index(b) for b in beads]
        self.table.clearSelection()
        for row in rows:
            self.table.selectRow(row)
        if rows:
            self.table.scrollToItem(self.table.item(rows[0], 0))
        return rows

    def highlighted(self, column: int) -> list[str]:
        """The texts selected in a column (0 original, 1 translation)."""
        return [
            str(i.data(Qt.ItemDataRole.UserRole) or i.text())
            for i in self.table.selectedItems()
            if i.column() == column
        ]
