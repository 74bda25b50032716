"""Paints claim text with the words of the current search highlighted.

The words are folded (`db.text.normalise.search_words`), so the text is folded character by
character to find them: "turkce" lights up "Türkçe", "الوطن" lights up "الوَطن".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from db.text.normalise import search_key

from ..common.case_text_delegate import CaseTextDelegate


def match_ranges(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, length) of every place in `text` where a folded word starts a word."""
    if not words:
        return []
    whole = text.lower() if text.isascii() else search_key(text)
    if len(whole) == len(text):  # folding kept one character for one (the usual case)
        flat, origin = whole, list(range(len(text)))
    else:  # some characters folded to more or fewer: fold one at a time to map back
        folded: list[str] = []
        origin = []
        for i, char in enumerate(text):
            key = search_key(char)
            folded.append(key)
            origin.extend([i] * len(key))
        flat = "".join(folded)
    found: list[tuple[int, int]] = []
    for word in words:
        start = flat.find(word)
        while start != -1:
            if start == 0 or not flat[start - 1].isalnum():
                end = start + len(word) - 1
                first, last = origin[start], origin[min(end, len(origin) - 1)]
                found.append((first, last - first + 1))
            start = flat.find(word, start + 1)
    return sorted(found)


@functools.lru_cache(maxsize=4096)
def _cached_ranges(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """`match_ranges` for painting: the same rows are painted again on every scroll and hover."""
    return match_ranges(text, words)


class HighlightDelegate(CaseTextDelegate):
    """Draws the text of a cell and marks the matches of `words()`."""

    def __init__(self, words: Callable[[], Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._words = words

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        words = tuple(self._words())
        if not words:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        style = opt.widget.style() if opt.widget else None
        if style is None or not _cached_ranges(text, words):
            super().paint(painter, option, index)  # nothing to mark: Qt paints it alone
            return
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        shown = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_colour = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        fmt = QTextCharFormat()
        fmt.setFontWeight(700)
        if not selected:
            fmt.setBackground(Qt.GlobalColor.yellow)
            fmt.setForeground(Qt.GlobalColor.black)
        formats = []
        for start, length in _cached_ranges(shown, words):
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = start, length, fmt
            formats.append(rng)
        layout = QTextLayout(shown, opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(rect.width())
        layout.endLayout()
        painter.save()
        painter.setPen(text_colour)
        height = line.height() if line.isValid() else 0
        top = rect.top() + (rect.height() - height) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()
