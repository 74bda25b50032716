"""Reader processes: hostile files are parsed outside the application's process.

Each reader runs in its own process with an address-space limit (RLIMIT_AS), and the parent
stops it at a wall-clock deadline or when the reviewer cancels; pypdf has no timeout of its own.
On Linux the processes come from a fork server that has already imported the readers and the
language model, so a reader starts in milliseconds; elsewhere they are spawned. Never fork the
application itself: its Qt threads do not survive a fork.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ReadCancelled, SourceReadError, WorkApartError
from .limits import MB, ReadLimits

_context: Any = None
_starting = threading.Lock()


def context() -> Any:
    global _context
    if _context is None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(["desktop.sources._preload"])
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


def apart_is_cheap() -> bool:
    """A process of the fork server starts in milliseconds (Linux, macOS): the window may hand
    it any pure-Python work, short or long. Where processes are spawned (seconds each), only
    long work is worth one (`APART_FROM`)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def _start_without_main(process: Any) -> None:
    """Start a reader without making it import the application's main script first.

    multiprocessing makes every new process run the parent's `__main__` file again (to find
    functions defined there); readers need nothing from it, and for the GUI that would be
    wasted start-up time at best. While the process's start data is written, `__main__` is a
    blank module, so the reader imports only what its task needs.
    """
    with _starting:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            process.start()
        finally:
            if main is not None:
                sys.modules["__main__"] = main


#: Readers run below the application's priority: where they fill the cores, the window's
#: threads (the GUI thread, and a worker that holds the interpreter the GUI thread waits for)
#: get the CPU first, so the window keeps answering while a file is read. Only the share of a
#: busy machine changes; on idle cores the readers run as fast.
READER_NICENESS = 10

#: Characters of text from which the window runs pure-Python text work (attribution, the
#: search for translation notices) in a process of its own (`run_apart`): shorter takes less
#: time than starting the process.
APART_FROM = 50_000


def _child_main(*args: Any) -> None:
    """A reader process's entry. The readers (pypdf, the HTML and language libraries: ~35 MB)
    are imported there (the fork server has them preloaded), never in the application."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(READER_NICENESS)
    from ._child import child_main

    child_main(*args)


@dataclass
class Reader:
    process: Any
    conn: Any
    worker: int
    done: bool = False
    finished: bool = False


@dataclass
class ReaderGroup:
    """Reader processes working on one file; `messages()` yields (worker, message) until all
    have finished, enforcing the deadline and cancellation."""

    path: Path
    limits: ReadLimits
    cancelled: Callable[[], bool] = lambda: False
    readers: list[Reader] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.limits.seconds

    def start(self, task: str, kwargs: dict[str, Any]) -> None:
        ctx = context()
        receiving, sending = ctx.Pipe(duplex=False)
        process = ctx.Process(
            target=_child_main,
            args=(sending, task, kwargs, self.limits.memory_bytes),
            daemon=True,
            name=f"provdesk-reader-{len(self.readers)}",
        )
        _start_without_main(process)
        sending.close()
        self.readers.append(Reader(process, receiving, len(self.readers)))

    def stop(self) -> None:
        for reader in self.readers:
            if reader.process.is_alive():
                reader.process.kill()
        for reader in self.readers:
            reader.process.join(5)
            reader.conn.close()

    def _ended(self, reader: Reader) -> SourceReadError:
        reader.process.join(5)
        code = reader.process.exitcode
        if code is not None and code < 0:
            reason = (
                f"the reader was stopped by signal {-code}; the file may be built to exhaust "
                f"memory (limit {self.limits.memory_bytes // MB} MB)"
            )
        else:
            reason = f"the reader ended unexpectedly (exit status {code})"
        return SourceReadError(self.path, reason)

    def messages(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        try:
            while not all(r.done for r in self.readers):
                if self.cancelled():
                    raise ReadCancelled(self.path)
                left = self.deadline - time.monotonic()
                if left <= 0:
                    raise SourceReadError(
                        self.path,
                        f"reading it took longer than {self.limits.seconds:g} s, so it was "
                        "stopped (the file may be built to hang a reader)",
                    )
                by_conn = {r.conn: r for r in self.readers if not r.done}
                ready = multiprocessing.connection.wait(list(by_conn), timeout=min(0.1, left))
                for conn in ready:
                    reader = by_conn[conn]
                    try:
                        message: tuple[Any, ...] = reader.conn.recv()
                    except EOFError:
                        reader.done = True
                        if not reader.finished:
                            raise self._ended(reader) from None
                        continue
                    if message[0] in ("done", "result", "password", "error"):
                        reader.finished = True
                    elif message[0] == "ocr":  # a scanned page read: its time is its own
                        self.deadline += self.limits.ocr_page_seconds
                    yield reader.worker, message
        finally:
            self.stop()


def prestart(limits: ReadLimits | None = None) -> None:
    """Start the reader fork server now (it imports the readers and loads the language model,
    1–3 s), so that the reviewer's first import does not wait for it. Blocks until it is up:
    call it from a worker thread, e.g. once the window is shown."""
    group = ReaderGroup(Path("(start-up)"), limits or ReadLimits())
    group.start("noop", {})
    for _worker, _message in group.messages():
        pass


def run_apart(
    function: str,
    argument: Any,
    *,
    limits: ReadLimits | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Any:
    """`function(argument)` ("module:name"; both picklable) in a process of the fork server,
    under the readers' limits: long pure-Python work (the attribution of a 500-page source)
    that would otherwise share the application's interpreter with the GUI thread, which waits
    for it whenever the machine's scheduler pauses the worker thread holding it."""
    group = ReaderGroup(Path(function), limits or ReadLimits(), cancelled)
    group.start("call", {"function": function, "argument": argument})
    try:
        for _worker, message in group.messages():
            if message[0] == "error":
                raise WorkApartError(message[1])
            if message[0] == "result":
                return message[1]
    except SourceReadError as exc:  # the deadline, the memory limit, a crash
        raise WorkApartError(exc.reason) from None
    raise WorkApartError("the process gave no result")
