"""At 1360×820 with the source dock open, the hop table of the open claim shows its actors'
names whole instead of cutting every column to two letters ("BB…", "Re…", "1/1…"): the language
and the date (in the diagram's boxes too) make room and come back when the window is wider
(lead's look at round 8). Driven through `desktop.app.main` with a file to import and show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.cli import main as cli_main
from desktop.ui.claim.hops_model import ACTOR, DATE, LANGUAGE, QUOTE
from desktop.ui.main_window import MainWindow
from tests.ui.test_entry_points import contained, run_main, the_window

__all__ = ["contained"]  # the entry-point tests' clean-up, for these tests too


def _viewer_open(window: MainWindow) -> bool:
    sources = window.parts.sources if window.parts else None
    return bool(sources and sources.viewer.source is not None and window.detail.detail)


def _settle(window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(5):
        QApplication.processEvents()


def test_the_hop_table_shows_names_whole_at_1360_by_820(tmp_path: Path) -> None:
    case = tmp_path / "demo.provdesk"
    assert cli_main(["--case", str(case), "demo"]) == 0
    text = tmp_path / "port.txt"
    text.write_text("Latakia port reopens on Monday, the minister said.\n", encoding="utf-8")
    run_main(["--case", str(case), str(text)], _viewer_open)
    window = the_window()
    assert window is not None
    window.table.selectRow(0)
    _settle(window, 1360, 820)
    table = window.detail.hop_table
    header = table.horizontalHeader()
    assert header.isSectionHidden(LANGUAGE) and header.isSectionHidden(DATE)
    metrics = table.fontMetrics()
    names = [window.detail.hops.hop(r).actor_name for r in range(window.detail.hops.rowCount())]
    assert "BBC Türkçe" in names
    # The actor column holds a short name whole (cell padding included).
    assert header.sectionSize(ACTOR) >= metrics.horizontalAdvance("BBC Türkçe") + 8
    for column in range(header.count()):
        if column != QUOTE and not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, column
    assert header.sectionSize(QUOTE) >= 0.25 * table.viewport().width()

    _settle(window, 2400, 1000)
    assert not header.isSectionHidden(LANGUAGE) and not header.isSectionHidden(DATE)
