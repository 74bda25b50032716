"""How the side-by-side reading writes its beads: one paragraph a bead on each side, each in
its own direction, tinted when its pair drifted or it has no counterpart; and how the two
sides are kept level (each bead as tall on both sides). Both work on a range of beads, so a
long pair is written and levelled a slice at a time between the window's events."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from db.text.aligned_pair import Alignment

from .drift_words import flags_line

MISSING = QColor("#fde2e1")
ADDED = QColor("#e3ecfa")
DRIFT = QColor("#fff1c2")
FLAG_INK = QColor("#8a4b00")
GAP = 8  # pixels between beads
OMITTED_NOTE = QT_TRANSLATE_NOOP("AlignedReading", "— omitted in the translation —")
ADDED_NOTE = QT_TRANSLATE_NOOP("AlignedReading", "— added by the translator —")
SLICE = 150
"""Beads written (or levelled) at a time: a 5,000-sentence pair in slices that each take a
fraction of a second, the window answering between them."""


def write_beads(
    view: QTextEdit, alignment: Alignment, side: str, direction: str, first: int, stop: int
) -> None:
    """Append beads `first`–`stop` of `alignment` to `view` (the `side` of the reading)."""
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    plain = QTextCharFormat()
    note = QTextCharFormat()
    note.setFontItalic(True)
    note.setForeground(QColor("#555555"))
    flag = QTextCharFormat()
    flag.setForeground(FLAG_INK)
    flag.setFontPointSize(max(view.font().pointSizeF() - 1, 6))
    rtl = direction == "rtl"
    sentences = alignment.original if side == "original" else alignment.translation
    for k in range(first, stop):
        bead = alignment.beads[k]
        if k:
            cursor.insertBlock()
        block = QTextBlockFormat()
        block.setBottomMargin(GAP)
        indexes = bead.original if side == "original" else bead.translation
        drifted = [f for f in bead.drift if f.kind not in ("omitted", "added")]
        if indexes:
            block.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            # leading edge: the right in a right-to-left paragraph
            block.setAlignment(Qt.AlignmentFlag.AlignLeading)
            if drifted:
                block.setBackground(DRIFT)
            cursor.setBlockFormat(block)
            cursor.insertText(" ".join(sentences[i].text for i in indexes), plain)
            if drifted and side == "translation":
                cursor.insertText("\u2028⚑ " + flags_line(drifted), flag)
        else:
            block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            block.setAlignment(Qt.AlignmentFlag.AlignCenter)
            block.setBackground(ADDED if side == "original" else MISSING)
            cursor.setBlockFormat(block)
            text = ADDED_NOTE if side == "original" else OMITTED_NOTE
            cursor.insertText(QCoreApplication.translate("AlignedReading", text), note)
    cursor.endEditBlock()


def level(views: list[QTextEdit], first: int, stop: int) -> None:
    """Give beads `first`–`stop` the same height on every side: the shorter side gets the
    difference as space below it, so the sides line up bead by bead. A block's bounding
    rectangle leaves its bottom margin out, so the height measured is the text's alone,
    whatever margin an earlier levelling gave it (at another width or font)."""
    documents = [v.document() for v in views]
    stop = min(stop, *(d.blockCount() for d in documents))
    natural: list[list[float]] = []
    for document in documents:
        layout = document.documentLayout()
        natural.append(
            [
                layout.blockBoundingRect(document.findBlockByNumber(k)).height()
                for k in range(first, stop)
            ]
        )
    tallest = [max(h) for h in zip(*natural, strict=True)]
    for document, heights in zip(documents, natural, strict=True):
        editing = QTextCursor(document)
        editing.beginEditBlock()
        for k, (t, h) in enumerate(zip(tallest, heights, strict=True), start=first):
            block = document.findBlockByNumber(k)
            fmt = block.blockFormat()
            margin = GAP + t - h
            if abs(fmt.bottomMargin() - margin) > 0.01:
                fmt.setBottomMargin(margin)
                QTextCursor(block).setBlockFormat(fmt)
        editing.endEditBlock()
