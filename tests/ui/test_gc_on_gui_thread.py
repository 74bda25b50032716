"""While the window lives, the cyclic garbage collector runs on the GUI thread only: a worker
thread that frees a Qt wrapper crashes the interpreter, so automatic collection (which runs on
whichever thread allocates) is off, and the window's timer collects instead."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_cycles_are_collected_on_the_gui_thread_while_the_window_lives(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not gc.isenabled()
    _cycles_are_collected_on_the_gui_thread(qtbot)


def _cycles_are_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    collected_on: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["collected"]:
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        garbage = _Node()
        gone = weakref.ref(garbage)
        del garbage
        # A worker allocating far past the collector's threshold does not collect itself.
        worker = threading.Thread(target=lambda: [_Node() for _ in range(20_000)])
        worker.start()
        worker.join()
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        gc.callbacks.remove(note)
    assert set(collected_on) == {threading.main_thread().name}


def test_closing_the_window_hands_collection_back(qtbot: QtBot) -> None:
    window = MainWindow()
    assert not gc.isenabled()
    window.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=5000)


def test_a_window_closing_while_another_lives_leaves_collection_on_the_gui_thread(
    qtbot: QtBot,
) -> None:
    """Two windows in one process (a test session, a window opened before another closes):
    the first one's end does not hand the collector back while the second lives."""
    first, second = MainWindow(), MainWindow()
    ended: list[bool] = []
    first.destroyed.connect(lambda: ended.append(True))
    first.deleteLater()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert not gc.isenabled()
    _cycles_are_collected_on_the_gui_thread(qtbot)
    second.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
