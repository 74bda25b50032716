"""File ▸ Export Report… opens the Export dialog with every claim selected in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.ui.window_setup import build_window

from .conftest import ReportCase

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def window(qtbot: QtBot, report_case: ReportCase):
    win, _actions = build_window()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    win.set_case(report_case.case)
    qtbot.waitUntil(lambda: win.model.rowCount() == 5, timeout=10000)
    yield win
    dialog = win.parts.export.dialog
    if dialog is not None:
        dialog.close()
    win.workers.wait(5000)
    win.set_case(None)


def _click_row(qtbot: QtBot, window, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = window.table
    rect = table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _export_menu(window) -> QAction:
    action = window.findChild(QAction, "actionExport")
    assert action is not None and action.isEnabled()
    return action


def test_every_selected_row_is_offered(qtbot: QtBot, window) -> None:
    assert window.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    _click_row(qtbot, window, 0)
    _click_row(qtbot, window, 2, Qt.KeyboardModifier.ControlModifier)
    expected = (window.model.claim_id(0), window.model.claim_id(2))
    _export_menu(window).trigger()
    dialog = window.parts.export.dialog
    assert dialog.context.selected_ids == expected
    assert dialog.scope_radio["selected"].isChecked()
    assert dialog.scope_radio["selected"].text() == "The 2 selected claims"
    assert dialog.scope().claim_ids == expected


def test_one_selected_row_is_the_open_claim(qtbot: QtBot, window) -> None:
    _click_row(qtbot, window, 1)
    _export_menu(window).trigger()
    dialog = window.parts.export.dialog
    assert dialog.context.selected_ids == (window.model.claim_id(1),)
    assert dialog.context.current_claim_id == window.model.claim_id(1)
    assert dialog.scope_radio["claim"].isChecked()


def test_a_shift_clicked_range_is_offered_whole(qtbot: QtBot, window) -> None:
    _click_row(qtbot, window, 1)
    _click_row(qtbot, window, 3, Qt.KeyboardModifier.ShiftModifier)
    _export_menu(window).trigger()
    dialog = window.parts.export.dialog
    assert dialog.context.selected_ids == tuple(window.model.claim_id(r) for r in (1, 2, 3))
    assert dialog.scope_radio["selected"].text() == "The 3 selected claims"
    assert window.count_label.text() == "3 of 5 claims selected"


def test_too_many_selected_claims_are_refused_with_a_way_out(
    qtbot: QtBot, window, monkeypatch
) -> None:
    import desktop.ui.export.export_action as export_action

    monkeypatch.setattr(export_action, "MAX_SELECTED", 4)
    window.table.selectAll()
    _export_menu(window).trigger()
    assert window.parts.export.dialog is None
    assert any("5 claims are selected" in m and "The whole case" in m for m in window.messages)
