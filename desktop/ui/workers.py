"""Work off the GUI thread: a function runs in the thread pool, its result (or error) comes
back as a queued signal on the GUI thread. The window shows a busy indicator meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Carrier(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self._carrier.failed.emit(exc)
        else:
            self._carrier.done.emit(result)


class Workers(QObject):
    """Runs functions in a thread pool; `busyChanged` tells when any is running."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[_Carrier] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        carrier = _Carrier()
        self._running.add(carrier)
        if len(self._running) == 1:
            self.busyChanged.emit(True)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(carrier)
            if not self._running:
                self.busyChanged.emit(False)
            handler(value)

        carrier.done.connect(lambda value: finish(on_done, value))
        carrier.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Task(work, carrier))

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running work (closing the window, tests)."""
        return self._pool.waitForDone(msecs)
