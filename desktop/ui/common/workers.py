"""Work off the GUI thread: a function runs in a Python thread pool, its result (or error)
comes back on the GUI thread. The window shows a busy indicator meanwhile.

Worker threads make no Qt calls at all: they put their outcome in a queue and write one byte
to a local socket pair; a QSocketNotifier on the GUI thread wakes on that byte and empties the
queue. (Emitting PySide signals from pool threads crashed the interpreter under load —
"none_dealloc" in PySide6 6.12 — so results cross by queue, and the wake-up by socket: no
polling, no delay.) The pool and the socket pair are made on the first submit, after the
window has painted.

`next_pass(owner, slot)` cuts work on the GUI thread into event-loop passes of its own.

The cyclic garbage collector runs on the GUI thread only while a window lives
(`collect_on_gui_thread`): left automatic, it runs on whichever thread happens to allocate,
and a worker thread that frees a Qt object's wrapper crashes the interpreter (seen as a
segmentation fault "Garbage-collecting" inside a worker's database read).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

if TYPE_CHECKING:
    import queue
    import socket
    from concurrent.futures import ThreadPoolExecutor

Handlers = tuple[Callable[[Any], None], Callable[[BaseException], None]]

#: How often (ms) the GUI thread runs the collections the collector would have run itself.
COLLECT_INTERVAL_MS = 250


def collect_on_gui_thread(owner: QObject) -> None:
    """Turn the automatic cyclic garbage collector off while `owner` (a main window) lives,
    and run its collections from a timer on the GUI thread instead, generation by generation
    with the interpreter's own thresholds; the collector is turned back on when the last
    owner is destroyed (windows are counted: one closing while another lives, as in a test
    session or a window opened before the previous one is gone, leaves collection on the GUI
    thread). Code that pauses or enables the collector for a while (a report's layout)
    restores the state it found. Call from the GUI thread."""
    import gc

    gc.disable()
    # What lives once the window is built (modules, classes, functions: most of the
    # interpreter's objects, never garbage) is frozen out of the collector's sight, so that a
    # full collection on the GUI thread goes only through what came since (~150 ms → a few).
    gc.freeze()
    global _serial
    _serial += 1
    _owners.add(_serial)
    timer = QTimer(owner)
    timer.setInterval(COLLECT_INTERVAL_MS)
    timer.timeout.connect(_collect_due)
    timer.start()
    owner.destroyed.connect(functools.partial(_owner_gone, _serial))


#: The owners `collect_on_gui_thread` keeps the collector off for (a serial number each).
_owners: set[int] = set()
_serial = 0


def _collect_due() -> None:
    import gc

    if gc.isenabled():  # someone collects automatically for a while (a report's layout)
        return
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in (2, 1, 0) if thresholds[g] and counts[g] > thresholds[g]]
    if due:
        gc.collect(due[0])


def _owner_gone(serial: int, *_: object) -> None:
    import gc

    _owners.discard(serial)
    if not _owners:
        gc.unfreeze()
        gc.enable()


def next_pass(owner: QObject, slot: Callable[[], Any]) -> None:
    """Run `slot` on the GUI thread in a later pass of the event loop than this one: after the
    repaint and layout this pass asked for, and after the timers and input due meanwhile (the
    window shows a frame between). `QTimer.singleShot(0, …)` is no such break: it posts a call
    that runs in the same pass as the repaint posted before it. Nothing runs if `owner` is
    deleted first.

    The timer is no child of `owner`: a slot may hold the last reference to an owner without a
    parent, which is freed when the spent timer lets the slot go; had the timer been the
    owner's child, the owner would have deleted it again inside its own deletion (a crash)."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    _waiting.add(timer)

    def cancel(*_: object) -> None:
        if timer in _waiting:
            _waiting.discard(timer)
            timer.stop()
            timer.deleteLater()

    def fire() -> None:
        if timer not in _waiting:
            return
        _waiting.discard(timer)
        owner.destroyed.disconnect(cancel)
        timer.deleteLater()
        slot()

    owner.destroyed.connect(cancel)
    timer.timeout.connect(fire)
    timer.start()


#: The timers `next_pass` has started and that have not fired or been cancelled yet.
_waiting: set[QTimer] = set()


class Workers(QObject):
    """Runs functions in a thread pool; `busyChanged` tells when any is running."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: dict[int, Handlers] = {}
        self._serial = 0
        self._pool: ThreadPoolExecutor | None = None
        self._done: queue.SimpleQueue[tuple[int, bool, Any]] | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None

    @property
    def busy(self) -> bool:
        return bool(self._handlers)

    def _start(self) -> tuple[ThreadPoolExecutor, queue.SimpleQueue[Any], socket.socket]:
        if self._pool is None or self._done is None or self._wake is None:
            import queue
            import socket
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="provdesk-worker")
            self._done = queue.SimpleQueue()
            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._wake = (reader, writer)
            notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
            notifier.activated.connect(self._woken)
        return self._pool, self._done, self._wake[1]

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        pool, outbox, wake = self._start()
        self._serial += 1
        serial = self._serial
        self._handlers[serial] = (on_done, on_error)
        if len(self._handlers) == 1:
            self.busyChanged.emit(True)

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

        pool.submit(run)

    def _woken(self) -> None:
        if self._wake is not None:
            with contextlib.suppress(BlockingIOError, OSError):
                while self._wake[0].recv(4096):
                    pass
        self.deliver()

    def deliver(self) -> None:
        """Hand finished work to its handlers (GUI thread)."""
        while self._done is not None and not self._done.empty():
            serial, ok, value = self._done.get()
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
