"""The source viewer's side-by-side reading of a translation and its original: the viewer splits
in two, the original on the left and the translation on the right, sentence against sentence.

One paragraph a bead on each side (1–1, 1–2, 2–1; a bead with no counterpart says "omitted in
the translation" or "added by the translator" on the empty side), each side in its own
direction. A bead takes the same height on both sides, so the two sides line up and scroll as
one; a bead whose pair drifted (a number, a negation, a month) is tinted and its flags are
written under the translation. Selecting text on one side highlights the aligned text on the
other: the words the evidence links when the selection is part of one sentence
(`aligned_selection`), else the whole aligned sentences."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QTextEdit, QVBoxLayout, QWidget

from db.text.aligned_pair import Alignment, Bead
from db.text.direction import isolate
from db.text.sentences import Sentence
from db.translations import ReadingPair

from ..common.placeholders import arg
from .aligned_layout import SLICE, level, write_beads
from .aligned_selection import SelectionMapping, map_selection, passage
from .drift_words import partial_reason, summary_line
from .pair_chooser import PairChooser

HIGHLIGHT = QColor("#c8ecc0")  # the aligned text of a selection (green: drift is yellow)
MATCHED = QColor("#5cb85c")  # the words the evidence links to the selected ones
MATCHED_INK = QColor("#ffffff")
SIDES = ("original", "translation")
HALF_WIDTH = 140
"""The narrowest half of the reading. The headers wrap: a long title no longer makes its half
(and so the source dock and the window, past the size asked for) as wide as the title."""


class AlignedSide(QTextEdit):
    """One side of the reading (read-only); `resized` when its text may lay out anew: its
    width, font (Ctrl+wheel zooms a read-only text) or style changed."""

    resized = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"aligned{side.capitalize()}")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LayoutDirectionChange,
        ):
            self.resized.emit()


class AlignedReading(QWidget):
    """`beadsSelected(side, beads)`: the reviewer selected text of these beads on `side`."""

    beadsSelected = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alignedReading")
        self.alignment: Alignment | None = None
        self.translation_id: int | None = None
        self.original_id: int | None = None
        self.languages: tuple[str | None, str | None] = (None, None)
        self.highlighted_beads: dict[str, list[int]] = {s: [] for s in SIDES}
        self.highlighted_spans: dict[str, list[tuple[int, int, int]]] = {s: [] for s in SIDES}
        self.evidence = QLabel()
        self.evidence.setObjectName("selectionEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.hide()
        self.summary = QLabel()
        self.summary.setObjectName("alignmentSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.partial = QLabel()
        self.partial.setObjectName("alignmentPartial")
        self.partial.setWordWrap(True)
        self.partial.setTextFormat(Qt.TextFormat.PlainText)
        self.partial.setStyleSheet("background: #fde2e1; color: #7a1c16; padding: 4px;")
        self.partial.hide()
        self.chooser = PairChooser()
        self.headers = {s: QLabel() for s in SIDES}
        self.sides = {s: AlignedSide(s) for s in SIDES}
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("alignedSplit")
        self.split.setChildrenCollapsible(False)
        #: the reviewer moved the splitter: the halves are left as they are for the next pair
        self.split_moved = False
        self.split.splitterMoved.connect(lambda *_: setattr(self, "split_moved", True))
        for side in SIDES:
            pane = QWidget()
            pane.setMinimumWidth(HALF_WIDTH)
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            header = self.headers[side]
            header.setTextFormat(Qt.TextFormat.PlainText)
            # a long title wraps in its half instead of widening it (the halves stay even)
            header.setWordWrap(True)
            header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            box.addWidget(header)
            box.addWidget(self.sides[side], 1)
            self.split.addWidget(pane)
        # one scroll bar for both sides: the right one; the left follows it (and the wheel)
        left, right = self.sides["original"], self.sides["translation"]
        left.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._syncing = False
        for a, b in ((left, right), (right, left)):
            a.verticalScrollBar().valueChanged.connect(
                lambda value, other=b: self._follow(other, value)
            )
            a.selectionChanged.connect(lambda side=a: self._selected(side))
            a.resized.connect(self._schedule_equalise)
        #: beads written so far, and levelled so far (a long pair is done a slice at a time)
        self.written = self.levelled = 0
        self._directions = {s: "ltr" for s in SIDES}
        self._bead_of: dict[str, list[int]] = {s: [] for s in SIDES}
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._next_slice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.partial)
        layout.addWidget(self.summary)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.evidence)

    # -- showing --------------------------------------------------------------------------

    def clear(self) -> None:
        self._slice_timer.stop()
        self.written = self.levelled = 0
        self.alignment = None
        self.translation_id = self.original_id = None
        self.summary.clear()
        self.partial.hide()
        self.evidence.hide()
        for side in SIDES:
            self.headers[side].clear()
            self.sides[side].clear()
            self.highlighted_beads[side] = []
            self.highlighted_spans[side] = []

    def set_pair(self, pair: ReadingPair) -> None:
        alignment = pair.alignment
        self.clear()
        self.alignment = alignment
        self.translation_id, self.original_id = pair.translation_id, pair.original_id
        self.languages = (pair.original_language, pair.translation_language)
        self._bead_of = {
            "original": [0] * len(alignment.original),
            "translation": [0] * len(alignment.translation),
        }
        for k, bead in enumerate(alignment.beads):
            for i in bead.original:
                self._bead_of["original"][i] = k
            for j in bead.translation:
                self._bead_of["translation"][j] = k
        self.chooser.set_choices(pair.choices, pair.translation_id)
        self.summary.setText(summary_line(alignment))
        partial = partial_reason(alignment)
        if partial:
            self.partial.setText(arg(self.tr("%1."), partial[0].upper() + partial[1:]))
            self.partial.show()
        self.headers["original"].setText(
            self.tr("Original — %1").replace("%1", isolate(pair.original_title))
        )
        self.headers["translation"].setText(
            self.tr("Translation — %1").replace("%1", isolate(pair.translation_title))
        )
        self._directions = {
            "original": pair.original_direction,
            "translation": pair.translation_direction,
        }
        for side in SIDES:
            self.sides[side].setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if self._directions[side] == "rtl"
                else Qt.LayoutDirection.LeftToRight
            )
        if not self.split_moved:
            half = max(self.split.width() // 2, 1)
            self.split.setSizes([half, half])
        self._next_slice()  # the first screenful now, the rest between the window's events
        for side in SIDES:
            self.sides[side].moveCursor(QTextCursor.MoveOperation.Start)

    @property
    def complete(self) -> bool:
        """Every bead written and levelled."""
        return self.alignment is not None and self.levelled == self.written == len(
            self.alignment.beads
        )

    def _next_slice(self) -> None:
        """Write the next slice of beads, or level the next slice after a resize."""
        if self.alignment is None:
            return
        total = len(self.alignment.beads)
        if self.levelled < self.written:
            stop = min(self.levelled + SLICE, self.written)
        else:
            stop = min(self.written + SLICE, total)
            for side in SIDES:
                view = self.sides[side]
                write_beads(view, self.alignment, side, self._directions[side], self.written, stop)
            self.written = stop
        level([self.sides[s] for s in SIDES], self.levelled, stop)
        self.levelled = stop
        self._level_headers()
        self._align_scroll()
        if self.levelled < total:
            self._slice_timer.start()

    def _level_headers(self) -> None:
        """The two headers as tall as the taller (a title in another script may take a taller
        line), so that the two texts start at one height."""
        headers = [self.headers[s] for s in SIDES]
        tallest = max(h.heightForWidth(max(h.width(), 1)) for h in headers)
        for header in headers:
            if header.minimumHeight() != tallest:
                header.setMinimumHeight(tallest)

    def _align_scroll(self) -> None:
        """The left side at the right one's place: a side whose text was shorter while it
        was laid out again kept a smaller value, which the scroll bar does not tell."""
        left = self.sides["original"].verticalScrollBar()
        right = self.sides["translation"].verticalScrollBar()
        if left.value() != right.value():
            self._syncing = True
            left.setValue(right.value())
            self._syncing = False

    def _sentences(self, bead: Bead, side: str) -> list[Sentence]:
        assert self.alignment is not None
        if side == "original":
            return [self.alignment.original[i] for i in bead.original]
        return [self.alignment.translation[j] for j in bead.translation]

    def _schedule_equalise(self) -> None:
        """The width changed: level the beads again, a slice at a time from the top."""
        if self.alignment is not None:
            self.levelled = 0
            self._slice_timer.start()

    def _follow(self, other: AlignedSide, value: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        other.verticalScrollBar().setValue(value)
        self._syncing = False

    # -- selecting ------------------------------------------------------------------------

    def _selected(self, view: AlignedSide) -> None:
        cursor = view.textCursor()
        other = "translation" if view.side == "original" else "original"
        if not cursor.hasSelection() or self.alignment is None:
            return
        document = view.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first = document.findBlock(start)
        last = document.findBlock(max(end - 1, start))
        beads = list(range(first.blockNumber(), last.blockNumber() + 1))
        within = None
        if len(beads) == 1:
            within = (start - first.position(), end - first.position())
        mapping = map_selection(self.alignment, self.languages, view.side, beads, within)
        self._highlight(other, mapping)
        self._highlight(view.side, SelectionMapping([]))
        self.evidence.setText(mapping.note)
        self.evidence.setVisible(bool(mapping.note))
        self.beadsSelected.emit(view.side, beads)

    def _highlight(self, side: str, mapping: SelectionMapping) -> None:
        view = self.sides[side]
        beads = mapping.beads
        selections = []
        for k in beads:
            block = view.document().findBlockByNumber(k)
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT.lighter(112) if mapping.words else HIGHLIGHT)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selections.append(_extra(cursor, fmt))
        for k, lo, hi in mapping.words:
            at = view.document().findBlockByNumber(k).position()
            cursor = QTextCursor(view.document())
            cursor.setPosition(at + lo)
            cursor.setPosition(at + hi, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(MATCHED)
            fmt.setForeground(MATCHED_INK)
            selections.append(_extra(cursor, fmt))
        view.setExtraSelections(selections)
        self.highlighted_beads[side] = beads
        self.highlighted_spans[side] = list(mapping.words)
        if beads:
            rect = (
                view.document()
                .documentLayout()
                .blockBoundingRect(view.document().findBlockByNumber(beads[0]))
            )
            bar = self.sides["translation"].verticalScrollBar()
            top, height = bar.value(), self.sides["translation"].viewport().height()
            if not top <= rect.top() <= top + height - 20:
                bar.setValue(int(rect.top()) - 20)

    def select_span(self, side: str, start: int, end: int) -> list[int]:
        """Select the characters `start`–`end` of the source on `side` ("original" or
        "translation") as the reviewer would: the aligned text of the other side is
        highlighted. Returns the beads selected."""
        if self.alignment is None:
            return []
        sentences = self.alignment.original if side == "original" else self.alignment.translation
        beads = self.alignment.beads
        document = self.sides[side].document()
        # the sentences the span overlaps (sentences are in text order), then their beads
        first = bisect.bisect_right([x.end for x in sentences], start)
        positions: list[int] = []
        for i in range(first, len(sentences)):
            s = sentences[i]
            if s.start >= end:
                break
            k = self._bead_of[side][i]
            if k >= self.written:
                break
            at = document.findBlockByNumber(k).position()
            for x in self._sentences(beads[k], side):
                if x is s:
                    lo, hi = max(start, s.start), min(end, s.end)
                    if lo < hi:
                        positions += [at + lo - s.start, at + hi - s.start]
                    break
                at += len(x.text) + 1
        if not positions or not sentences:
            return []
        view = self.sides[side]
        cursor = QTextCursor(view.document())
        cursor.setPosition(min(positions))
        cursor.setPosition(max(positions), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        other = "translation" if side == "original" else "original"
        return list(self.highlighted_beads[other])

    def highlighted(self, side: str) -> list[str]:
        """The texts highlighted on `side` (each bead's sentences)."""
        if self.alignment is None:
            return []
        return [passage(self.alignment, k, side) for k in self.highlighted_beads[side]]

    def highlighted_words(self, side: str) -> list[str]:
        """The words the evidence links to the selection, highlighted on `side`."""
        if self.alignment is None:
            return []
        return [
            passage(self.alignment, k, side)[lo:hi] for k, lo, hi in self.highlighted_spans[side]
        ]

    def bead_text(self, side: str, bead: int) -> str:
        """What the reader sees of a bead on one side (its sentences, or the note)."""
        return self.sides[side].document().findBlockByNumber(bead).text()

    def bead_font(self, side: str, bead: int) -> QFont:
        block = self.sides[side].document().findBlockByNumber(bead)
        return block.charFormat().font()


def _extra(cursor: QTextCursor, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    extra = QTextEdit.ExtraSelection()
    extra.cursor = cursor
    extra.format = fmt
    return extra
