"""The claim list's columns share its width: the claim's text takes what the others leave, a
value too long for its column elides (its tooltip shows it whole), and no column is pushed out
of sight behind a horizontal scrollbar (in a narrow list the least needed are hidden whole:
tests/ui/test_claim_columns_narrow.py) — at the widths reviewers use, in English and in the
mirrored Arabic window. The Trash's narrow dock shares its width the same way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from db import operations as ops
from db.case import Case
from desktop.ui.claims.claims_model import ORIGIN, OUTLET, TEXT, VERDICT
from desktop.ui.common import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.window_setup import build_window


@pytest.fixture
def opened(qtbot: QtBot, demo_case: Case) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.workers.wait(5000)
        window.set_case(None)
    i18n.install("en")


def _open(qtbot: QtBot, case: Case, made: list[MainWindow], language: str, width: int):
    i18n.install(language)
    window, _actions = build_window()
    made.append(window)
    qtbot.addWidget(window)
    window.resize(width, 820)
    window.show()
    window.set_case(case)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10000)
    qtbot.wait(20)
    return window


def _widths(window: MainWindow) -> list[int]:
    header = window.table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


@pytest.mark.parametrize(
    ("language", "width"), [("en", 1360), ("en", 1600), ("en", 1920), ("ar", 1600)]
)
def test_every_column_is_in_sight_and_the_claim_takes_the_rest(
    language: str, width: int, qtbot: QtBot, demo_case: Case, opened: list[MainWindow]
) -> None:
    window = _open(qtbot, demo_case, opened, language, width)
    table = window.table
    widths = _widths(window)
    room = table.viewport().width()
    assert not table.horizontalScrollBar().isVisible(), widths
    assert sum(widths) == room  # the columns fill the list, no gap and nothing beyond it
    assert widths[TEXT] == max(widths) and widths[TEXT] >= round(0.4 * room)
    # The verdict never gives way; the least needed columns do, and elide.
    assert widths[VERDICT] >= table.sizeHintForColumn(VERDICT)
    header = table.horizontalHeader()
    shown = [w for c, w in enumerate(widths) if not header.isSectionHidden(c)]
    assert min(shown) >= 3 * table.fontMetrics().horizontalAdvance("M")
    # The list keeps its margin from the window's outer edge: the left in English, the right
    # in the mirrored Arabic window (its frame is not drawn on the window's last pixel).
    left = table.mapTo(window, QPoint(0, 0)).x()
    outer = left if language != "ar" else window.width() - (left + table.width())
    assert outer >= 4  # 6 px, give or take the splitter's rounding


def test_a_cut_value_shows_whole_in_its_tooltip(
    qtbot: QtBot, demo_case: Case, opened: list[MainWindow]
) -> None:
    window = _open(qtbot, demo_case, opened, "en", 1360)
    index = window.model.index(0, OUTLET)
    shown = window.model.data(index)
    assert window.table.columnWidth(OUTLET) < window.table.fontMetrics().horizontalAdvance(shown)
    assert window.model.data(index, Qt.ItemDataRole.ToolTipRole) == shown == "The Syrian Observer"


def test_a_column_the_reviewer_widens_stays_and_the_claim_gives_it_room(
    qtbot: QtBot, demo_case: Case, opened: list[MainWindow]
) -> None:
    window = _open(qtbot, demo_case, opened, "en", 1920)
    header = window.table.horizontalHeader()
    before = _widths(window)
    header.resizeSection(ORIGIN, before[ORIGIN] + 60)  # as dragging its edge does
    qtbot.waitUntil(lambda: _widths(window)[TEXT] == before[TEXT] - 60, timeout=2000)
    window.resize(1600, 820)
    qtbot.wait(20)
    assert header.sectionSize(ORIGIN) == before[ORIGIN] + 60
    assert sum(_widths(window)) == window.table.viewport().width()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_trash_keeps_when_and_who_in_sight(
    language: str, qtbot: QtBot, demo_case: Case, opened: list[MainWindow]
) -> None:
    with demo_case.change() as uow:
        ops.delete_claim(uow, 1)
    window = _open(qtbot, demo_case, opened, language, 1360)
    window.action_registry.action("view.trash").trigger()
    assert window.parts is not None and window.parts.trash_view is not None
    trash = window.parts.trash_view
    qtbot.waitUntil(lambda: trash.isVisible() and trash.table.rowCount() == 1)
    qtbot.wait(20)
    table, header = trash.table, trash.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert not table.horizontalScrollBar().isVisible(), widths
    assert sum(widths) == table.viewport().width()
    what = table.item(0, 2)
    assert what.toolTip() == what.text() and what.text().startswith("Turkey has set no red lines")


def test_the_columns_share_a_width_again_the_same_way_after_the_list_narrows_and_widens(
    qtbot: QtBot, demo_case: Case, opened: list[MainWindow]
) -> None:
    """A resize that shows the same rows (the source dock opening and closing beside the list)
    shares the width from what the columns asked before: the same widths as measured afresh."""
    window = _open(qtbot, demo_case, opened, "en", 1600)
    wide = _widths(window)
    window.resize(1360, 820)
    qtbot.waitUntil(lambda: sum(_widths(window)) == window.table.viewport().width())
    narrow = _widths(window)
    assert narrow[TEXT] < wide[TEXT]
    window.columns.ask_again()  # measured afresh at this width: the same
    window.columns.share()
    assert _widths(window) == narrow
    window.resize(1600, 820)
    qtbot.waitUntil(lambda: _widths(window) == wide)
