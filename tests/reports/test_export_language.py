"""The Export dialog's choice of the report's language: an Arabic Markdown report from the
dialog speaks Arabic; the data formats have no language to choose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.export.export_dialog import ExportContext, ExportDialog

from .conftest import ReportCase

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_the_dialog_writes_the_report_in_the_language_chosen(
    qtbot: QtBot, report_case: ReportCase, tmp_path: Path
) -> None:
    dialog = ExportDialog(
        report_case.case, "Dialog Reviewer", ExportContext(current_claim_id=1), folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.language_box
    assert box.currentData() == "en"  # English unless the reviewer chooses
    assert [box.itemText(i) for i in range(box.count())] == [
        "English",
        "العربية",
        "Türkçe",
        "Русский",
    ]
    dialog.set_format("json")
    assert not box.isEnabled()  # data: the same in every language
    dialog.set_format("markdown")
    assert box.isEnabled()
    box.setCurrentIndex(box.findData("ar"))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = Path(dialog.destination.text()).read_text("utf-8")
    assert "**الحكم:**" in text and "### سجل المراجعات" in text
    assert "Verdict" not in text
