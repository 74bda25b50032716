"""At 1360×820 the claim list shows every header it keeps whole instead of cutting the last
columns to "Las…", "Rev…", "202…" (in Arabic "آخر وسيلة …"): the reviewer and the last change
(the open claim's pane shows both) are hidden, and come back when the window is wider (lead's
look at round 9). Driven through `desktop.app.main`, in English and in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.cli import main as cli_main
from desktop.ui.claims.claims_model import CHANGED, HOPS, ORIGIN, OUTLET, REVIEWER, TEXT, VERDICT
from desktop.ui.common import i18n
from desktop.ui.main_window import MainWindow
from tests.ui.test_entry_points import contained, run_main, the_window

__all__ = ["contained"]  # the entry-point tests' clean-up, for these tests too


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def _settle(window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(5):
        QApplication.processEvents()


def _listed(window: MainWindow) -> bool:
    return window.parts is not None and window.model.rowCount() > 0


def _shown(window: MainWindow) -> set[int]:
    header = window.table.horizontalHeader()
    return {c for c in range(header.count()) if not header.isSectionHidden(c)}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_claim_list_hides_its_least_needed_columns_at_1360_by_820(
    language: str, tmp_path: Path, english_after: None
) -> None:
    case = tmp_path / "demo.provdesk"
    assert cli_main(["--case", str(case), "demo"]) == 0
    run_main(["--case", str(case), "--language", language], _listed)
    window = the_window()
    assert window is not None
    _settle(window, 1360, 820)
    table, header = window.table, window.table.horizontalHeader()
    assert _shown(window) == {TEXT, VERDICT, ORIGIN, OUTLET, HOPS}
    # What is shown has its header whole, and the claim keeps its share of the list.
    metrics = header.fontMetrics()
    for column in _shown(window) - {TEXT}:
        title = window.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 6, title
    assert header.sectionSize(TEXT) >= round(0.4 * table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()

    _settle(window, 2400, 1000)
    assert _shown(window) == {TEXT, VERDICT, ORIGIN, OUTLET, HOPS, CHANGED, REVIEWER}
    _settle(window, 1360, 820)
    assert REVIEWER not in _shown(window) and CHANGED not in _shown(window)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_narrowing_measures_no_rows_again_and_a_column_widened_by_hand_stays(
    language: str, tmp_path: Path, english_after: None
) -> None:
    """A resize that shows the same rows measures no column's rows again, the hidden ones
    included (the window's resize hot path), and hides and shows the same columns as a share
    measured afresh; a column the reviewer widened by hand stays in sight when the list narrows
    (the reviewer asked to read it), at the width given, while the others hide as before."""
    case = tmp_path / "demo.provdesk"
    assert cli_main(["--case", str(case), "demo"]) == 0
    run_main(["--case", str(case), "--language", language], _listed)
    window = the_window()
    assert window is not None
    table, header = window.table, window.table.horizontalHeader()
    _settle(window, 2400, 1000)
    assert {CHANGED, REVIEWER} <= _shown(window)
    measured: list[int] = []
    real = table.sizeHintForColumn
    table.sizeHintForColumn = lambda column: (measured.append(column), real(column))[1]  # type: ignore[method-assign]
    for width in (1360, 1500, 1360, 2400, 1360):
        _settle(window, width, 820 if width < 2400 else 1000)
    assert measured == []
    assert _shown(window) == {TEXT, VERDICT, ORIGIN, OUTLET, HOPS}
    narrow = [header.sectionSize(c) for c in range(header.count())]
    window.columns.ask_again()  # measured afresh at this width: the same columns, the same widths
    window.columns.share()
    assert _shown(window) == {TEXT, VERDICT, ORIGIN, OUTLET, HOPS}
    assert [header.sectionSize(c) for c in range(header.count())] == narrow

    _settle(window, 2400, 1000)
    header.resizeSection(REVIEWER, header.sectionSize(REVIEWER) + 40)  # the reviewer's drag
    widened = header.sectionSize(REVIEWER)
    _settle(window, 1360, 820)
    assert REVIEWER in _shown(window) and CHANGED not in _shown(window)
    assert header.sectionSize(REVIEWER) == widened
    _settle(window, 2400, 1000)
    assert {CHANGED, REVIEWER} <= _shown(window)
