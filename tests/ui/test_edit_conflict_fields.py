"""Keep Mine after a colleague saved the same claim meanwhile writes only what the reviewer
changed: a colleague's note survives a wording edit (newcomer trial, round 9: "Keep Mine"
wiped the note the reviewer never touched); undo then takes back only the wording."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.case import open_case
from db.operations import edit_claim
from db.queries import claim_detail
from desktop.ui.editing.conflict_dialog import ConflictDialog
from desktop.ui.main_window import MainWindow


def test_keep_mine_keeps_the_colleagues_note(
    qtbot: QtBot, demo_window: MainWindow, case_path: Path
) -> None:
    assert demo_window.detail.detail is not None and demo_window.parts is not None
    claim_id = demo_window.detail.detail.id
    wording = demo_window.detail.detail.text
    dialog = demo_window.parts.editor.edit_claim()
    dialog.text.setPlainText("My wording of the claim.")
    colleague = open_case(case_path, reviewer="Colleague")
    with colleague.change() as uow:
        edit_claim(uow, claim_id, notes="Checked against the agency's archive.")
    colleague.close()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    conflict = demo_window.parts.editor.conflict
    assert isinstance(conflict, ConflictDialog)
    assert "notes" not in conflict.mine.toPlainText()  # the reviewer did not touch them
    qtbot.mouseClick(conflict.keep, Qt.MouseButton.LeftButton)
    with demo_window.case.read() as session:  # type: ignore[union-attr]
        kept = claim_detail(session, claim_id)
    assert kept.text == "My wording of the claim."
    assert kept.notes == "Checked against the agency's archive."
    assert demo_window.detail.notes.toPlainText() == "Checked against the agency's archive."

    demo_window.parts.editor.stack.undo()
    qtbot.waitUntil(lambda: demo_window.detail.heading.text() == wording)
    with demo_window.case.read() as session:  # type: ignore[union-attr]
        undone = claim_detail(session, claim_id)
    assert undone.text == wording and undone.notes == "Checked against the agency's archive."
