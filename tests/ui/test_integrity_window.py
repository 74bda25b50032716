"""Integrity in the main window: verifying a case, backing up, restoring, the backup schedule."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.backups import backup_schedule, list_backups
from db.case import Case, open_case
from desktop.ui.integrity.integrity_actions import ON_SERVER
from desktop.ui.main_window import MainWindow


def row_texts(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def verify(qtbot: QtBot, window: MainWindow) -> object:
    window.findChild(type(window.parts.integrity.verify_action), "actionVerifyIntegrity").trigger()
    qtbot.waitUntil(lambda: window.parts.integrity.dialog is not None, timeout=10000)
    return window.parts.integrity.dialog


def test_verify_says_intact_then_names_the_altered_event(
    qtbot: QtBot, demo_window: MainWindow, case_path: Path
) -> None:
    dialog = verify(qtbot, demo_window)
    assert dialog.summary.text().startswith("case intact:")
    assert "evidence files checked" in dialog.summary.text()
    assert not dialog.problems.isVisible() and dialog.problems.topLevelItemCount() == 0
    dialog.close()
    qtbot.waitUntil(lambda: demo_window.parts.integrity.dialog is None)

    conn = sqlite3.connect(case_path)
    with conn:
        conn.execute("UPDATE audit_events SET reviewer = 'Mallory' WHERE id = 3")
    conn.close()
    dialog = verify(qtbot, demo_window)
    assert dialog.summary.text().startswith("case NOT intact:")
    assert dialog.problems.isVisible() and dialog.problems.topLevelItemCount() >= 1
    first = dialog.problems.topLevelItem(0)
    assert first.text(0) == "Audit log" and "3" in first.text(1)


def test_back_up_now_then_restore_keeps_the_current_case(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case, case_path: Path
) -> None:
    window = demo_window
    before = row_texts(window)
    window.parts.integrity.backup_action.trigger()
    qtbot.waitUntil(lambda: len(list_backups(case_path)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=5000)
    window.run_change(lambda uow: ops.add_claim(uow, "Written after the backup"))
    assert "Written after the backup" in row_texts(window)

    window.parts.integrity.restore_action.trigger()
    dialog = window.parts.integrity.dialog
    assert dialog is not None and dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(2) == "made by hand"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    confirm = window.parts.integrity.confirm
    assert confirm is not None and "kept as a copy" in confirm.text()
    restore = next(b for b in confirm.findChildren(QPushButton) if b.text() == "Restore")
    restore.click()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "restoreReport") is not None, timeout=10000
    )
    report = window.findChild(QMessageBox, "restoreReport")
    qtbot.waitUntil(lambda: window.case is not None, timeout=10000)
    assert "Written after the backup" not in row_texts(window)
    assert sorted(row_texts(window)) == sorted(before)
    kept = [b for b in list_backups(case_path) if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in report.text()
    old = open_case(kept[0].path, reviewer="Checker")
    with old.read() as session:
        from db.queries import count_claims

        assert count_claims(session) == len(before) + 1
    old.close()
    dialog = verify(qtbot, window)  # the restored case verifies (its old head was forgotten)
    assert dialog.summary.text().startswith("case intact:")


def test_cancelled_restore_changes_nothing(
    qtbot: QtBot, demo_window: MainWindow, case_path: Path
) -> None:
    demo_window.parts.integrity.backup_action.trigger()
    qtbot.waitUntil(lambda: len(list_backups(case_path)) == 1, timeout=10000)
    demo_window.parts.integrity.restore_action.trigger()
    demo_window.parts.integrity.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    confirm = demo_window.parts.integrity.confirm
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert demo_window.case is not None
    assert len(list_backups(case_path)) == 1


def test_backup_schedule_is_saved_in_the_case_and_runs(
    qtbot: QtBot, demo_window: MainWindow, demo_case: Case, case_path: Path
) -> None:
    window = demo_window
    window.parts.integrity.schedule_action.trigger()
    dialog = window.parts.integrity.dialog
    assert dialog is not None and dialog.every.text() == "Never"
    dialog.every.setValue(6)
    dialog.keep.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert backup_schedule(demo_case) == (6.0, 3)
    qtbot.waitUntil(
        lambda: [b.reason for b in list_backups(case_path)] == ["scheduled"], timeout=10000
    )
    window.parts.integrity.timer.timeout.emit()  # ten minutes later: not due again yet
    window.workers.wait(5000)
    assert len(list_backups(case_path)) == 1


@pytest.mark.postgres
def test_backup_actions_are_off_on_a_team_server(window: MainWindow, pg_url: str) -> None:
    window.set_case(open_case(pg_url, reviewer="Me", create=True))
    for action in (
        window.parts.integrity.backup_action,
        window.parts.integrity.schedule_action,
        window.parts.integrity.restore_action,
    ):
        assert not action.isEnabled() and action.toolTip() == ON_SERVER
    assert window.parts.integrity.verify_action.isEnabled()
