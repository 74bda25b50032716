"""A claim holding a right-to-left override is drawn with the override named, ⟨RLO⟩, in the
claim list and the claim's heading, with a tooltip saying what it is; the case keeps the text as
it was written, and text without such controls (Arabic with its marks) is drawn as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import open_case
from db.queries import claim_detail
from db.text.direction import FSI, PDI
from desktop.ui.claims.claims_model import TEXT
from desktop.ui.main_window import MainWindow

HOSTILE = "The border post is \u202eDESOLC\u202c today"
ARABIC = "قال الوزير\u200f إن المعبر مفتوح"


def test_an_override_is_named_in_the_list_and_heading_and_the_case_keeps_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    case = open_case(tmp_path / "c.provdesk", reviewer="Test Reviewer", create=True)
    with case.change() as uow:
        hostile = ops.add_claim(uow, HOSTILE)
        ops.add_claim(uow, ARABIC)
    window.set_case(case)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    rows = {window.model.claim_id(r): r for r in range(2)}
    cells = {}
    for claim_id, row in rows.items():
        index = window.model.index(row, TEXT)
        option = QStyleOptionViewItem()
        window.table.itemDelegateForIndex(index).initStyleOption(option, index)
        cells[claim_id] = option.text
    assert cells[hostile] == f"{FSI}The border post is ⟨RLO⟩DESOLC⟨PDF⟩ today{PDI}"
    assert cells[hostile + 1] == f"{FSI}{ARABIC}{PDI}"  # its RLM is no trick: left as typed

    window.table.selectRow(rows[hostile])
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.id == hostile)
    assert window.detail.heading.text() == "The border post is ⟨RLO⟩DESOLC⟨PDF⟩ today"
    tip = window.detail.heading.toolTip()
    assert "invisible direction controls (RLO, PDF)" in tip
    assert "the case keeps the text exactly as it is" in tip

    index = window.model.index(rows[hostile], TEXT)
    where = window.table.visualRect(index).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, where, window.table.viewport().mapToGlobal(where))
    option = QStyleOptionViewItem()
    window.table.itemDelegateForIndex(index).helpEvent(event, window.table, option, index)
    assert "invisible direction controls (RLO, PDF)" in QToolTip.text()
    assert "\u202e" not in QToolTip.text()
    QToolTip.hideText()

    with case.read() as session:
        assert claim_detail(session, hostile).text == HOSTILE
