"""Claim ▸ Where Else? shows the claim's words as written — an apostrophe is "'", not "&#x27;"
(newcomer trial, round 9) — with a direction override named. Driven through `desktop.app.main`
and the window's own action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.cli import main as cli_main
from desktop.ui.main_window import MainWindow
from desktop.ui.sources.where_else import WhereElseDialog
from tests.ui.test_entry_points import contained, run_main, the_window

__all__ = ["contained"]  # the entry-point tests' clean-up, for these tests too

WORDING = 'Egypt\'s wheat <cargo> & \u202eDENEPO\u202c "soon"'


def _ready(window: MainWindow) -> bool:
    return (
        window.parts is not None
        and window.parts.appearances is not None
        and (window.model.rowCount() == 1)
    )


def test_where_else_shows_the_claims_words_as_written(tmp_path: Path) -> None:
    case = tmp_path / "c.provdesk"
    assert cli_main(["--case", str(case), "new"]) == 0
    assert cli_main(["--case", str(case), "claim", "add", WORDING]) == 0
    run_main(["--case", str(case)], _ready)
    window = the_window()
    assert window is not None
    window.table.selectRow(0)
    QApplication.processEvents()
    window.action_registry.action("claim.where_else").trigger()
    QApplication.processEvents()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WhereElseDialog))
    label = dialog.findChild(QLabel, "whereElseText")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == 'Egypt\'s wheat <cargo> & ⟨RLO⟩DENEPO⟨PDF⟩ "soon"'
    dialog.close()
