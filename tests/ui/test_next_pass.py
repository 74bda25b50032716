"""`next_pass` runs a slot in a later pass of the event loop, never after its owner is gone, and
a slot that holds the last reference to an owner without a parent frees it safely (the timer
used to be the owner's child: the owner deleted it again inside its own deletion, a crash)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from desktop.ui.common import workers
from desktop.ui.common.workers import next_pass

ROOT = Path(__file__).resolve().parents[2]


def test_the_slot_runs_once_in_a_later_pass(qtbot: QtBot) -> None:
    owner = QObject()
    order: list[str] = []
    next_pass(owner, lambda: order.append("next pass"))
    QTimer.singleShot(0, lambda: order.append("posted"))
    qtbot.waitUntil(lambda: len(order) == 2)
    qtbot.wait(20)
    assert order == ["posted", "next pass"]
    assert not workers._waiting


def test_nothing_runs_when_the_owner_is_deleted_first(qtbot: QtBot) -> None:
    parent = QObject()
    owner = QObject(parent)
    ran: list[int] = []
    next_pass(owner, lambda: ran.append(1))
    shiboken6.delete(parent)
    qtbot.wait(50)
    assert ran == []
    assert not workers._waiting


def test_a_slot_may_hold_the_last_reference_to_an_owner_without_a_parent() -> None:
    """Run apart: the fault was a crash of the whole process."""
    script = textwrap.dedent(
        """
        import gc
        from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
        from desktop.ui.common.workers import next_pass

        app = QCoreApplication([])
        ran = []
        for n in range(100):
            owner = QObject()
            owner.setObjectName(str(n))
            next_pass(owner, lambda o=owner: ran.append(o.objectName()))
            del owner
        for _ in range(40):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QCoreApplication.sendPostedEvents(None, 0)
        gc.collect()
        print(len(ran), len(set(ran)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["100", "100"]
