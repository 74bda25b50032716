"""Another program holds the case's write lock while the reviewer sets a verdict: the window
keeps turning, the dialog names the lock and keeps the reviewer's words, and the change is saved
once the lock is free (by the waiting worker, or by OK again after the wait gave up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from db.case import Case
from db.demo import create_demo
from db.integrity import check_case
from db.queries import claim_detail
from desktop.ui.editing.status_dialog import StatusDialog
from desktop.ui.main_window import MainWindow
from tests.desk_media import write_lock

WHY = "The ministry's own transcript has no such sentence."


def _verdict_dialog(qtbot: QtBot, window: MainWindow) -> StatusDialog:
    window.select_claim(1)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10_000)
    window.parts.editor.verdict_action.trigger()
    dialog = window.parts.editor.dialog
    assert isinstance(dialog, StatusDialog)
    for row in range(dialog.choices.count()):
        dialog.choices.setCurrentRow(row)
        if dialog.value() == "false":
            break
    dialog.rationale.setPlainText(WHY)
    return dialog


def _ticking(window: MainWindow) -> list[int]:
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return ticks


def _saved(case: Case) -> bool:
    with case.read() as session:
        return claim_detail(session, 1).verdict == "false"


@pytest.fixture
def locked_window(window: MainWindow, sqlite_case: Case) -> MainWindow:
    create_demo(sqlite_case)
    window.set_case(sqlite_case)
    return window


def test_set_verdict_waits_for_the_lock_off_the_gui_thread(
    qtbot: QtBot, locked_window: MainWindow, sqlite_case: Case, case_path: Path
) -> None:
    window = locked_window
    dialog = _verdict_dialog(qtbot, window)
    ticks = _ticking(window)
    with write_lock(case_path):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "another program is writing" in dialog.error.text()
        assert not dialog.ok_button.isEnabled()
        before = len(ticks)
        qtbot.wait(1000)  # the lock is still held: the event loop turns all the while
        assert len(ticks) - before >= 10
        assert dialog.rationale.toPlainText() == WHY and not _saved(sqlite_case)
    editor = window.parts.editor
    qtbot.waitUntil(lambda: editor.dialog is None, timeout=15_000)  # saved by the worker
    assert _saved(sqlite_case)
    with sqlite_case.read() as session:
        assert check_case(session, sqlite_case.location).intact


def test_a_wait_that_gives_up_keeps_the_edit_and_ok_saves_it_later(
    qtbot: QtBot,
    locked_window: MainWindow,
    sqlite_case: Case,
    case_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("db.sqlite_access.BUSY_SECONDS", 0.5)
    window = locked_window
    dialog = _verdict_dialog(qtbot, window)
    ticks = _ticking(window)
    with write_lock(case_path):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "press OK to try again" in dialog.error.text(), timeout=10_000)
        assert "another program is writing to it and holds its lock" in dialog.error.text()
        assert dialog.ok_button.isEnabled() and dialog.rationale.toPlainText() == WHY
        assert len(ticks) >= 10 and not _saved(sqlite_case)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # retry, the lock is free
    qtbot.waitUntil(lambda: window.parts.editor.dialog is None, timeout=10_000)
    assert _saved(sqlite_case)
    window.parts.editor.undo_action.trigger()
    assert not _saved(sqlite_case)


def test_undo_while_another_program_holds_the_lock_can_be_tried_again(
    qtbot: QtBot, locked_window: MainWindow, sqlite_case: Case, case_path: Path
) -> None:
    window = locked_window
    editor = window.parts.editor
    dialog = _verdict_dialog(qtbot, window)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.dialog is None and _saved(sqlite_case)
    ticks = _ticking(window)
    with write_lock(case_path):
        editor.undo_action.trigger()
        # refused at once: the event loop keeps turning (however loaded the machine), nothing changed
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)
        assert _saved(sqlite_case)
        assert "another program is writing to it" in window.messages[-1]
        assert editor.stack.canUndo() and editor.stack.index() == 1  # the stack went back
    editor.undo_action.trigger()  # the lock is free: the same undo works
    assert not _saved(sqlite_case) and editor.stack.index() == 0
    with sqlite_case.read() as session:
        assert check_case(session, sqlite_case.location).intact
