"""Run something once a widget has painted for the first time (a small module: the app
imports it before the window shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(1500, self, self._run)  # a window that never paints (minimised)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)  # after this paint has finished
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` once `widget` has painted for the first time."""
    _FirstPaint(widget, callback)
