"""Work off the GUI thread: a function runs in a Python thread pool, its result (or error)
comes back on the GUI thread. The window shows a busy indicator meanwhile.

Worker threads make no Qt calls at all: they put their outcome in a queue and write one byte
to a local socket pair; a QSocketNotifier on the GUI thread wakes on that byte and empties the
queue. (Emitting PySide signals from pool threads crashed the interpreter under load —
"none_dealloc" in PySide6 6.12 — so results cross by queue, and the wake-up by socket: no
polling, no delay.)
"""

from __future__ import annotations

import contextlib
import queue
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal


class Workers(QObject):
    """Runs functions in a thread pool; `busyChanged` tells when any is running."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="provdesk-worker")
        self._done: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._handlers: dict[
            int, tuple[Callable[[Any], None], Callable[[BaseException], None]]
        ] = {}
        self._serial = 0
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._notifier = QSocketNotifier(
            self._wake_reader.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._woken)

    @property
    def busy(self) -> bool:
        return bool(self._handlers)

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._serial += 1
        serial = self._serial
        self._handlers[serial] = (on_done, on_error)
        if len(self._handlers) == 1:
            self.busyChanged.emit(True)
        outbox = self._done
        wake = self._wake_writer

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # handed to the GUI thread, which decides what to show
                outbox.put((serial, False, exc))
            else:
                outbox.put((serial, True, result))
            # A full buffer means a wake-up is pending already; a closed one, no window.
            with contextlib.suppress(BlockingIOError, OSError):
                wake.send(b"\0")

        self._pool.submit(run)

    def _woken(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):
            while self._wake_reader.recv(4096):
                pass
        self.deliver()

    def deliver(self) -> None:
        """Hand finished work to its handlers (GUI thread)."""
        while True:
            try:
                serial, ok, value = self._done.get_nowait()
            except queue.Empty:
                break
            handlers = self._handlers.pop(serial, None)
            if not self._handlers:
                self.busyChanged.emit(False)
            if handlers is not None:
                handlers[0 if ok else 1](value)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running work and hand it over (closing the window, tests)."""
        import time

        deadline = time.monotonic() + msecs / 1000
        while self._handlers and time.monotonic() < deadline:
            self.deliver()
            time.sleep(0.002)
        self.deliver()
        return not self._handlers
