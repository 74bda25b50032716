"""A long message in the status bar is elided before the claim count and the reviewer, with the
whole message in the bar's tooltip; a PDF cut short is said to be damaged or incomplete, not
blamed on missing fonts (newcomer trial, round 8, item 12)."""

from __future__ import annotations

from pathlib import Path

from db.case import Case
from desktop.ui.main_window import MainWindow
from tests.sources import pdfgen
from tests.ui.test_entry_points import contained, run_main, the_window

__all__ = ["contained"]  # the entry-point tests' clean-up, for these tests too


def test_a_long_import_error_is_elided_with_the_whole_message_in_the_tooltip(
    qtbot, demo_case: Case, case_path: Path, tmp_path: Path
) -> None:
    demo_case.close()
    broken = tmp_path / "broken-download.pdf"
    broken.write_bytes(pdfgen.fonts_last_cut(["The port will reopen on Monday"], 1))

    def failed(window: MainWindow) -> bool:
        return any("cannot import" in m for m in window.messages)

    run_main(["--case", str(case_path), str(broken)], failed)
    window = the_window()
    assert window is not None
    window.resize(1360, 820)
    window.show_status(window.messages[-1])
    whole = window.messages[-1]
    assert "cannot import" in whole
    assert "the file is damaged or incomplete (truncated)" in whole and "fonts" not in whole
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert shown.endswith("…") and len(shown) < len(whole)
    assert whole.startswith(shown[:-1])
    assert bar.toolTip() == whole
    count = window.count_label.geometry()
    assert bar.fontMetrics().horizontalAdvance(shown) < count.left()  # clear of the count
    window.show_status("Opened the case")
    assert bar.currentMessage() == "Opened the case" and bar.toolTip() == ""
